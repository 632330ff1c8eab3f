/**
 * A status cell read by meaning as spreadsheet arithmetic, with the words statusMeaning reads
 * (values.ts), so the summary sheet and the plan's colours count 'เสร็จสิ้น' or 'Done' as done, like
 * the follow-up does. FIND, LEFT, SUBSTITUTE and comparisons only: one expression works on a cell
 * and over a column (SUMPRODUCT) in Google Sheets, Excel and LibreOffice alike.
 */
import { MEANING_ORDER, STATUS_WORDS } from './values';

type Meaning = (typeof MEANING_ORDER)[number];

/** 1 when the cell's text means this status (the first meaning in MEANING_ORDER it says), else 0. */
export function statusIs(cell: string, meaning: Meaning): string {
  // A plan asks this for every row: the words are put together once per meaning, the cell between.
  let pieces = PIECES.get(meaning);
  if (!pieces) {
    pieces = formula(CELL, meaning).split(CELL);
    PIECES.set(meaning, pieces);
  }
  return pieces.join(cell);
}

/** Stands for the cell while the formula is put together: no status word or formula has it. */
const CELL = '\u0000';
const PIECES = new Map<Meaning, string[]>();

function formula(cell: string, meaning: Meaning): string {
  // Spaces left out, as statusMeaning does; comparisons with "=" ignore the case of Latin letters.
  const c = `SUBSTITUTE(${cell}," ","")`;
  const says = (m: Meaning) => {
    const { anywhere, start, whole } = STATUS_WORDS[m];
    const tests = [
      ...anywhere.map((w) => `ISNUMBER(FIND("${w}",${c}))`),
      ...start.map((w) => `(LEFT(${c},${w.length})="${w}")`),
      ...whole.map((w) => `(${c}="${w}")`),
    ];
    return `((${tests.join('+')})>0)`;
  };
  const before = MEANING_ORDER.slice(0, MEANING_ORDER.indexOf(meaning));
  return `(${[says(meaning), ...before.map((m) => `(1-${says(m)})`)].join('*')})`;
}
