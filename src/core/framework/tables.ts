/**
 * Finds the framework tables in a sheet's grid: a header row holds the year column and a table's
 * mark; its rows run to the next header row. Columns are found by header text, so the order people
 * give them, blank rows and columns of their own do not matter.
 */
import type { Grid, GridValue } from '../layout/model';
import { type CellRef, textOf } from './cells';
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
