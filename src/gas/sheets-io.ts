/** Reading sheets into the core's Grid: one getDataRange + getValues (+ getFormulas) per sheet. */
import type { Grid, GridValue } from '../core/layout/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues().map((row) => row.map(toGridValue));
}

/** Values and formulas of the same range, for sheets people type formulas in. */
export function readGridWithFormulas(sheet: Sheet): { values: Grid; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues().map((row) => row.map(toGridValue)), formulas: range.getFormulas() };
}

/** Dates become calendar days in the script's time zone (Asia/Bangkok), the core's DateValue. */
export function toGridValue(v: unknown): GridValue {
  if (v instanceof Date) {
    const iso = `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    return { date: iso };
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/** Today in the script's time zone (Asia/Bangkok, from appsscript.json). */
export function today(): { y: number; m: number; d: number } {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
