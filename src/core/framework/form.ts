/**
 * The `กรอบการประเมิน` sheet form, shared by its reader and its writer: four tables, each found by
 * its header row and each column by its header text, so people may move, insert or paste freely.
 * Every row names its fiscal year (or range) and agency group (blank: every agency).
 */
import { LAST_EDITION_YEAR } from '../editions';
import { isFrameworkSheetName } from '../sheet-names';

/**
 * A sheet holding a framework table under any name: a header row with the year and the agency
 * group and either the framework's name (overview) or the item code (item list).
 */
export function holdsFrameworkTable(grid: readonly (readonly unknown[])[]): boolean {
  return grid.some((row) => {
    const cells = row.map((v) => (typeof v === 'string' ? v.trim() : ''));
    return cells.includes(HEADERS.year[0]) && cells.includes(HEADERS.group[0]) && (cells.includes(HEADERS.name[0]) || cells.includes(HEADERS.code[0]));
  });
}

/** A user's framework sheet, by its name or by its tables. */
export function isFrameworkSheet(sheet: { name: string; grid: readonly (readonly unknown[])[] }): boolean {
  return isFrameworkSheetName(sheet.name) || holdsFrameworkTable(sheet.grid);
}

export type TableKind = 'overview' | 'levels' | 'indicators' | 'items';

/** Columns the reader knows, of all four tables. */
export type ColumnKey =
  | 'year'
  | 'group'
  | 'name'
  | 'base'
  | 'wIIT'
  | 'wEIT1'
  | 'wEIT2'
  | 'wOIT'
  | 'note'
  | 'scheme'
  | 'target'
  | 'oitBy'
  | 'level'
  | 'total'
  | 'everyTool'
  | 'indicator'
  | 'indicatorName'
  | 'tool'
  | 'sub'
  | 'subName'
  | 'code'
  | 'itemName';

/** Header text of each column; further accepted spellings follow the first (the old ตั้งค่า ITA sheet's). */
export const HEADERS: Record<ColumnKey, readonly string[]> = {
  year: ['ปีงบประมาณ', 'ปีงบประมาณ (พ.ศ.)'],
  group: ['กลุ่มหน่วยงาน'],
  name: ['ชื่อกรอบการประเมิน'],
  base: ['ใช้เกณฑ์ของ'],
  wIIT: ['น้ำหนัก IIT'],
  wEIT1: ['น้ำหนัก EIT ส่วนที่ 1 (หรือ EIT)', 'น้ำหนัก EIT ส่วนที่ 1', 'น้ำหนัก EIT'],
  wEIT2: ['น้ำหนัก EIT ส่วนที่ 2'],
  wOIT: ['น้ำหนัก OIT'],
  note: ['หมายเหตุ'],
  scheme: ['รูปแบบระดับผล'],
  target: ['ค่าเป้าหมาย'],
  // Optional: the copy of a built-in edition does not write it; people add the column when NACC's calendar differs.
  oitBy: ['เผยแพร่หลักฐาน OIT ภายใน'],
  level: ['ระดับผลการประเมิน'],
  total: ['คะแนนรวมตั้งแต่'],
  everyTool: ['คะแนนทุกเครื่องมือตั้งแต่'],
  indicator: ['ตัวชี้วัดที่'],
  indicatorName: ['ชื่อตัวชี้วัด'],
  tool: ['เครื่องมือ'],
  sub: ['ตัวชี้วัดย่อย'],
  subName: ['ชื่อตัวชี้วัดย่อย'],
  code: ['รหัสข้อ'],
  itemName: ['ชื่อข้อ'],
};

/** A header row is a table's when it holds the year column and this table's mark (checked in this order). */
export const TABLE_MARKS: readonly [TableKind, readonly ColumnKey[]][] = [
  ['items', ['code']],
  ['levels', ['level']],
  ['indicators', ['indicatorName']],
  ['overview', ['name', 'base', 'wIIT', 'wEIT1', 'wOIT', 'scheme', 'target', 'oitBy']],
];

/** The section title the writer puts above each table (the reader skips rows holding only a year-column text). */
export const TABLE_TITLES: Record<TableKind, string> = {
  overview: '1. ภาพรวม: ชื่อกรอบการประเมิน น้ำหนักเครื่องมือ (รวมได้ 100) รูปแบบระดับผล และค่าเป้าหมาย',
  levels: '2. เกณฑ์ระดับผลการประเมิน (เรียงจากระดับสูงสุด)',
  indicators: '3. ชื่อตัวชี้วัด',
  items: '4. รายการข้อ (แถวละหนึ่งข้อ วางรายการจากคู่มือการประเมินได้ ตัวชี้วัดย่อยใช้กับ OIT เท่านั้น)',
};

/** The level scheme's names in the sheet (first spelling is the one written). */
export const SCHEME_NAMES = { pass: 'ระดับผ่าน', letter: 'ระดับตัวอักษร' } as const;

/** A year or range as the writer writes it: 2568, '2561–2565', '2569 ขึ้นไป'. */
export function yearCellText(fromYear: number, toYear: number): number | string {
  if (fromYear === toYear) return fromYear;
  if (toYear === LAST_EDITION_YEAR) return `${fromYear} ขึ้นไป`;
  return `${fromYear}–${toYear}`;
}

/** The same in English: '2568', '2561–2565', '2569 onwards'. */
export function yearsEn(fromYear: number, toYear: number): string {
  if (fromYear === toYear) return `${fromYear}`;
  return toYear === LAST_EDITION_YEAR ? `${fromYear} onwards` : `${fromYear}–${toYear}`;
}

/** Years as the user reads them: 'พ.ศ. 2568', 'พ.ศ. 2561–2565', 'พ.ศ. 2569 เป็นต้นไป'. */
export function yearsText(fromYear: number, toYear: number): string {
  if (fromYear === toYear) return `พ.ศ. ${fromYear}`;
  if (toYear === LAST_EDITION_YEAR) return `พ.ศ. ${fromYear} เป็นต้นไป`;
  return `พ.ศ. ${fromYear}–${toYear}`;
}
