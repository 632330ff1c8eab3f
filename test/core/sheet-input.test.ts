import { readScoreSheet, requireIndicators } from '../../src/core/sheet-input';
import type { Grid } from '../../src/core/grid';
import { INDICATOR_NAMES } from './examples';

/** A report pasted as in example 001: title rows, tool bullets, an indicator table with Thai typos. */
const PASTED_001: Grid = [
  ['การวิเคราะห์ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA)'],
  ['ประจำปีงบประมาณ พ.ศ.๒๕๖๘'],
  [null],
  ['เทศบาลตำบลทุ่งผึ้ง'],
  ['- แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(IIT) คะแนนรวม ๙๙.๐๘ คะแนน'],
  ['- แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(EIT) ส่วนที่ ๑ คะแนนรวม ๙๕.๓๗ คะแนน'],
  ['- แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(EIT) ส่วนที่ ๒ คะแนนรวม ๙๖.๓๐ คะแนน'],
  ['- แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (OIT) คะแนนรวม ๙๕ คะแนน'],
  ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
  ['1', 'การปรับทัศนคติ', '98.29'],
  [2, 'การใช้งบประมาณ', 99.15],
  [3, 'การใช้อำนาจ', 100],
  [4, 'การใช้ทรัพย์สินของราชการ', 97.95],
  [null, null, null],
  [5, 'การแก้ไขปัญหาการทุจริต', '๑๐๐.๐๐'],
  [6, 'คุณภาพการดำเนินงาน', 96.22],
  [7, 'ประสิทธิภาพการสื่อสาร', 96.12],
  [8, 'การปรับปรุงการทำงาน', 95.17],
  [9, 'การเปิดเผยข้อมูล', 90],
  [10, 'การป้องกันการทุจริต', 100],
  ['o6 แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', null, 0],
  ['i๒', 'การให้บริการอย่างเท่าเทียม', '๙๗.๕๐'],
];

describe('reading pasted reports', () => {
  test('example 001 as pasted: year from the title, tools from bullets, indicators by number', () => {
    const s = readScoreSheet(PASTED_001, 'วาง');
    expect(s.year).toBe(2568);
    expect(s.agency).toBe('เทศบาลตำบลทุ่งผึ้ง');
    expect(s.tools).toEqual({ IIT: 99.08, EIT1: 95.37, EIT2: 96.3, OIT: 95 });
    expect(requireIndicators(s)).toEqual([98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100]);
    expect(s.cells.ind4).toBe('C13');
    expect(s.items.map((i) => [i.code, i.score, i.cell])).toEqual([
      ['o6', 0, 'C21'],
      ['i2', 97.5, 'C22'],
    ]);
  });

  test('example 002 layout: names with Thai numbering and "ได้คะแนน … คะแนน" in one cell', () => {
    const names = INDICATOR_NAMES;
    const scores = ['๙๒.๖๘', '๙๕.๙๘', '๙๘.๘๔', '๙๐.๗๖', '๙๔.๐๙', '๙๗.๑๘', '๙๕.๖๒', '๙๕.๒๔', '๖๕.๐๐', '๑๐๐'];
    const grid: Grid = [
      ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน'],
      ['คะแนนรวม', '๙๐.๑๔'],
      ...names.map((n, k) => [`ตัวชี้วัดที่ ${'๑๒๓๔๕๖๗๘๙'[k] ?? '๑๐'} ${n}`, `ได้คะแนน ${scores[k]} คะแนน`]),
    ];
    grid[11][0] = 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต';
    const s = readScoreSheet(grid, 'ลำพูน');
    expect(s.year).toBe(2568);
    expect(s.publishedTotal).toBe(90.14);
    expect(requireIndicators(s)).toEqual([92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100]);
  });

  test('example 003 layout: a rank table where the name, not the rank, decides the indicator', () => {
    const grid: Grid = [
      ['ประจำปีงบประมาณ พ.ศ.๒๕๖๕'],
      ['อันดับ', 'ตัวชี้วัด', 'คะแนน'],
      [1, 'การปฏิบัติหน้าที่', '100.00'],
      [2, 'การใช้งบประมาณ', '100.00'],
      [3, 'การใช้อำนาจ', '100.00'],
      [4, 'การเปิดเผยข้อมูล', '100.00'],
      [5, 'การป้องกันการทุจริต', '100.00'],
      [6, 'การแก้ไขปัญหาการทุจริต', '99.87'],
      [7, 'ประสิทธิภาพการสื่อสาร', '99.76'],
      [8, 'การใช้ทรัพย์สินของราชการ', '99.73'],
      [9, 'การปรับปรุงระบบการทำงาน', '99.38'],
      [10, 'คุณภาพการดำเนินงาน', '98.73'],
      ['คะแนนเฉลี่ย', '๙๙.๗๖'],
      ['ข้อ E๑๒ หน่วยงานที่ท่านติดต่อมีการปรับปรุงวิธีการ', 'คะแนน ๙๙.๔๘'],
    ];
    const s = readScoreSheet(grid, 'แพร่');
    expect(s.year).toBe(2565);
    expect(requireIndicators(s)).toEqual([100, 100, 100, 99.73, 99.87, 98.73, 99.76, 99.38, 100, 100]);
    expect(s.publishedTotal).toBe(99.76);
  });

  test('a tool row whose name contains an indicator name is still the tool', () => {
    const grid: Grid = [['ปีงบประมาณ พ.ศ. 2568'], ['OIT', 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 95], [9, 'การเปิดเผยข้อมูล', 90]];
    const s = readScoreSheet(grid, 'x');
    expect(s.tools.OIT).toBe(95);
    expect(s.indicators[8]).toBe(90);
  });

  test('errors name the cell', () => {
    const bad = PASTED_001.map((r) => [...r]);
    bad[12][2] = 120;
    expect(() => readScoreSheet(bad, 'x')).toThrow('เซลล์ C13: คะแนนตัวชี้วัดที่ 4 อยู่นอกช่วง 0–100 (120) / cell C13: indicator 4 score is outside 0–100 (120)');
    const missing = PASTED_001.filter((_, k) => k !== 11 && k !== 16);
    expect(() => requireIndicators(readScoreSheet(missing, 'คะแนน'))).toThrow(
      'ไม่พบคะแนนตัวชี้วัดที่ 3 การใช้อำนาจ, 7 ประสิทธิภาพการสื่อสาร ในแผ่นงาน "คะแนน" (ต้องมีคะแนนครบ 10 ตัวชี้วัด): ตารางคะแนนที่พบอยู่แถว 10–18',
    );
  });
});

