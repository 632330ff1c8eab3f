/** What the user types into the sidebar's fields, read and checked before anything is sent. */
import type { Msg } from './i18n';

export const YEAR_MIN = 2561;
export const YEAR_MAX = 2643;
export const PLAN_YEAR_MAX = YEAR_MAX + 1;
const BE_OFFSET = 543;

export type Parsed<T> = { ok: true; value: T | undefined; note?: Msg } | { ok: false; error: Msg };

/** Thai digits ๐–๙ to 0–9. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** A plain decimal number with Thai or Arabic digits; undefined when blank, NaN when not a number. */
export function readNumber(raw: string): number | undefined {
  const text = toArabicDigits(raw).replace(/[\s,]/g, '');
  if (text === '') return undefined;
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
}

/**
 * A year: B.E. as typed, or C.E. (e.g. 2025) converted to B.E. (+543). Accepts Thai digits and an
 * optional 'พ.ศ.' / 'ค.ศ.' / 'B.E.' / 'C.E.' marker.
 */
export function readYear(raw: string): { be: number; ce?: number } | undefined | null {
  const text = raw.trim();
  const ceMarked = /ค\.?\s*ศ\.?|\bC\.?\s*E\.?|\bA\.?\s*D\.?/i.test(text);
  const bare = text.replace(/พ\.?\s*ศ\.?|ค\.?\s*ศ\.?|\bB\.?\s*E\.?|\bC\.?\s*E\.?|\bA\.?\s*D\.?/gi, '');
  const n = readNumber(bare);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n)) return null;
  if (ceMarked || (n >= 1900 && n < 2400)) return { be: n + BE_OFFSET, ce: n };
  return { be: n };
}

export function parseYear(raw: string): Parsed<number> {
  const y = readYear(raw);
  if (y === undefined) return { ok: true, value: undefined };
  if (y === null) return { ok: false, error: { key: 'errYearFormat' } };
  if (y.be < YEAR_MIN || y.be > YEAR_MAX) {
    return { ok: false, error: { key: 'errYearRange', vars: { min: YEAR_MIN, max: YEAR_MAX } } };
  }
  return y.ce === undefined ? { ok: true, value: y.be } : { ok: true, value: y.be, note: { key: 'yearConverted', vars: { ce: y.ce, be: y.be } } };
}

export function parsePlanYear(raw: string, year: number | undefined): Parsed<number> {
  const y = readYear(raw);
  if (y === undefined) return { ok: true, value: undefined };
  if (y === null) return { ok: false, error: { key: 'errYearFormat' } };
  if (y.be < YEAR_MIN || y.be > PLAN_YEAR_MAX) {
    return { ok: false, error: { key: 'errPlanYearRange', vars: { min: YEAR_MIN, max: PLAN_YEAR_MAX } } };
  }
  if (year !== undefined && y.be < year) return { ok: false, error: { key: 'errPlanBeforeYear' } };
  return y.ce === undefined ? { ok: true, value: y.be } : { ok: true, value: y.be, note: { key: 'yearConverted', vars: { ce: y.ce, be: y.be } } };
}

export function parseTarget(raw: string): Parsed<number> {
  const n = readNumber(raw.replace(/%$/, ''));
  if (n === undefined) return { ok: true, value: undefined };
  if (Number.isNaN(n) || n < 0 || n > 100) return { ok: false, error: { key: 'errTarget' } };
  return { ok: true, value: n };
}

/** The e-mail rule and the address splitter are core's, shared with the server and sharing. */
export { isEmail, readAddresses as splitEmails } from '../src/core/email';
