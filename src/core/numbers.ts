import { ItaError, type Label } from './errors';
import { shownValue } from './thai-months';

const THAI_ZERO = 0x0e50;

/** '๙๘.๒๙' → '98.29'. Other characters are left alone. */
export function toArabicDigits(text: string): string {
  return swapDigits(text, THAI_ZERO, ARABIC);
}

/** '96.47' → '๙๖.๔๗', for text meant to read like the agencies' own documents. */
export function toThaiDigits(text: string): string {
  return swapDigits(text, 0x30, THAI);
}

const ARABIC = [...'0123456789'];
const THAI = [...'๐๑๒๓๔๕๖๗๘๙'];

/**
 * `text` with each character from `zero` to `zero` + 9 written as `digits` has it. One pass and
 * no copy when there is no digit: a report converts a few thousand texts, most without digits.
 */
function swapDigits(text: string, zero: number, digits: readonly string[]): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - zero;
    if (d >= 0 && d <= 9) {
      out += text.slice(last, i) + digits[d];
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Digits of text meant for a document: Thai (๙๖.๔๗), as agencies print them, or Arabic (96.47). */
export type DigitStyle = 'thai' | 'arabic';

/** The one switch between ๙๖.๔๗ and 96.47 for text a person reads. */
export function inDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? toThaiDigits(text) : toArabicDigits(text);
}

// The common case (ASCII digits, maybe padded) skips digit conversion: custom functions parse many cells.
const PLAIN_NUMBER = /^ *\d+(?:\.\d+)? *$/;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// Spaces of every kind a pasted report may carry (NBSP, thin space, zero-width).
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const ONLY_SPACES = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/;

/** Parses number text with Thai or Arabic digits and stray spaces; null when it is not a number. */
export function parseNumberText(text: string): number | null {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const clean = toArabicDigits(text).replace(SPACES, '');
  if (!NUMBER_TEXT.test(clean)) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** True for what Sheets hands over for an empty cell. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && ONLY_SPACES.test(value));
}

/** A cell value as a number, or null when blank; throws when it is not a number. */
/** A label, or a function that makes one only when an error needs it (bulk parsing stays cheap). */
export type LazyLabel = Label | (() => Label);

function resolve(what: LazyLabel): Label {
  return typeof what === 'function' ? what() : what;
}

export function cellNumber(value: unknown, what: LazyLabel): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notANumber(String(value), what);
    return value;
  }
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    if (n === null) throw notANumber(value, what);
    return n;
  }
  throw notANumber(shownValue(value), what);
}

function notANumber(shown: string, lazy: LazyLabel): ItaError {
  const what = resolve(lazy);
  return new ItaError(`${what.th} ไม่ใช่ตัวเลข ("${shown}")`, `${what.en} is not a number ("${shown}")`);
}

/** A score 0–100 from a cell; blank, non-numbers and out-of-range values throw, naming the value. */
export function cellScore(value: unknown, lazy: LazyLabel): number {
  const n = cellNumber(value, lazy);
  if (n !== null && n >= 0 && n <= 100) return n;
  const what = resolve(lazy);
  if (n === null) throw new ItaError(`${what.th} ว่าง`, `${what.en} is blank`);
  if (n < 0 || n > 100) throw new ItaError(`${what.th} อยู่นอกช่วง 0–100 (${n})`, `${what.en} is outside 0–100 (${n})`);
  return n;
}

/**
 * Rounds to 2 decimals, half-up on the decimal value rather than the binary float: 90.145 is
 * stored as 90.14499999…, yet must round to 90.15. Scores are ≤ 100 and carry at most 4 decimals
 * in every edition, so a nudge far below 0.0001 and far above float error (~1e-12) is exact.
 */
export function round2(x: number): number {
  return Math.round(x * 100 + 1e-7) / 100;
}

/** Mean of numbers (callers never pass an empty list). */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** '96.5' → '96.50': the 2-decimal form the NACC prints. */
export function fixed2(x: number): string {
  return round2(x).toFixed(2);
}
