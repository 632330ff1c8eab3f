/**
 * Item codes at the start of a row: 'i24 …', 'E๑๒', 'ข้อ o๖', 'e-4'. Under an OIT heading a code
 * whose letter O was typed or scanned as a zero ('๐๒', '๐๒๑', '033') reads as o2, o21, o33.
 */
import { toArabicDigits } from '../numbers';

export interface ItemCode {
  /** Lower-case code: 'i2', 'e4', 'o36'. */
  code: string;
  /** The wording after the code, as typed. */
  rest: string;
}

const LETTER_CODE = /^\s*(?:ข้อ\s*)?([iIeEoO])\s*[-.]?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])\s*[.:)-]?\s*(.*)$/s;
const ZERO_CODE = /^\s*(?:ข้อ\s*)?[0๐]([0-9๐-๙]{1,2})(?![0-9๐-๙.,])\s*[.:)-]?\s*(.*)$/s;
/** Code-like but unreadable: 'l2', '1๒๑' (an I read as 1), a zero code outside an OIT list. */
const CODE_LIKE = /^\s*(?:ข้อ\s*)?(?:[A-Za-z]{1,2}\s*[-.]?\s*[0-9๐-๙]{1,3}|[0-9๐-๙]{2,3})(?![0-9๐-๙.,])/;

export function letterCode(text: string): ItemCode | null {
  const m = LETTER_CODE.exec(text);
  if (!m) return null;
  const n = Number(toArabicDigits(m[2]));
  return n > 0 ? { code: `${m[1].toLowerCase()}${n}`, rest: m[3].trim() } : null;
}

/** A zero-for-O code, read only where the list is known to be OIT. */
export function zeroCode(text: string): ItemCode | null {
  const m = ZERO_CODE.exec(text);
  if (!m) return null;
  const n = Number(toArabicDigits(m[1]));
  return n > 0 ? { code: `o${n}`, rest: m[2].trim() } : null;
}

/** True for a first cell that looks like an item code but is none we can read. */
export function looksLikeCode(value: unknown, text: string): boolean {
  const digits = /^\s*[0-9๐-๙]+\s*$/.test(text) ? Number(toArabicDigits(text)) : null;
  const n = typeof value === 'number' ? value : digits;
  // A plain number is an item number only past the ten indicators (and short of a year).
  if (n !== null && !/^\s*[0๐]/.test(text)) return Number.isInteger(n) && n > 10 && n < 1000;
  return CODE_LIKE.test(text);
}
