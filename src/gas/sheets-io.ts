/** Reading sheets into the core's Grid: one getDataRange + getValues per sheet. */
import type { Grid, GridValue } from '../core/layout/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues().map((row) => row.map(toGridValue));
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
