/**
 * Text people typed into a sheet we rewrite whole, where our layout never writes (columns past the
 * layout's own): found before the sheet is rewritten, so a copy of it can be kept first.
 */
import { isBlank } from '../numbers';
import type { SheetSpec } from './model';
import { columnLetter, type Grid } from '../grid';
import type { Label } from '../errors';

/** The first cell ('N5') holding something beyond the layout's columns, or null. */
export function typedOutsideLayout(grid: Grid, spec: SheetSpec): string | null {
  // Our columns: those with a width, and any a row or single cell writes (chart data beside a table).
  const width = Math.max(spec.colWidths.length, ...spec.rows.map((r) => r.length), ...(spec.cells ?? []).map((c) => c.col));
  for (let r = 0; r < grid.length; r++) {
    for (let c = width; c < grid[r].length; c++) if (!isBlank(grid[r][c])) return `${columnLetter(c + 1)}${r + 1}`;
  }
  return null;
}

export function typedCopyNote(sheet: string, cell: string, copy: string): Label {
  return {
    th: `แผ่นงาน "${sheet}" มีข้อความที่พิมพ์ไว้นอกตารางที่โปรแกรมเขียน (เริ่มที่เซลล์ ${cell}) จึงเก็บสำเนาไว้ที่แผ่นงาน "${copy}" ก่อนเขียนแผ่นงานนี้ใหม่`,
    en: `Sheet "${sheet}" held text typed outside the program's layout (from cell ${cell}), so a copy was kept as sheet "${copy}" before it was rewritten`,
  };
}
