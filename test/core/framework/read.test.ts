/** Reading definitions: what a user may write, and an error naming the cell for each kind of mistake. */
import { editionForYear } from '../../../src/core/editions';
import { chooseFramework, readFramework } from '../../../src/core/framework';
import type { Grid, GridValue } from '../../../src/core/grid';
import { totalFromTools } from '../../../src/core/score';
import { FRAMEWORK_OVERVIEW_HEADERS } from './school';

const OVERVIEW = FRAMEWORK_OVERVIEW_HEADERS;
const LEVELS = ['ปีงบประมาณ', 'กลุ่มหน่วยงาน', 'ระดับผลการประเมิน', 'คะแนนรวมตั้งแต่', 'คะแนนทุกเครื่องมือตั้งแต่'];
const INDICATORS = ['ปีงบประมาณ', 'กลุ่มหน่วยงาน', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด'];
const ITEMS = ['ปีงบประมาณ', 'กลุ่มหน่วยงาน', 'เครื่องมือ', 'ตัวชี้วัดที่', 'ตัวชี้วัดย่อย', 'ชื่อตัวชี้วัดย่อย', 'รหัสข้อ', 'ชื่อข้อ'];

/** A small valid OIT list for 2570: 9.1 (o1, o2), 9.2 (o3), 10.1 (o4). Row 1 is the header. */
const oit = (): GridValue[][] => [
  ITEMS,
  [2570, '', 'OIT', 9, '9.1', 'ข้อมูลพื้นฐาน', 'o1', 'โครงสร้างและอำนาจหน้าที่'],
  [2570, '', 'OIT', 9, '9.1', '', 'o2', 'ข้อมูลผู้บริหาร'],
  [2570, '', 'OIT', 9, '9.2', 'การบริหารงาน', 'o3', 'E-Service'],
  [2570, '', 'OIT', 10, '10.1', 'การป้องกันการทุจริต', 'o4', 'แผนปฏิบัติการป้องกันการทุจริต'],
];

const read = (grid: Grid, name = 'กรอบการประเมิน') => readFramework([{ name, grid }]);
const readError = (grid: Grid) => {
  try {
    read(grid);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('what a definition may state', () => {
  test("a partial OIT list for a year: sub-indicators as typed, the rest from that year's built-in edition", () => {
    const { edition } = chooseFramework(read(oit()), 2570, null);
    expect(edition.itemLists.OIT.subIndicators).toEqual([
      { id: '9.1', indicator: 9, nameTh: 'ข้อมูลพื้นฐาน', items: ['o1', 'o2'] },
      { id: '9.2', indicator: 9, nameTh: 'การบริหารงาน', items: ['o3'] },
      { id: '10.1', indicator: 10, nameTh: 'การป้องกันการทุจริต', items: ['o4'] },
    ]);
    expect(edition.itemLists.OIT).toMatchObject({ id: 'user-oit', verified: true });
    expect(edition.itemLists.IIT).toBe(editionForYear(2570).itemLists.IIT);
    expect(edition.noteTh).toBe(editionForYear(2570).noteTh);
    expect(chooseFramework(read(oit()), 2571, null).edition).toBe(editionForYear(2571));
  });

  test('weights, levels, target and indicator names, with Thai digits and a range of years', () => {
    const grid: Grid = [
      OVERVIEW,
      ['๒๕๗๐–๒๕๗๑', '', 'กรอบทดลอง', '๒๐', 15, 15, 50, '', 'ระดับผ่าน', '๙๐'],
      [],
      LEVELS,
      ['2570-2571', '', 'ผ่านดีเยี่ยม', 96, 90],
      ['2570-2571', '', 'ผ่านดี', 88, 80],
      ['2570-2571', '', 'ผ่าน', 88, null],
      ['2570-2571', '', 'ต้องปรับปรุง', 60, null],
      [],
      INDICATORS,
      ['2570–2571', '', 8, 'การปรับปรุงระบบการทำงาน'],
    ];
    const { edition } = chooseFramework(read(grid), 2571, null);
    expect(edition).toMatchObject({ id: '2570-2571', fromYear: 2570, toYear: 2571, labelTh: 'กรอบทดลอง', target: 90, levelScheme: 'pass' });
    expect(edition.tools.map((t) => [t.id, t.weight])).toEqual([
      ['IIT', 20],
      ['EIT1', 15],
      ['EIT2', 15],
      ['OIT', 50],
    ]);
    expect(edition.passRules).toEqual({
      excellent: { total: 96, everyTool: 90 },
      good: { total: 88, everyTool: 80 },
      pass: { total: 88 },
      improve: { total: 60 },
    });
    expect(edition.indicators[7].nameTh).toBe('การปรับปรุงระบบการทำงาน');
    expect(edition.noteTh).toBeUndefined();
    expect(totalFromTools(edition, [80, 90, 90, 100]).total).toBe(93);
  });

  test('the old ตั้งค่า ITA sheet still works: a year, a base edition, weights', () => {
    const settings: Grid = [
      ['ปีงบประมาณ (พ.ศ.)', 'ใช้เกณฑ์ของ', 'น้ำหนัก IIT', 'น้ำหนัก EIT ส่วนที่ 1 (หรือ EIT)', 'น้ำหนัก EIT ส่วนที่ 2', 'น้ำหนัก OIT'],
      ['๒๕๗๐', '2566', 20, 15, 15, 50],
    ];
    const { edition, describe: d } = chooseFramework(read(settings, 'ตั้งค่า ITA'), 2570, null);
    expect(edition.itemLists.OIT.id).toBe('oit-2566');
    expect(edition.tools.map((t) => t.weight)).toEqual([20, 15, 15, 50]);
    expect(d.th).toBe('กรอบที่ผู้ใช้กำหนดในแผ่นงาน ตั้งค่า ITA: เกณฑ์ พ.ศ. 2566');
  });

  test("three weights mean three tools; blank weights keep the built-in's", () => {
    const three = chooseFramework(read([OVERVIEW, [2570, '', '', 30, 30, null, 40]]), 2570, null).edition;
    expect(three.tools.map((t) => `${t.id} ${t.weight}`)).toEqual(['IIT 30', 'EIT 30', 'OIT 40']);
    const some = chooseFramework(read([OVERVIEW, [2570, '', '', 20, null, null, 50]]), 2570, null).edition;
    expect(some.tools.map((t) => t.weight)).toEqual([20, 15, 15, 50]);
  });
});

describe('an invalid definition is refused with the cell named', () => {
  test('weights that do not add up to 100', () => {
    expect(readError([OVERVIEW, [2570, '', '', 40, 15, 15, 40]])).toBe(
      'แผ่นงาน กรอบการประเมิน เซลล์ D2:G2: น้ำหนักเครื่องมือของปี พ.ศ. 2570 รวมได้ 110 ต้องรวมเป็น 100 (IIT 40, EIT ส่วนที่ 1 15, EIT ส่วนที่ 2 15, OIT 40) / กรอบการประเมิน cells D2:G2: the tool weights for 2570 add up to 110; they must add up to 100',
    );
    expect(readError([OVERVIEW, [2570, '', '', 40]])).toContain(
      'เซลล์ D2: น้ำหนักเครื่องมือของปี พ.ศ. 2570 รวมได้ 110 ต้องรวมเป็น 100 (IIT 40, EIT ส่วนที่ 1 15, EIT ส่วนที่ 2 15, OIT 40) ช่องที่เว้นว่างใช้น้ำหนักของเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)',
    );
    expect(readError([OVERVIEW, [2570, '', '', 'สามสิบ']])).toContain('แผ่นงาน กรอบการประเมิน เซลล์ D2 ไม่ใช่ตัวเลข ("สามสิบ")');
  });

  test('an item in two sub-indicators', () => {
    const grid = oit();
    grid.push([2570, '', 'OIT', 9, '9.2', '', 'o1', 'โครงสร้างและอำนาจหน้าที่']);
    expect(readError(grid)).toBe(
      'แผ่นงาน กรอบการประเมิน เซลล์ E6: ข้อ o1 อยู่ทั้งในตัวชี้วัดย่อย 9.1 (แถวที่ 2) และ 9.2: ข้อหนึ่งอยู่ได้ในตัวชี้วัดย่อยเดียว / กรอบการประเมิน cell E6: item o1 is in sub-indicator 9.1 (row 2) and in 9.2: an item belongs to one sub-indicator',
    );
  });

  test('an empty sub-indicator', () => {
    const grid = oit();
    grid.push([2570, '', 'OIT', 9, '9.3', 'การจัดซื้อจัดจ้าง', null, null]);
    expect(readError(grid)).toBe('แผ่นงาน กรอบการประเมิน เซลล์ E6: ตัวชี้วัดย่อย 9.3 ไม่มีข้อ / กรอบการประเมิน cell E6: sub-indicator 9.3 holds no item');
  });

  test('a duplicate code, with Thai digits and upper case read as the same code', () => {
    const grid = oit();
    grid.push([2570, '', 'OIT', 9, '9.1', '', 'O๒', 'ข้อมูลผู้บริหารซ้ำ']);
    expect(readError(grid)).toBe('แผ่นงาน กรอบการประเมิน เซลล์ G6: รหัสข้อ o2 ซ้ำกับแถวที่ 3 / กรอบการประเมิน cell G6: item code o2 repeats row 3');
  });

  test('a threshold out of order, in either scheme', () => {
    const pass: Grid = [LEVELS, [2570, '', 'ผ่านดีเยี่ยม', 95, 95], [2570, '', 'ผ่านดี', 96, 85], [2570, '', 'ผ่าน', 85, null], [2570, '', 'ต้องปรับปรุง', 70, null]];
    expect(readError(pass)).toBe(
      'แผ่นงาน กรอบการประเมิน เซลล์ D3: คะแนนรวมของระดับ ผ่านดี (96) ต้องไม่สูงกว่าระดับ ผ่านดีเยี่ยม (95) / กรอบการประเมิน cell D3: the total of Pass – good (96) may not exceed that of Pass – excellent (95)',
    );
    const letter: Grid = [LEVELS, [2570, '', 'AA', 95, null], [2570, '', 'A', 96, null], [2570, '', 'F', 0, null]];
    expect(readError(letter)).toBe(
      'แผ่นงาน กรอบการประเมิน เซลล์ D3: เกณฑ์ของระดับ A (96) ต้องต่ำกว่าระดับ AA ที่อยู่ก่อนหน้า (95): เรียงจากระดับสูงสุดลงมา / กรอบการประเมิน cell D3: level A (96) must be below AA (95) above it: list the highest first',
    );
    expect(readError([LEVELS, [2570, '', 'AA', 95, null], [2570, '', 'A', 85, null]])).toContain('เซลล์ D3: ระดับต่ำสุดต้องเริ่มที่ 0');
  });

  test('an unknown level scheme, and a level of the wrong scheme', () => {
    expect(readError([OVERVIEW, [2570, '', '', null, null, null, null, '', 'ระดับดาว']])).toBe(
      'แผ่นงาน กรอบการประเมิน เซลล์ I2: ไม่รู้จักรูปแบบระดับผล "ระดับดาว" (ใช้ ระดับผ่าน หรือ ระดับตัวอักษร) / กรอบการประเมิน cell I2: unknown level scheme "ระดับดาว" (use ระดับผ่าน for pass levels or ระดับตัวอักษร for letter bands)',
    );
    const mixed: Grid = [OVERVIEW, [2570, '', '', null, null, null, null, '', 'ระดับผ่าน'], LEVELS, [2570, '', 'AA', 95, null]];
    expect(readError(mixed)).toContain('เซลล์ C4: ระดับ "AA" ไม่ใช่ระดับของรูปแบบระดับผ่าน');
  });

  test('other mistakes: no year, an unknown tool, an indicator of another tool, a code the score sheet cannot carry, an indicator left without items, overlapping years', () => {
    const withRow = (row: GridValue[]) => [...oit(), row];
    expect(readError(withRow([null, '', 'OIT', 9, '9.1', '', 'o5', 'ข่าว']))).toContain('เซลล์ A6: ไม่ได้ระบุปีงบประมาณ');
    expect(readError(withRow([2570, '', 'ITA', 9, '9.1', '', 'o5', 'ข่าว']))).toContain('เซลล์ C6: ไม่รู้จักเครื่องมือ "ITA" (ใช้ IIT, EIT หรือ OIT)');
    expect(readError(withRow([2570, '', 'OIT', 3, '', '', 'o5', 'ข่าว']))).toContain('เซลล์ D6: ตัวชี้วัดที่ 3 เป็นของเครื่องมือ IIT ไม่ใช่ OIT');
    expect(readError(withRow([2570, '', 'OIT', 9, '10.1', '', 'o5', 'ข่าว']))).toContain('เซลล์ E6: ตัวชี้วัดย่อย 10.1 ไม่ได้อยู่ในตัวชี้วัดที่ 9 ของแถวนี้');
    expect(readError(withRow([2570, '', 'OIT', 9, '9.1', '', 'SAR', 'รายงานผลการประเมินตนเอง']))).toContain(
      'เซลล์ G6: รหัสข้อ "SAR" ของ OIT ต้องเป็น o ตามด้วยเลข 1–2 หลัก เช่น o5',
    );
    expect(readError(withRow([2570, '', 'OIT', 9, '9.1', '', 'o5', null]))).toContain('เซลล์ H6: ไม่ได้ระบุชื่อข้อ o5');
    expect(readError(oit().slice(0, 4))).toBe(
      'แผ่นงาน กรอบการประเมิน แถวที่ 2–4: รายการข้อของ OIT ไม่มีข้อของตัวชี้วัดที่ 10 (ทุกตัวชี้วัดของเครื่องมือต้องมีข้อ) / กรอบการประเมิน rows 2–4: the OIT items hold none of indicator 10 (every indicator of the tool needs items)',
    );
    expect(readError([OVERVIEW, ['2570 ขึ้นไป', '', 'ก'], [2575, 'ทั่วไป', 'ข']])).toContain(
      'เซลล์ A3: ปีงบประมาณ พ.ศ. 2575 กลุ่มหน่วยงาน ทั่วไป ซ้อนทับกับปีงบประมาณ พ.ศ. 2570 เป็นต้นไป (แผ่นงาน กรอบการประเมิน เซลล์ A2)',
    );
    expect(readError([['รายการของฉัน'], ['o1', 'โครงสร้าง']])).toContain('แผ่นงาน กรอบการประเมิน: ไม่พบตารางกรอบการประเมิน');
  });
});
