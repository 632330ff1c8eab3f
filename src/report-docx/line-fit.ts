/**
 * A short line (a signer's name or position) fitted to a narrow cell without a break inside a word:
 * Thai has no spaces, so a word processor breaks a long position wherever its dictionary allows
 * ("ปลัดองค์การบริหาร / ส่วนตำบล…"). We choose the breaks (at spaces and around the words that start
 * an agency's or a unit's name) and glue each line so nothing else breaks it.
 */
import { remembered } from '../core/remember';

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

/**
 * Words no line breaks inside, in any text of a document: compounds LibreOffice's dictionary splits
 * ("หน่วย / งาน", "ผู้รับผิด / ชอบ" on our pages). Each is written as the dictionary's words ("|"):
 * a word joiner between them forbids the break, while each part stays a word the dictionary knows,
 * so the breaks around the compound are still found (a joiner between every letter is not: the
 * dictionary then meets fragments and breaks inside them and their neighbours).
 */
export const WHOLE_WORDS = [
  'ผู้|รับ|ผิด|ชอบ',
  'ผู้|รับ|บริการ',
  'ผู้|บริหาร',
  'ปี|งบ|ประมาณ',
  'งบ|ประมาณ',
  'หน่วย|งาน',
  'ดำเนิน|การ',
  'ดำเนิน|งาน',
  'ขั้น|ตอน',
  'ขับ|เคลื่อน',
  'ส่ง|เสริม',
  'เผย|แพร่',
  'เปิด|เผย',
  'เป้า|หมาย',
  'เครื่อง|มือ',
  'เจ้า|หน้า|ที่',
  'ชี้|แจง',
  'จัด|ทำ',
  'คืบ|หน้า',
  'ก้าว|หน้า',
  'ผู้|มี|ส่วน|ได้',
  'ส่วน|ได้',
  'ส่วน|เสีย',
  'ส่วน|ร่วม',
  'ผู้|ใช้|บริการ',
  'ผู้|ว่า|ราชการ',
  'ตัว|ชี้|วัด',
  'รับ|ผิด|ชอบ',
  'ร้อง|เรียน',
  'ตรวจ|สอบ',
  'แต่ง|ตั้ง',
  'มอบ|หมาย',
  'ทับ|ซ้อน',
  'ผล|ประโยชน์',
  'ประพฤติ|มิ|ชอบ',
  'ข้อ|เสนอ|แนะ',
  'ข้อ|เสนอ',
  'ข้อ|เท็จ|จริง',
  'หลัก|เกณฑ์',
  'แนว|ปฏิบัติ',
  'เลือก|ปฏิบัติ',
  'แล้ว|เสร็จ',
  'จัด|ซื้อ',
  'จัด|จ้าง',
  'ทั่ว|ถึง',
  'ตรง|ไป|ตรง|มา',
  'ผล|สัมฤทธิ์',
  'ค่า|ธรรมเนียม',
  'ภาค|รัฐ',
  'ระยะ|เวลา',
  'อิน|โฟ|กราฟิก',
  'ช่อง|ทาง',
  'ข้อ|คำถาม',
  'ผล|สำเร็จ',
  'ล่วง|หน้า',
];
const JOINED = new Map(WHOLE_WORDS.map((w) => [w.replace(/\|/g, ''), w.replace(/\|/g, '\u2060')]));
const WHOLE = new RegExp([...JOINED.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
/** ผู้ makes a noun of the word after it ("ผู้ / แจ้งเบาะแส" broke on a page): never the end of a line. */
const WHO = /ผู้(?=[\u0e01-\u0e2e\u0e40-\u0e44])/g;
/** "พ.ศ. ๒๕๖๙": the era and its year on one line. */
const ERA_YEAR = /([พค]\.ศ\.) (?=[0-9๐-๙]{4})/g;

/** Thai marks above and below (and sara am) never start a cluster. */
const MARK = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;
/** U+2060 WORD JOINER and U+00A0 NO-BREAK SPACE: invisible, they only forbid a line break. */
export const JOIN = '\u2060';
export const NBSP = '\u00a0';

/**
 * Advance widths in em of TH Sarabun New (Laksaman has its metrics), grouped to two digits; a
 * character not listed takes 0.58, the most common width of a Thai consonant.
 */
const ADVANCE: [string, number][] = [
  ['\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u2060\u200b', 0],
  [".,:;'", 0.24],
  ['()[]', 0.29],
  [' \u00a0-"', 0.32],
  ['เโใไๅ', 0.33],
  ['/', 0.41],
  ['งาำร', 0.47],
  ['abcdefghijklmnopqrstuvwxyz', 0.5],
  ['ธวฐะ', 0.52],
  ['0123456789–', 0.54],
  ['นฎฏภหบปทษ', 0.64],
  ['พฟฬฑ๐๑๒๓๔๕๖๗๘๙', 0.68],
  ['ฌญฒณ', 0.8],
  ['%', 0.88],
];
const EM = new Map(ADVANCE.flatMap(([chars, em]) => [...chars].map((ch) => [ch, em] as const)));
/** Bold letters are about 5% wider (Laksaman Bold over Regular). */
const BOLD = 1.05;

/** Estimated width in cm of a line of `text` at a size in half-points, bold or not. */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  return ems(text) * cmPerEm(halfPoints, bold);
}

function cmPerEm(halfPoints: number, bold: boolean): number {
  return (halfPoints / 2 / 72) * 2.54 * (bold ? BOLD : 1);
}

/** Width in em: the sum of the characters' advances. */
function ems(text: string): number {
  let units = 0;
  for (const ch of text) units += EM.get(ch) ?? 0.58;
  return units;
}

/** Widths remembered below: a worker's reports share about 600 texts, each adds about 110. */
const REMEMBERED = 8192;

/**
 * The listed compounds joined, ผู้ with its word, an era with its year; breaks between words stay
 * the word processor's. kit.ts remembers each text's result as printed.
 */
export function keepWords(text: string): string {
  return text
    .replace(WHOLE, (word) => JOINED.get(word)!)
    .replace(WHO, `ผู้${JOIN}`)
    .replace(ERA_YEAR, `$1${NBSP}`);
}

/**
 * Width in cm of the widest piece of `text` no line may break: a listed compound, or a word of no
 * Thai letters (a number, a Latin word), which the word processor keeps whole.
 */
export function widestWhole(text: string, halfPoints: number, bold = false): number {
  // The widest piece is the same at every size: its width in em is remembered, then scaled.
  return widestEm(text) * cmPerEm(halfPoints, bold);
}

const widestEm = remembered((text) => {
  const plain = text.replace(/\u2060/g, '');
  const pieces = [...(plain.match(WHOLE) ?? []), ...plain.split(/[ \n]+/).filter((t) => !/[\u0e01-\u0e2e]/.test(t))];
  return Math.max(0, ...pieces.map(ems));
}, REMEMBERED);

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