const NAMES = INDICATOR_NAMES;
const SCORES_002 = [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100];
/** An indicator table of names and scores only (no number column), as example 002 prints it. */
const namesOnly = (names: string[], scores = SCORES_002): Grid => names.map((n, k) => [n, scores[k]]);

describe('a value given twice', () => {
  test('two rows for the same indicator that disagree: the first is used, both cells are named', () => {
    const grid = PASTED_001.map((r) => [...r]);
    grid.push([4, 'การใช้ทรัพย์สินของราชการ', 79.95]);
    const s = readScoreSheet(grid, 'วาง');
    expect(s.indicators[3]).toBe(97.95);
    expect(s.warnings.map((w) => w.th)).toEqual(['ตัวชี้วัดที่ 4 มีคะแนนสองค่า: 97.95 (เซลล์ C13) และ 79.95 (เซลล์ C23) จึงใช้ค่าแรก โปรดตรวจสอบว่าค่าใดถูกต้อง']);
    expect(s.warnings[0].en).toBe('indicator 4 is given twice: 97.95 (cell C13) and 79.95 (cell C23); the first is used; check which is right');
  });

  test('a second score table below the first is told once, with the cells of both', () => {
    const lastYear = [90.1, 91.2, 92.3, 93.4, 94.5, 95.6, 96.7, 97.8, 70, 100];
    const grid: Grid = [
      ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568'],
      ...NAMES.map((n, k) => [k + 1, n, SCORES_002[k]]),
      [],
      ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 (หน่วยงานในสังกัด)'],
      ...NAMES.map((n, k) => [k + 1, n, lastYear[k]]),
    ];
    const s = readScoreSheet(grid, 'x');
    expect(requireIndicators(s)).toEqual(SCORES_002);
    expect(s.warnings.map((w) => w.th)).toEqual([
      'พบตารางคะแนนชุดที่ 2 (เซลล์ C14–C23) ที่คะแนนไม่ตรงกับชุดแรก (เซลล์ C2–C11) ในตัวชี้วัดที่ 1, ตัวชี้วัดที่ 2, ตัวชี้วัดที่ 3, ตัวชี้วัดที่ 4, ตัวชี้วัดที่ 5, ตัวชี้วัดที่ 6, ตัวชี้วัดที่ 7, ตัวชี้วัดที่ 8, ตัวชี้วัดที่ 9 จึงใช้ชุดแรก หากชุดอื่นเป็นผลที่ถูกต้อง โปรดลบชุดที่ไม่ใช้ออกจากแผ่นงาน',
    ]);
  });

  test('the same scores repeated (a summary and a detail table) are not a warning', () => {
    const grid: Grid = [['ปีงบประมาณ พ.ศ. 2568'], ...namesOnly(NAMES), [], ...NAMES.map((n, k) => [`ตัวชี้วัดที่ ${k + 1} ${n}`, `ได้คะแนน ${SCORES_002[k]} คะแนน`])];
    expect(readScoreSheet(grid, 'x').warnings).toEqual([]);
  });

  test('a tool or an item given twice with different scores is pointed out', () => {
    const grid: Grid = [['ปีงบประมาณ พ.ศ. 2568'], ['OIT', 82.5], ...namesOnly(NAMES), ['OIT', 85], ['o6', '', 0], ['o6', '', 100]];
    const s = readScoreSheet(grid, 'x');
    expect(s.tools.OIT).toBe(82.5);
    expect(s.items.map((i) => [i.code, i.score])).toEqual([['o6', 0]]);
    expect(s.warnings.map((w) => w.en)).toEqual([
      'the OIT score is given twice: 82.50 (cell B2) and 85.00 (cell B13); the first is used; check which is right',
      'item o6 is given twice: 0.00 (cell C14) and 100.00 (cell C15); the first is used; check which is right',
    ]);
  });

  test('"ตัวชี้วัดที่ 4" with indicator 9\'s name is read by the name, and said', () => {
    const grid: Grid = [['ปีงบประมาณ พ.ศ. 2565'], ['๒.๔ ตัวชี้วัดที่ ๔ การเปิดเผยข้อมูล', 'มีระดับคะแนน ๑๐๐.๐๐']];
    const s = readScoreSheet(grid, 'x');
    expect(s.indicators[8]).toBe(100);
    expect(s.indicators[3]).toBeNull();
    expect(s.warnings[0].th).toMatch(/^เซลล์ A2: .*ตัวชี้วัดที่ 4 .*ตัวชี้วัดที่ 9 /);
  });
});

