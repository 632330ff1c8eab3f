/**
 * A short line (a signer's name or position) fitted to a narrow cell without a break inside a word:
 * Thai has no spaces, so a word processor breaks a long position wherever its dictionary allows
 * ("ปลัดองค์การบริหาร / ส่วนตำบล…"). We choose the breaks (at spaces and around the words that start
 * an agency's or a unit's name) and glue each line so nothing else breaks it.
 */

/** Words a position may break before, and after when they name an agency type (before its place name). */
const BREAK_BEFORE = [
  'องค์การบริหารส่วนจังหวัด',
  'องค์การบริหารส่วนตำบล',
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'สำนักงาน',
  'โรงเรียน',
  'รักษาราชการแทน',
  'ปฏิบัติหน้าที่',
  'และ',
];
const BREAK_AFTER = ['องค์การบริหารส่วนจังหวัด', 'องค์การบริหารส่วนตำบล', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล'];

/** Thai marks above and below (and sara am) take no width of their own and never start a cluster. */
const MARK = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;
const JOIN = '\u2060';
const NBSP = '\u00a0';

/**
 * Estimated width in cm at a size in half-points: Thai Sarabun-like fonts take about 0.55 em per
 * spacing character and a third of that for a space (measured on LibreOffice's PDF of a 14 pt cell).
 */
export function textWidth(text: string, halfPoints: number): number {
  const em = (halfPoints / 2 / 72) * 2.54;
  let units = 0;
  for (const ch of text) units += MARK.test(ch) ? 0 : ch === ' ' || ch === NBSP ? 0.2 : 0.55;
  return units * em;
}

/** Text no line break can enter: word joiners between clusters, no-break spaces. */
export function glued(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === ' ') out += NBSP;
    else out += out && !MARK.test(ch) ? JOIN + ch : ch;
  }
  return out;
}

/** Places a line may break: after a space and before the words above; inside an agency's name only when `all`. */
function breaks(text: string, all: boolean): number[] {
  const at = new Set<number>();
  for (let i = 0; i < text.length; i++) if (text[i] === ' ') at.add(i + 1);
  for (const w of BREAK_BEFORE) for (let i = text.indexOf(w); i > 0; i = text.indexOf(w, i + 1)) at.add(i);
  if (all) for (const w of BREAK_AFTER) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.add(i + w.length);
  return [...at].filter((i) => i > 0 && i < text.length).sort((a, b) => a - b);
}

/**
 * The text in as few lines as fit `width` cm at `halfPoints`, broken only at the places above; a
 * piece wider than the cell keeps a line of its own. Lines are trimmed, not yet glued.
 */
export function fitLines(text: string, width: number, halfPoints: number): string[] {
  if (textWidth(text, halfPoints) <= width) return [text];
  // The agency's name whole ("เทศบาลตำบลทุ่งผึ้ง") when it fits a line; split after its type when not.
  const whole = packed(text, breaks(text, false), width, halfPoints);
  return whole.every((l) => textWidth(l, halfPoints) <= width) ? whole : packed(text, breaks(text, true), width, halfPoints);
}

function packed(text: string, at: number[], width: number, halfPoints: number): string[] {
  const cuts = [0, ...at, text.length];
  const pieces = cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trim(), halfPoints) > width) {
      lines.push(line.trim());
      line = '';
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
