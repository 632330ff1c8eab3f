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

/**
 * How one run reads its sheets: date cells and "today" as calendar days of the spreadsheet's own
 * time zone (File > Settings), never the script's. The zone is asked once, on the first date cell
 * or the first "today", so a run that meets no date costs no extra service call.
 */
export interface SheetReader {
  grid(sheet: Sheet): Grid;
  /** Values and formulas of the same range, for sheets people type formulas in. */
  gridWithFormulas(sheet: Sheet): { values: Grid; formulas: string[][] };
  today(): Day;
  /** The spreadsheet's time zone, asked on first use. */
  zone(): string;
}

export function readerOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetReader {
  let zone: string | undefined;
  const zoneOf = () => (zone ??= ss.getSpreadsheetTimeZone());
  const values = (rows: unknown[][]): Grid => rows.map((row) => row.map((v) => toGridValue(v, zoneOf)));
  return {
    grid: (sheet) => values(sheet.getDataRange().getValues()),
    gridWithFormulas: (sheet) => {
      const range = sheet.getDataRange();
      return { values: values(range.getValues()), formulas: range.getFormulas() };
    },
    today: () => todayIn(zoneOf()),
    zone: zoneOf,
  };
}

/** Dates become calendar days, the core's DateValue, in the zone `zone()` names. */
export function toGridValue(v: unknown, zone: () => string): GridValue {
  if (v instanceof Date) return { date: Utilities.formatDate(v, zone(), 'yyyy-MM-dd') };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in `zone`: a Date that a spreadsheet of that zone
 * shows as that day at 00:00, and that reads back as the same day. Twice, so a day on which the
 * zone's offset changes still lands on its midnight.
 */
export function startOfDay(iso: string, zone: string): Date {
  // A plan repeats the same few days in many cells: each is worked out once per execution.
  const key = `${zone} ${iso}`;
  let t = midnights.get(key);
  if (t === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    const utc = Date.UTC(y, m - 1, d);
    t = utc;
    for (let k = 0; k < 2; k++) t = utc - offsetMinutes(new Date(t), zone) * 60_000;
    midnights.set(key, t);
  }
  return new Date(t);
}

const midnights = new Map<string, number>();

/** `zone`'s offset from UTC at `at`, in minutes ('+0700' → 420). */
function offsetMinutes(at: Date, zone: string): number {
  const z = Utilities.formatDate(at, zone, 'Z');
  return (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
}

/** Today as a calendar day of the given time zone (the spreadsheet's). */
export function todayIn(zone: string): Day {
  const [y, m, d] = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd').split('-').map(Number);
  return { y, m, d };
}