describe("the agency's name", () => {
  test('inside a title line after "ของ"', () => {
    const grid: Grid = [['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ของ องค์การบริหารส่วนตำบลบ้านใหม่'], ...namesOnly(NAMES)];
    expect(readScoreSheet(grid, 'Sheet1').agency).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
  });

  test('on the line after the title, without the district and province that follow it', () => {
    const grid: Grid = [['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'], ['โรงเรียนบ้านหนองบัว อำเภอเมือง จังหวัดอุดรธานี'], ...namesOnly(NAMES)];
    expect(readScoreSheet(grid, 'แผ่นงาน1').agency).toBe('โรงเรียนบ้านหนองบัว');
  });

  test('a title that names an indicator is still read for its year and agency', () => {
    const grid: Grid = [['ผลการประเมินตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของเทศบาลเมืองลำพูน'], ...namesOnly(NAMES)];
    const s = readScoreSheet(grid, 'Sheet1');
    expect([s.agency, s.year, s.indicators[8]]).toEqual(['เทศบาลเมืองลำพูน', 2568, 65]);
  });

  test('the assessor (สำนักงาน ป.ป.ช.) and running text are not taken for the agency', () => {
    const grid: Grid = [
      ['สำนักงาน ป.ป.ช.'],
      [
        'การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน ได้มีการเตรียมความพร้อมให้กับหน่วยงานภาครัฐที่เข้ารับการประเมินในหลายๆ ด้าน ไม่ว่าจะเป็นการจัดการประชุมเชิงปฏิบัติการเพื่อสร้างความเข้าใจเกี่ยวกับหลักเกณฑ์การประเมิน ตลอดจนลงพื้นที่',
      ],
      ...namesOnly(NAMES),
    ];
    expect(readScoreSheet(grid, 'Sheet1').agency).toBeNull();
  });
});

