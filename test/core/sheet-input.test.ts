import { readScoreSheet, requireIndicators } from '../../src/core/sheet-input';
import type { Grid } from '../../src/core/layout/model';

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
    expect(s.items.map((i) => [i.code, i.score, i.cell])).toEqual([['o6', 0, 'C21'], ['i2', 97.5, 'C22']]);
  });

  test('example 002 layout: names with Thai numbering and "ได้คะแนน … คะแนน" in one cell', () => {
    const names = ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ', 'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต', 'คุณภาพการดำเนินงาน', 'ประสิทธิภาพการสื่อสาร', 'การปรับปรุงการทำงาน', 'การเปิดเผยข้อมูล', 'การป้องกันการทุจริต'];
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
      'ไม่พบคะแนนตัวชี้วัดที่ 3, 7 ในแผ่นงาน "คะแนน" (ต้องมีคะแนนครบ 10 ตัวชี้วัด) / Indicator 3, 7 score(s) not found in sheet "คะแนน"',
    );
  });
});
