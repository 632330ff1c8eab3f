/**
 * Finds the framework tables in a sheet's grid: a header row holds the year column and a table's
 * mark; its rows run to the next header row. Columns are found by header text, so the order people
 * give them, blank rows and columns of their own do not matter.
 */
import type { Grid, GridValue } from '../grid';
import type { ItaError } from '../errors';
import { cellError, type CellRef, textOf } from './cells';
import { HEADERS, TABLE_MARKS, type ColumnKey, type TableKind } from './form';

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  value(key: ColumnKey): GridValue | undefined;
  /** Where a column's cell of this row is (the year column's place when the table lacks the column). */
  at(key: ColumnKey): CellRef;
  has(key: ColumnKey): boolean;
}

export interface Table {
  kind: TableKind;
  sheet: string;
  headerRow: number;
  rows: TableRow[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const BY_HEADER = new Map<string, ColumnKey>(
  (Object.entries(HEADERS) as [ColumnKey, readonly string[]][]).flatMap(([key, names]) => names.map((n) => [norm(n), key] as const)),
);

/** Column keys of a header row, by 0-based column; null when the row is no table's header. */
function headerOf(cells: GridValue[]): { kind: TableKind; columns: Map<ColumnKey, number> } | null {
  const columns = new Map<ColumnKey, number>();
  cells.forEach((v, c) => {
    const key = BY_HEADER.get(norm(textOf(v)));
    if (key && !columns.has(key)) columns.set(key, c);
  });
  if (!columns.has('year')) return null;
  const found = TABLE_MARKS.find(([, marks]) => marks.some((m) => columns.has(m)));
  return found ? { kind: found[0], columns } : null;
}

export function findTables(sheet: string, grid: Grid): Table[] {
  const tables: Table[] = [];
  let current: { table: Table; columns: Map<ColumnKey, number> } | null = null;
  grid.forEach((cells, r) => {
    const header = headerOf(cells);
    if (!header && looksLikeHeader(cells)) throw brokenHeader(sheet, r, cells, grid[r + 1] ?? []);
    if (header) {
      current = { table: { kind: header.kind, sheet, headerRow: r + 1, rows: [] }, columns: header.columns };
      tables.push(current.table);
      return;
    }
    if (!current) return; // the title and guidance above the first table
    const { table, columns } = current;
    // A row with nothing beyond its year and group (a section title, a note, a blank row) holds no definition.
    const content = [...columns].some(([key, c]) => key !== 'year' && key !== 'group' && textOf(cells[c]) !== '');
    if (!content) return;
    const yearCol = columns.get('year') as number;
    table.rows.push({
      row: r + 1,
      value: (key) => (columns.has(key) ? cells[columns.get(key) as number] : undefined),
      at: (key) => ({ sheet, row: r + 1, col: (columns.get(key) ?? yearCol) + 1 }),
      has: (key) => columns.has(key),
    });
  });
  return tables;
}

/** The year column's header with two more of ours: a table's header row the reader cannot place. */
function looksLikeHeader(cells: GridValue[]): boolean {
  const keys = cells.map((v) => BY_HEADER.get(norm(textOf(v))));
  return keys.includes('year') && keys.filter((k) => k && k !== 'year' && k !== 'group').length >= 2;
}

/** Which table a header row was meant for, by the columns it still has, and the column it lacks. */
const MEANT: readonly [ColumnKey[], ColumnKey][] = [
  [['tool', 'sub', 'subName', 'itemName'], 'code'],
  [['total', 'everyTool'], 'level'],
  [['indicator'], 'indicatorName'],
];

/**
 * The real cause of a header row that names no table: its mark column renamed ('รหัส' for
 * 'รหัสข้อ'), or emptied by merging it into the cell beside it.
 */
function brokenHeader(sheet: string, r: number, cells: GridValue[], below: GridValue[]): ItaError {
  const keys = new Set(cells.map((v) => BY_HEADER.get(norm(textOf(v)))));
  const mark = MEANT.find(([others]) => others.some((k) => keys.has(k)))?.[1] ?? 'name';
  const wanted = HEADERS[mark][0];
  const at = (c: number): CellRef => ({ sheet, row: r + 1, col: c + 1 });
  const unknown = cells.findIndex((v) => textOf(v) !== '' && !BY_HEADER.has(norm(textOf(v))));
  if (unknown >= 0) {
    const typed = textOf(cells[unknown]);
    return cellError(
      at(unknown),
      `หัวคอลัมน์ "${typed}" ไม่ใช่ชื่อคอลัมน์ที่โปรแกรมรู้จัก จึงอ่านตารางนี้ไม่ได้ (แถวหัวตารางต้องมีคอลัมน์ "${wanted}") หากคอลัมน์นี้คือ ${wanted} โปรดแก้หัวคอลัมน์เป็น "${wanted}"`,
      `the header "${typed}" is not a column name the program knows, so this table cannot be read (its header row needs a "${wanted}" column); if this is that column, rename it "${wanted}"`,
    );
  }
  // Sheets reads a merged cell's others as blank; an .xlsx reader repeats the first cell's text.
  const emptied = cells.findIndex((v, c) => (textOf(v) === '' && textOf(below[c]) !== '') || (c > 0 && textOf(v) !== '' && textOf(v) === textOf(cells[c - 1])));
  if (emptied >= 0) {
    return cellError(
      at(emptied),
      `หัวคอลัมน์ว่างหรือซ้ำกับเซลล์ข้างเคียง แต่แถวข้างล่างมีข้อมูลของคอลัมน์นี้ หัวคอลัมน์ "${wanted}" อาจถูกผสานรวมกับเซลล์ข้างเคียง (merge) โปรดยกเลิกการผสานเซลล์ แล้วพิมพ์ "${wanted}" ในเซลล์นี้`,
      `the header is blank or repeats the cell beside it while the rows below hold values: the "${wanted}" header was probably merged into the cell beside it; unmerge the cells and type "${wanted}" here`,
    );
  }
  return cellError(at(0), `แถวหัวตารางนี้ไม่มีคอลัมน์ "${wanted}" จึงอ่านตารางนี้ไม่ได้`, `this header row has no "${wanted}" column, so the table cannot be read`);
}