describe('OIT codes with a zero for the letter O', () => {
  const grid: Grid = [
    ['ปีงบประมาณ พ.ศ. 2568'],
    ...namesOnly(NAMES),
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'],
    ['๐๒', 'ข้อมูลผู้บริหาร', 0],
    ['๐๒๑', 'ประกาศเจตนารมณ์ No Gift Policy', 100],
    ['033', 'รายการที่ไม่มีในปีนี้', 0],
    ['๐๖', 'แผนและความก้าวหน้าในการดำเนินงาน', 'คะแนน ๐'],
  ];

  test('are read as o-codes under an OIT heading', () => {
    const s = readScoreSheet(grid, 'x');
    expect(s.items.map((i) => [i.code, i.score, i.cell])).toEqual([
      ['o2', 0, 'C13'],
      ['o21', 100, 'C14'],
      ['o33', 0, 'C15'],
      ['o6', 0, 'C16'],
    ]);
    expect(s.warnings).toEqual([]);
  });

  test('outside an OIT list, and other code-like rows, are named in a warning instead of dropped', () => {
    const plain: Grid = [['ปีงบประมาณ พ.ศ. 2565'], ['033', 'รายการ', 0], ...namesOnly(NAMES), ['1๒๑ ถ้าต้องมีการขอยืมทรัพย์สินของราชการ', 'คะแนน ๙๙.๒๐']];
    const s = readScoreSheet(plain, 'x');
    expect(s.items).toEqual([]);
    expect(s.warnings.map((w) => w.th)).toEqual([
      'เซลล์ A2: "033" ดูเหมือนคะแนนรายข้อ แต่อ่านรหัสข้อไม่ได้ จึงไม่ได้นำมาใช้ โปรดพิมพ์รหัสให้ชัด เช่น i4, e2, o21',
      'เซลล์ A13: "1๒๑ ถ้าต้องมีการขอยืมทรัพย์สินของราชการ" ดูเหมือนคะแนนรายข้อ แต่อ่านรหัสข้อไม่ได้ จึงไม่ได้นำมาใช้ โปรดพิมพ์รหัสให้ชัด เช่น i4, e2, o21',
    ]);
  });

  test("an item whose name contains an indicator's name is still an item (036, 037 under indicator 10)", () => {
    const grid: Grid = [
      ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
      ...namesOnly(NAMES),
      ['ตัวชี้วัดที่ 10 การป้องกันการทุจริต'],
      ['036 แผนปฏิบัติการป้องกันการทุจริต ๐๐.๐๐'],
      ['037', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', '๐๐.๐๐'],
      ['๐๙', 'การเปิดเผยข้อมูล', 65],
    ];
    const s = readScoreSheet(grid, 'x');
    expect(s.items.map((i) => [i.code, i.score, i.cell, i.text])).toEqual([
      ['o36', 0, 'A13', 'แผนปฏิบัติการป้องกันการทุจริต ๐๐.๐๐'],
      ['o37', 0, 'C14', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน'],
    ]);
    expect(s.indicators[9]).toBe(100);
    // An indicator's name alone after a zero code is still the indicator, so nothing is given twice.
    expect(s.warnings).toEqual([]);
  });

  test('"ข้อ E๑๒ …" with its score in the next cell is item e12', () => {
    const s = readScoreSheet([['ข้อ E๑๒ หน่วยงานที่ท่านติดต่อมีการปรับปรุงวิธีการ', 'คะแนน ๙๙.๔๘']], 'x');
    expect(s.items.map((i) => [i.code, i.score])).toEqual([['e12', 99.48]]);
  });
});

describe('indicator names typed with a slip', () => {
  test("a dropped tone mark or vowel, a stray space, ฎ for ฏ, the old name of indicator 8, a PDF's ํา", () => {
    const typed = [
      'การปฎิบัติหน้าที',
      'การใช้ งบประมาณ',
      'การใชอำนาจ',
      'การใช้ทรัพย์สินของราชกร',
      'การแก้ไขปัญหาการทุจรติ',
      'คุณภาพการดําเนินงาน',
      'ประสิทธิภาพการสื่อสา',
      'การปรับปรุงระบบการทํางาน',
      'การเปิดเผยข้อมูล',
      'การป้องกันการทุจริต',
    ];
    const s = readScoreSheet([['ปีงบประมาณ พ.ศ. 2568'], ...namesOnly(typed)], 'x');
    expect(requireIndicators(s)).toEqual(SCORES_002);
  });

  test('a rank table with a misspelt name: the rank is not taken for the indicator', () => {
    const grid: Grid = [
      ['อันดับ', 'ตัวชี้วัด', 'คะแนน'],
      [1, 'การป้องกันการทุจรติ', 100],
      [2, 'การใช้อำนาจ', 98.84],
    ];
    const s = readScoreSheet(grid, 'x');
    expect(s.indicators[9]).toBe(100);
    expect(s.indicators[2]).toBe(98.84);
    expect(s.indicators[0]).toBeNull();
  });

  test("a name that cannot be read: the error says which indicator, the table's rows and the row it could not read", () => {
    const typed = [...NAMES];
    typed[3] = 'การใช้ของหลวง';
    const s = readScoreSheet([['ปีงบประมาณ พ.ศ. 2568'], ...namesOnly(typed)], 'คะแนน');
    expect(() => requireIndicators(s)).toThrow(
      'ไม่พบคะแนนตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ในแผ่นงาน "คะแนน" (ต้องมีคะแนนครบ 10 ตัวชี้วัด): ตารางคะแนนที่พบอยู่แถว 2–11 และอ่านชื่อตัวชี้วัดใน แถว 5 ("การใช้ของหลวง") ไม่ได้ โปรดแก้ชื่อตัวชี้วัดหรือใส่เลขตัวชี้วัดหน้าชื่อ / Indicator 4 (Use of state property) score(s) not found in sheet "คะแนน" (all 10 are needed): the score table found spans rows 2–11; the indicator could not be read in row 5 ("การใช้ของหลวง")',
    );
  });
});

describe('the assessment year', () => {
  test('a plan title for the next year does not win over the results year; the note names the cell; two years are warned', () => {
    const grid: Grid = [
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔'],
      ['จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๓'],
      ...namesOnly(NAMES),
    ];
    const s = readScoreSheet(grid, 'x');
    expect(s.year).toBe(2563);
    expect(s.yearNotes.map((n) => n.th)).toEqual(['ปีงบประมาณที่ประเมิน (พ.ศ. 2563) อ่านจากเซลล์ A2: "จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"']);
    expect(s.yearWarnings.map((n) => n.th)).toEqual([
      'พบปีงบประมาณมากกว่าหนึ่งปีในแผ่นงาน: พ.ศ. 2563 (เซลล์ A2, ข้อความผลการประเมิน), พ.ศ. 2564 (เซลล์ A1, หัวเรื่องแผนหรือมาตรการ) จึงใช้ปี 2563 ตามข้อความผลการประเมิน หากไม่ถูกต้อง โปรดระบุปีงบประมาณที่ประเมินเอง',
    ]);
  });

  test('a title split over two lines is read as the results year', () => {
    const s = readScoreSheet(PASTED_001, 'วาง');
    expect(s.year).toBe(2568);
    expect(s.yearNotes[0].en).toBe('The assessment year (2568) was read from cell A2');
    expect(s.yearWarnings).toEqual([]);
  });

  test('only a plan title: the year before it, with a warning', () => {
    const s = readScoreSheet([['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'], ...namesOnly(NAMES)], 'x');
    expect(s.year).toBe(2568);
    expect(s.yearWarnings[0].th).toContain('แผนของปี 2569 จัดทำจากผลการประเมินปี 2568 จึงใช้ปี 2568');
  });

  test("a law's year (พ.ศ. ๒๕๔๐) and a span (พ.ศ. ๒๕๖๑ – ๒๕๘๐) are not fiscal years", () => {
    const grid: Grid = [
      ['โครงการประชาสัมพันธ์ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐'],
      ['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑ – ๒๕๘๐)'],
      ['ผลการประเมิน ITA ปี ๒๕๖๖'],
      ...namesOnly(NAMES),
    ];
    const s = readScoreSheet(grid, 'x');
    expect(s.year).toBe(2566);
    expect(s.yearWarnings).toEqual([]);
  });
});
