import { ItaError, type Label } from './errors';
import { isBlank, toArabicDigits, toThaiDigits } from './numbers';
import { shownValue, THAI_MONTHS, THAI_MONTHS_SHORT } from './thai-months';

/** Buddhist Era = Common Era + 543. */
export const BE_OFFSET = 543;
const FIRST_BE = 2561;
const LAST_BE = 2643;

export { THAI_MONTHS, THAI_MONTHS_SHORT } from './thai-months';

const YEAR_TEXT = /^(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?|b\.?\s*e\.?|c\.?\s*e\.?|ปี(?:งบประมาณ)?)?\s*(\d{4})$/i;

/**
 * A fiscal year as B.E., from B.E. or C.E., number or text, Thai digits accepted
 * ('๒๕๖๘', 'พ.ศ. 2568', 2025). Null when blank.
 */
export function parseYear(value: unknown, what: Label): number | null {
  if (isBlank(value)) return null;
  let n: number | null = null;
  if (typeof value === 'number' && Number.isInteger(value)) n = value;
  else if (typeof value === 'string') {
    const m = YEAR_TEXT.exec(toArabicDigits(value).trim());
    if (m) n = Number(m[1]);
  }
  if (n === null) {
    throw new ItaError(`${what.th} ไม่ใช่ปีที่อ่านได้ ("${shownValue(value)}")`, `${what.en} is not a year ("${shownValue(value)}")`);
  }
  // '68' is a year cut short, not C.E. 68: read as C.E. it would be B.E. 611.
  if (n < 1000) {
    const example = n < 100 ? 2500 + n : 2568;
    throw new ItaError(
      `${what.th}: ${n} ไม่ใช่ปี พ.ศ. โปรดระบุปีเต็มสี่หลัก เช่น ${example}`,
      `${what.en}: ${n} is not a B.E. year; give all four digits, such as ${example}`,
    );
  }
  const be = n < 2400 ? n + BE_OFFSET : n;
  if (be < FIRST_BE || be > LAST_BE) {
    throw new ItaError(
      `${what.th}: ไม่มีเกณฑ์การประเมินของปี ${be} (รองรับ พ.ศ. ${FIRST_BE}–${LAST_BE})`,
      `${what.en}: no assessment framework for year ${be} (B.E. ${FIRST_BE}–${LAST_BE} supported)`,
    );
  }
  return be;
}

/**
 * A date typed as YYYY-MM-DD, the year B.E. or C.E., Thai digits accepted ('2568-11-20',
 * '๒๕๖๘-๑๑-๒๐', '2025-11-20').
 */
export function parseDateText(value: string, what: Label): Day {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(toArabicDigits(value).trim());
  const y = m ? Number(m[1]) : 0;
  const day = m ? isoToDay(`${y > 2400 ? y - BE_OFFSET : y}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null;
  if (!day) {
    throw new ItaError(
      `${what.th} ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2568-11-20 ("${value}")`,
      `${what.en} must be a date written YYYY-MM-DD, such as 2025-11-20 ("${value}")`,
    );
  }
  return day;
}

/** A calendar day without a time zone: the core never touches Date's local-time rules. */
export interface Day {
  y: number; // C.E.
  m: number; // 1–12
  d: number;
}

export function dayToIso(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

export function isoToDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m) ? day : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Last day of the month `months` after the month of `day`. */
export function endOfMonthAfter(start: Day, months: number): Day {
  const idx = start.m - 1 + months;
  const y = start.y + Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: daysInMonth(y, m) };
}

export function firstOfMonthAfter(start: Day, months: number): Day {
  const idx = start.m - 1 + months;
  return { y: start.y + Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 };
}

/** Fiscal year B.E. N runs 1 Oct (N-1) to 30 Sep N. */
export function fiscalYearRange(yearBE: number): { start: Day; end: Day } {
  const ce = yearBE - BE_OFFSET;
  return { start: { y: ce - 1, m: 10, d: 1 }, end: { y: ce, m: 9, d: 30 } };
}

/** '30 กันยายน 2569'; Thai digits on request ('๓๐ กันยายน ๒๕๖๙'). */
export function thaiDate(day: Day, opts: { short?: boolean; thaiDigits?: boolean } = {}): string {
  const month = (opts.short ? THAI_MONTHS_SHORT : THAI_MONTHS)[day.m - 1];
  const text = `${day.d} ${month} ${day.y + BE_OFFSET}`;
  return opts.thaiDigits ? toThaiDigits(text) : text;
}

/** Days from a to b (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}

/** The day a serial count of days after 1899-12-30 falls on (spreadsheet serial dates). */
export function serialToDay(serial: number): Day {
  const t = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function dayToSerial(day: Day): number {
  return (Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
