/** Reading sheets into the core's Grid: one getDataRange + getValues (+ getFormulas) per sheet. */
import type { Day } from '../core/dates';
import type { Grid, GridValue } from '../core/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NamedSheet {
  sheet: Sheet;
  name: string;
}

/** Every sheet with its name, listed once per run and handed to whatever needs to look through them. */
export function listSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): NamedSheet[] {
  return ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
}

/** `zone`: read date cells as days of that time zone (the spreadsheet's), not the script's. */
export function readGrid(sheet: Sheet, zone?: string): Grid {
  return sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => toGridValue(v, zone)));
}

/** Values and formulas of the same range, for sheets people type formulas in. */
export function readGridWithFormulas(sheet: Sheet): { values: Grid; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues().map((row) => row.map((v) => toGridValue(v))), formulas: range.getFormulas() };
}

/** Dates become calendar days, the core's DateValue: in `zone` when given, else the script's time zone (Asia/Bangkok). */
export function toGridValue(v: unknown, zone?: string): GridValue {
  if (v instanceof Date) {
    if (zone) return { date: Utilities.formatDate(v, zone, 'yyyy-MM-dd') };
    const iso = `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    return { date: iso };
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/** Today as a calendar day of the given time zone (the spreadsheet's). */
export function todayIn(zone: string): Day {
  const [y, m, d] = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd').split('-').map(Number);
  return { y, m, d };
}

/** Today in the spreadsheet's time zone: the add-on's one rule wherever "today" is judged. */
export function todayOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Day {
  return todayIn(ss.getSpreadsheetTimeZone());
}
