import { INDICATORS } from '../../../src/core/editions';
import type { Grid } from '../../../src/core/grid';
import { splitYearColumns, yearOf } from '../../../src/core/reading/year-columns';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { LAMPHUN_2566, LAMPHUN_2567, LAMPHUN_2568, YEAR_COLUMNS } from '../history/fixtures';

const names = INDICATORS.map((i) => i.nameTh);

describe('score tables with a column per year', () => {
  test('header cells: B.E. or C.E., number or text, Thai digits, with or without ปี/พ.ศ.', () => {
    expect(['2566', 'พ.ศ. ๒๕๖๖', 'ปีงบประมาณ 2566', 'ปี พ.ศ.2566', 'ค.ศ. 2023', 2023, 2566, 'คะแนนปี 2566'].map(yearOf)).toEqual([
      2566, 2566, 2566, 2566, 2566, 2566, 2566, 2566,
    ]);
    expect(['98.29', 100, 'คะแนน', 'ผลการประเมินปีงบประมาณ พ.ศ. 2566 ของจังหวัด', 2550, '1999'].map(yearOf)).toEqual([null, null, null, null, null, null]);
  });

  test('ตัวชี้วัด | พ.ศ. ๒๕๖๖ | พ.ศ. ๒๕๖๗ | พ.ศ. ๒๕๖๘: the latest column is the year assessed, the others are earlier years', () => {
    const sheet = readScoreSheet(YEAR_COLUMNS, 'Sheet1');
    expect(sheet.year).toBe(2568);
    expect(sheet.indicators).toEqual(LAMPHUN_2568);
    expect(sheet.publishedTotal).toBe(90.14);
    expect(sheet.warnings).toEqual([]);
    expect(sheet.yearWarnings).toEqual([]);
    expect(sheet.earlier.map((y) => [y.year, y.indicators, y.total, y.source.th])).toEqual([
      [2566, LAMPHUN_2566, 91.29, 'แผ่นงาน "Sheet1" คอลัมน์ปี 2566 (เซลล์ C2)'],
      [2567, LAMPHUN_2567, 93.99, 'แผ่นงาน "Sheet1" คอลัมน์ปี 2567 (เซลล์ D2)'],
    ]);
  });

  test('newest year first, C.E. years, scores typed as Thai-digit text, a change column after the years', () => {
    const grid: Grid = [
      ['ชื่อหน่วยงาน', 'จังหวัดลำพูน'],
      ['ตัวชี้วัด', 'ปี 2025', 'ปี 2024', 'เพิ่ม/ลด'],
      ...names.map((n, k) => [
        `${k + 1}. ${n}`,
        String(LAMPHUN_2568[k]).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]),
        LAMPHUN_2567[k],
        LAMPHUN_2568[k] - LAMPHUN_2567[k],
      ]),
    ];
    const sheet = readScoreSheet(grid, 'ลำพูน');
    expect(sheet.year).toBe(2568);
    expect(sheet.indicators).toEqual(LAMPHUN_2568);
    expect(sheet.earlier.map((y) => [y.year, y.indicators])).toEqual([[2567, LAMPHUN_2567]]);
  });

  test('the template with earlier years beside its คะแนน column: คะแนน is the year of the template, every year column earlier', () => {
    const grid: Grid = [
      ['ชื่อหน่วยงาน', 'จังหวัดลำพูน'],
      ['ปีงบประมาณที่ประเมิน (พ.ศ.)', 2568],
      [],
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน', '2566', '2567'],
      ...names.map((n, k) => [k + 1, n, LAMPHUN_2568[k], LAMPHUN_2566[k], LAMPHUN_2567[k]]),
      [],
      ['ข้อ', 'ข้อคำถาม/รายการ', 'คะแนน'],
      ['o1', 'โครงสร้างและอำนาจหน้าที่', 100],
      ['o6', 'แผนและความก้าวหน้า', 0],
    ];
    const sheet = readScoreSheet(grid, 'คะแนน ITA');
    expect(sheet.year).toBe(2568);
    expect(sheet.indicators).toEqual(LAMPHUN_2568);
    // The items table below is its own table: its scores stay this year's.
    expect(sheet.items.map((i) => [i.code, i.score, i.cell])).toEqual([
      ['o1', 100, 'C17'],
      ['o6', 0, 'C18'],
    ]);
    expect(sheet.earlier.map((y) => y.year)).toEqual([2566, 2567]);
    expect(sheet.earlier[1].indicators).toEqual(LAMPHUN_2567);
  });

  test('an ordinary table is no year table: the template, and a row naming one year', () => {
    expect(
      splitYearColumns([
        ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
        [1, names[0], 98.29],
      ]),
    ).toBeNull();
    expect(
      splitYearColumns([
        ['ผลการประเมินปีงบประมาณ พ.ศ. 2568', 'คะแนน'],
        [1, 98.29],
      ]),
    ).toBeNull();
    expect(readScoreSheet(YEAR_COLUMNS.slice(0, 1), 'x').earlier).toEqual([]);
  });

  test('a score out of range in an earlier column names its cell', () => {
    const grid = YEAR_COLUMNS.map((r) => [...r]);
    grid[5][2] = 140;
    expect(() => readScoreSheet(grid, 'Sheet1')).toThrow('เซลล์ C6: คะแนนตัวชี้วัดที่ 4 อยู่นอกช่วง 0–100 (140) / cell C6: indicator 4 score is outside 0–100 (140)');
  });
});

describe('year columns in two eras', () => {
  const table = (c: number[], d: number[]): Grid => [
    ['ชื่อหน่วยงาน', 'จังหวัดลำพูน'],
    ['ตัวชี้วัด', '2024', 'พ.ศ. 2567', 2568],
    ...names.map((n, k) => [`${k + 1}. ${n}`, c[k], d[k], LAMPHUN_2568[k]]),
  ];

  test('2024 | พ.ศ. 2567 | 2568: one year each in B.E., the newest analysed, the same year twice named', () => {
    const sheet = readScoreSheet(table(LAMPHUN_2567, LAMPHUN_2567), 'ลำพูน');
    expect(sheet.year).toBe(2568);
    expect(sheet.indicators).toEqual(LAMPHUN_2568);
    expect(sheet.earlier.map((y) => [y.year, y.indicators])).toEqual([[2567, LAMPHUN_2567]]);
    expect(sheet.warnings.map((w) => w.th)).toEqual([
      'แผ่นงาน "ลำพูน": คอลัมน์เซลล์ B2 และ C2 เป็นปีงบประมาณ พ.ศ. 2567 ทั้งคู่ (ปี ค.ศ. 2024 คือ พ.ศ. 2567) จึงใช้คอลัมน์ B2 (คะแนนตรงกัน)',
    ]);
  });

  test('the two columns of one year that disagree: the cells are named', () => {
    const other = [...LAMPHUN_2567];
    other[3] = 50;
    const sheet = readScoreSheet(table(LAMPHUN_2567, other), 'ลำพูน');
    expect(sheet.warnings.map((w) => w.th)).toEqual([
      'แผ่นงาน "ลำพูน": คอลัมน์เซลล์ B2 และ C2 เป็นปีงบประมาณ พ.ศ. 2567 ทั้งคู่ (ปี ค.ศ. 2024 คือ พ.ศ. 2567) จึงใช้คอลัมน์ B2 แต่คะแนนไม่ตรงกันในเซลล์ B6/C6 โปรดตรวจสอบว่าคอลัมน์ใดถูกต้อง',
    ]);
    expect(sheet.earlier[0].indicators[3]).toBe(LAMPHUN_2567[3]);
  });
});
