/**
 * Measures each worksheet of an .xlsx from its XML, streaming and stopping at the first limit
 * passed, so an oversized sheet is refused in a moment instead of being built cell by cell.
 * The <dimension> element is not trusted: some writers omit it or get it wrong.
 */
import { columnNumber } from '../core/grid';
import { LIMITS, sheetTooLarge, type SheetLimit } from './limits';
import { entryChunks, entryText, type ZipEntry } from './zip-entries';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// Tags are ASCII, so the XML is scanned as latin1: a Thai character never holds '<' or '>' bytes.
const TAG = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
const REF = /\br="([A-Za-z]*)(\d*)"/;

export interface SheetSize {
  /** Last row and column holding a value (1-based); cells counted whether empty or not. */
  rows: number;
  cols: number;
  cells: number;
}

/** Throws the limit a worksheet passes, naming the sheet as the user sees it. */
export async function checkSheetSizes(bytes: Buffer, entries: ZipEntry[], path: string): Promise<void> {
  const names = await sheetNames(bytes, entries);
  for (const entry of entries.filter((e) => WORKSHEET.test(e.name))) {
    const size = await measureSheet(entryChunks(bytes, entry));
    const over = passedLimit(size);
    if (over) throw sheetTooLarge(path, names.get(entry.name) ?? entry.name, over);
  }
}

/** Reads until the end of the sheet or until a limit is passed, whichever comes first. */
export async function measureSheet(chunks: AsyncIterable<Buffer>): Promise<SheetSize> {
  const size: SheetSize = { rows: 0, cols: 0, cells: 0 };
  let row = 0;
  let col = 0;
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk.toString('latin1');
    // Keep a tag cut in two by the chunk boundary for the next round.
    const open = text.lastIndexOf('<');
    const end = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
    carry = text.slice(end);
    for (const [, tag, attrs, selfClosing] of text.slice(0, end).matchAll(TAG)) {
      const ref = REF.exec(attrs);
      if (tag === 'row') {
        row = ref?.[2] ? Number(ref[2]) : row + 1;
        col = 0;
        continue;
      }
      col = ref?.[1] ? columnNumber(ref[1]) : col + 1;
      if (ref?.[2]) row = Number(ref[2]);
      size.cells++;
      // <c r="B2" s="3"/> is formatting only; a cell with content has a body.
      if (!selfClosing) {
        size.rows = Math.max(size.rows, row);
        size.cols = Math.max(size.cols, col);
      }
    }
    if (passedLimit(size)) break;
  }
  return size;
}

function passedLimit(size: SheetSize): SheetLimit | null {
  if (size.rows > LIMITS.rows) return 'rows';
  if (size.cols > LIMITS.cols) return 'cols';
  if (size.cells > LIMITS.cells) return 'cells';
  return null;
}

/** Worksheet file → the sheet's name, through workbook.xml and its relations. */
async function sheetNames(bytes: Buffer, entries: ZipEntry[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const book = entries.find((e) => e.name === 'xl/workbook.xml');
  const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels');
  if (!book || !rels) return names;
  const targets = new Map<string, string>();
  for (const [tag] of (await entryText(bytes, rels)).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of (await entryText(bytes, book)).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
    const file = id ? targets.get(id) : undefined;
    if (name !== undefined && file) names.set(file, xmlText(name));
  }
  return names;
}

function xmlText(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string, hex: string, named: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named.toLowerCase()] ?? '';
  });
}
