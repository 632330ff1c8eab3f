/** A SheetSpec as the grid a spreadsheet holds after drawing it (formulas as their text). */
import type { SheetSpec } from './model';
import { type CellValue, type Grid, type GridValue, isFormulaValue } from '../grid';

export function specToGrid(spec: SheetSpec, under: Grid = []): Grid {
  const grid: GridValue[][] = under.map((r) => [...r]);
  const put = (r: number, c: number, v: CellValue) => {
    while (grid.length < r) grid.push([]);
    const row = grid[r - 1];
    while (row.length < c) row.push('');
    row[c - 1] = isFormulaValue(v) ? v.formula : v;
  };
  const top = spec.startRow ?? 1;
  spec.rows.forEach((row, i) => row.forEach((v, j) => put(top + i, j + 1, v)));
  for (const c of spec.cells ?? []) put(c.row, c.col, c.value);
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...new Array<GridValue>(width - r.length).fill('')]);
}
