/**
 * Which indicator a row of a pasted table is about. Numbers come first (ตัวชี้วัดที่ 4, a number
 * column, '๔.'), an exact name beats a number (ranked tables number rows by rank), and a name
 * typed with a slip (a dropped vowel or tone mark, a stray space, the pre-2566 name of indicator
 * 8) is matched by edit distance when no number says otherwise.
 */
import { INDICATORS } from '../editions';
import { INDICATOR_8_OLD_NAME_TH } from '../editions/indicators';
import { toArabicDigits } from '../numbers';
import { remembered } from '../remember';
import { editDistanceWithin, foldThai } from './thai-text';

export interface IndicatorHit {
  no: number;
  /** Index of the text that named or numbered it. */
  position: number;
  /** A number alone may be something else under an OIT heading (๐๒ is o2 there). */
  by: 'number' | 'name' | 'slip';
  /** Set when 'ตัวชี้วัดที่ N' and the name disagree: the name won, the number is kept for a warning. */
  numberSaid?: number;
}

const NAMES = [...INDICATORS.map((i) => ({ no: i.no, folded: foldThai(i.nameTh) })), { no: 8, folded: foldThai(INDICATOR_8_OLD_NAME_TH) }];
/** Share of a name's letters that may differ. The closest two names differ by 38% (5 and 10). */
const MAX_SLIP = 0.25;
/** Longer cells are running text; a fuzzy match there would find names that are not there. */
const MAX_FUZZY_TEXT = 80;
/** Letters a cell may have beyond the name (a suffix like ของหน่วยงาน) and still be matched by slip. */
const MAX_EXTRA = 0.3;
const EXPLICIT = /ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})(?![0-9๐-๙.])/;
const BARE = /^\s*([0-9๐-๙]{1,2})\s*\.?\s*$/;
/** '๔. การใช้ทรัพย์สิน…' in one cell; '9.1 ข้อมูลพื้นฐาน' (a sub-indicator) is not a number prefix. */
const PREFIXED = /^\s*([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])\s*(\S.{0,40})$/s;
const SCORE_TAIL = /(ได้|มี(ระดับ)?)?\s*คะแนน.*$/s;

/**
 * @param texts the row's non-empty cells as text, in order
 * @param rankTable the table's header says อันดับ: a bare number is a rank, not an indicator
 * @param slips whether to try names typed with a slip (only rows that carry a score need it)
 */
export function indicatorOfRow(texts: string[], rankTable: boolean, slips = true): IndicatorHit | null {
  const head = texts.slice(0, 3);
  let explicit: IndicatorHit | null = null;
  let named: IndicatorHit | null = null;
  for (let k = 0; k < head.length; k++) {
    const m = EXPLICIT.exec(head[k]);
    if (!explicit && m) explicit = validNo(Number(toArabicDigits(m[1])), k);
    const n = exactName(head[k]);
    if (!named && n) named = { no: n, position: k, by: 'name' };
  }
  const byNumber = explicit ?? numberOf(head, rankTable);
  if (named) return explicit && explicit.no !== named.no ? { ...named, numberSaid: explicit.no } : named;
  if (byNumber || !slips) return byNumber;
  for (let k = 0; k < head.length; k++) {
    const no = fuzzyName(head[k]);
    if (no) return { no, position: k, by: 'slip' };
  }
  return null;
}

function validNo(no: number, position: number): IndicatorHit | null {
  return no >= 1 && no <= 10 ? { no, position, by: 'number' } : null;
}

/** A number column ('4', '๔.') followed by something, or '๔. ชื่อ' in one short cell. */
function numberOf(texts: string[], rankTable: boolean): IndicatorHit | null {
  if (rankTable || !texts.length) return null;
  const bare = BARE.exec(toArabicDigits(texts[0]));
  if (bare && texts.length >= 2) return validNo(Number(bare[1]), 0);
  const prefixed = PREFIXED.exec(toArabicDigits(texts[0]));
  return prefixed ? validNo(Number(prefixed[1]), 0) : null;
}

/**
 * Texts remembered by the two name readers below: a roll-up reads the same table layout for every
 * agency, so a worker folds and compares each of its cells once.
 */
const REMEMBERED = 2048;

/** The indicator whose name appears first in the text (longest name on a tie). */
const exactName = remembered(exactNameOf, REMEMBERED);

function exactNameOf(text: string): number | null {
  const folded = foldThai(text);
  let best: { no: number; at: number; length: number } | null = null;
  for (const n of NAMES) {
    const at = folded.indexOf(n.folded);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && n.folded.length > best.length)) best = { no: n.no, at, length: n.folded.length };
  }
  return best?.no ?? null;
}

/** The one indicator within MAX_SLIP of the cell's words, numbering and score text left out. */
export const fuzzyName: (text: string) => number | null = remembered(fuzzyNameOf, REMEMBERED);

function fuzzyNameOf(text: string): number | null {
  const words = text
    .replace(EXPLICIT, '')
    .replace(/^\s*[0-9๐-๙.)\s]+/, '')
    .replace(SCORE_TAIL, '');
  if (!words.trim() || words.length > MAX_FUZZY_TEXT) return null;
  const folded = foldThai(words);
  const scored = NAMES.map((n) => ({ no: n.no, folded: n.folded, slip: editDistanceWithin(n.folded, folded) / [...n.folded].length })).sort(
    (a, b) => a.slip - b.slip,
  );
  const [best] = scored;
  const rival = scored.find((s) => s.no !== best.no);
  if (best.slip > MAX_SLIP || (rival && rival.slip <= MAX_SLIP)) return null;
  // Text much shorter than the name matches only part of it; much longer, it is a sentence that mentions it.
  const name = [...best.folded].length;
  const length = [...folded].length;
  return length >= name * (1 - MAX_SLIP) && length <= name * (1 + MAX_EXTRA) ? best.no : null;
}

/**
 * True when a cell says an indicator's name and nothing more (its number or code and a score
 * aside). '036 แผนปฏิบัติการป้องกันการทุจริต' only contains indicator 10's name: it is an item.
 */
export function isOnlyIndicatorName(text: string): boolean {
  const words = text
    .replace(EXPLICIT, '')
    .replace(/^\s*[0-9๐-๙.)\s]+/, '')
    .replace(SCORE_TAIL, '')
    .replace(/[\s0-9๐-๙.]+$/, '');
  const folded = foldThai(words);
  return NAMES.some((n) => n.folded === folded);
}
