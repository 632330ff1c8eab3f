/** Reading single cells of the framework sheet, with errors that name the cell (Thai, then English). */
import { daysInMonth, parseYear, THAI_MONTHS, THAI_MONTHS_SHORT } from '../dates';
import { dayOfCell } from '../thai-date';
import type { MonthDay } from '../editions/types';
import { LAST_EDITION_YEAR } from '../editions';
import { ItaError, type Label } from '../errors';
import { columnLetter, type GridValue, isDateValue } from '../grid';
import { cellNumber, toArabicDigits } from '../numbers';

/** Where a value was read: sheet name, 1-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function a1Of(at: CellRef): string {
  return `${columnLetter(at.col)}${at.row}`;
}

export function cellLabel(at: CellRef): Label {
  return { th: `แผ่นงาน ${at.sheet} เซลล์ ${a1Of(at)}`, en: `${at.sheet} cell ${a1Of(at)}` };
}

/** An error about one cell: 'แผ่นงาน กรอบการประเมิน เซลล์ G14: …' / 'กรอบการประเมิน cell G14: …'. */
export function cellError(at: CellRef, th: string, en: string): ItaError {
  const where = cellLabel(at);
  return new ItaError(`${where.th}: ${th}`, `${where.en}: ${en}`);
}

/** An error about a set of rows (a whole list): 'แผ่นงาน กรอบการประเมิน แถวที่ 20–42: …'. */
export function rowsError(sheet: string, first: number, last: number, th: string, en: string): ItaError {
  const rows = first === last ? `${first}` : `${first}–${last}`;
  return new ItaError(`แผ่นงาน ${sheet} แถวที่ ${rows}: ${th}`, `${sheet} rows ${rows}: ${en}`);
}

/** Cell text, trimmed, with runs of spaces (and line breaks) made one space; '' when blank. */
export function textOf(v: GridValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return v.date;
  return String(v).replace(/\s+/g, ' ').trim();
}

/** A number in 0–100, or null when blank. */
export function percentAt(v: GridValue | undefined, at: CellRef): number | null {
  const n = cellNumber(v, () => cellLabel(at));
  if (n !== null && (n < 0 || n > 100)) throw cellError(at, `ต้องเป็นตัวเลข 0–100 (${n})`, `must be a number 0–100 (${n})`);
  return n;
}

/** A day of the year: a date cell or '30 เมษายน', '๓๐ เม.ย.', '30 เมษายน 2569' (the year aside); null when blank. */
export function monthDayAt(v: GridValue | undefined, at: CellRef): MonthDay | null {
  const text = toArabicDigits(textOf(v));
  if (!text) return null;
  const full = dayOfCell(isDateValue(v) ? v : text);
  if (full) return { m: full.m, d: full.d };
  const m = /^(\d{1,2})\s*([ก-๙.]+)$/.exec(text);
  const name = m ? m[2].replace(/\s+/g, '') : '';
  const month = Math.max((THAI_MONTHS as readonly string[]).indexOf(name), (THAI_MONTHS_SHORT as readonly string[]).indexOf(name)) + 1;
  // Checked against a leap year: 29 February is a day of some years; 31 April of none.
  if (m && month && Number(m[1]) >= 1 && Number(m[1]) <= daysInMonth(2024, month)) return { m: month, d: Number(m[1]) };
  throw cellError(at, `ต้องเป็นวันและเดือน เช่น 30 เมษายน ("${textOf(v)}")`, `must be a day and month, such as 30 เมษายน ("${textOf(v)}")`);
}

const RANGE = /^(\d{4})\s*[-–—]\s*(\d{4})$/;
const OPEN = /^(?:ตั้งแต่\s*)?(?:พ\.?\s*ศ\.?\s*)?(\d{4})\s*(?:\+|ขึ้นไป|เป็นต้นไป)$|^ตั้งแต่\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4})$/;

/** A fiscal year or range: 2568, '๒๕๖๘', '2561–2565', '2569 ขึ้นไป', '2569+'; null when blank. */
export function yearRangeAt(v: GridValue | undefined, at: CellRef): { from: number; to: number } | null {
  const text = toArabicDigits(textOf(v));
  if (!text) return null;
  const label = cellLabel(at);
  const year = (s: string) => parseYear(s, label) as number;
  const range = RANGE.exec(text);
  if (range) {
    const [from, to] = [year(range[1]), year(range[2])];
    if (from > to) throw cellError(at, `ช่วงปี ${from}–${to} เริ่มหลังปีที่สิ้นสุด`, `the range ${from}–${to} starts after it ends`);
    return { from, to };
  }
  const open = OPEN.exec(text);
  if (open) return { from: year(open[1] ?? open[2]), to: LAST_EDITION_YEAR };
  const single = parseYear(typeof v === 'number' ? v : text, label) as number;
  return { from: single, to: single };
}

/** An error about several cells of one row ('เซลล์ D6:G6'), or of several rows ('เซลล์ D6, F9'). */
export function cellsError(ats: readonly CellRef[], th: string, en: string): ItaError {
  if (ats.length === 1) return cellError(ats[0], th, en);
  const sorted = [...ats].sort((a, b) => a.row - b.row || a.col - b.col);
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const contiguous = sorted.every((a, k) => a.row === first.row && a.col === first.col + k);
  const where = contiguous ? `${a1Of(first)}:${a1Of(last)}` : sorted.map(a1Of).join(', ');
  return new ItaError(`แผ่นงาน ${first.sheet} เซลล์ ${where}: ${th}`, `${first.sheet} cells ${where}: ${en}`);
}
