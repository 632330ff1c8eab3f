/**
 * The document's building blocks with Thai government typography: TH Sarabun New 16 pt (complex
 * script size and bold set too, as Word shapes Thai with them), Thai justification, headings Word
 * and LibreOffice list in the table of contents, tables with a repeated header row. Every text run
 * passes through the digit style, so the whole document has one.
 */
import { Paragraph, Picture, run as textRun, Table, type Align, type Inline, type RunProps } from './wml/body';
import { toArabicDigits, toThaiDigits } from '../core/numbers';
import { remembered } from '../core/remember';
import type { DigitStyle } from '../core/report';
import { JOIN, keepWords, NBSP, widestWhole } from './line-fit';

export const FONT = 'TH Sarabun New';
export const FALLBACK_FONT = 'Sarabun';
/** Half-points. */
export const BODY = 32;
export const SMALL = 28;
export const TWIP_PER_CM = 567;
export const HEADER_FILL = 'DCE6F1';
/** 12 pt: the smallest a cell's text is printed to keep its widest word whole. */
export const MIN_CELL_SIZE = 24;
/** A table cell's left and right margins (80 twips each) and some slack for the width estimate, in cm. */
const CELL_PADDING = 0.4;

export interface Kit {
  /** A run's text: the digit style, and no line break inside a word or a short parenthesis. */
  digits: (text: string) => string;
  /** Text in the digit style only, for what is not printed on a page (the file's title, a chart's description). */
  plain: (text: string) => string;
  run: (text: string, opts?: RunOpts) => Inline;
  p: (content: string | Inline[], opts?: ParaOpts) => Paragraph;
  heading: (text: string, level: 1 | 2, opts?: { pageBreakBefore?: boolean }) => Paragraph;
  table: (columns: Column[], rows: Cell[][], opts?: TableOpts) => Table;
  /** A chart scaled to `px` pixels wide, with its title and what it shows for screen readers. */
  picture: (chart: { png: Uint8Array; width: number; height: number }, px: number, alt: { title: string; description: string }) => Inline;
}

export interface RunOpts {
  bold?: boolean;
  size?: number;
  italics?: boolean;
  color?: string;
}

export interface ParaOpts extends RunOpts {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent (cm): Thai paragraphs start indented. */
  indent?: number;
  /** Left indent (cm). */
  left?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

export interface TableOpts {
  size?: number;
  /** The header row's size when it differs (a wide table's headings in two lines, not three). */
  headerSize?: number;
  header?: boolean;
  /** Rows are kept whole on a page unless this is set. */
  rowsSplit?: boolean;
  /** The last row's lines keep with what follows (Word; LibreOffice keeps the paragraph after the table instead). */
  lastWithNext?: boolean;
  /** A short table kept on one page: each row's lines keep with the next row (Word and LibreOffice). */
  whole?: boolean;
  /** Line spacing of the body rows, in 240ths of a line (240 = single), when tighter than single. */
  line?: number;
}

export interface Column {
  header: string;
  /** cm */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A cell: text (line breaks kept), or text with options. */
export type Cell = string | { text: string; bold?: boolean; fill?: string; color?: string; align?: 'left' | 'center' | 'right'; span?: number };

const ALIGN: Record<'left' | 'center' | 'right' | 'justify', Align> = { left: 'left', center: 'center', right: 'right', justify: 'thaiDistribute' };

/**
 * Keeps whole what must not break across lines (LibreOffice's Thai line breaking splits them): a
 * hyphenated Latin word ('E-Service'), an item code and its number ('o๑๐'), a short parenthesis
 * ('(No Gift Policy)', '(๕ / ๓.๕๐ คะแนน)'). In a narrow table cell only a Latin parenthesis is kept
 * whole: a Thai one wider than the cell would break inside a word instead of at its space. Any
 * parenthesis may break at its spaces, but its brackets stay with the words they enclose (no "("
 * ending a line), and a "(" before Thai text with the word before it.
 */
export function keepWhole(text: string, narrow = false): string {
  return (
    text
      .replace(/([A-Za-z])-([A-Za-z])/g, `$1${JOIN}-${JOIN}$2`)
      // LibreOffice breaks after a "(" before Thai letters despite a joiner; after a no-break space it does
      // not. Only there: a Latin parenthesis glued to its word too would make long unbreakable runs.
      .replace(/ \((?=[\u0e01-\u0e4e])/g, `${NBSP}(`)
      .replace(/\(([^()\n]{1,24})\)/g, (all: string, inner: string) =>
        narrow && !/^[A-Za-z -]+$/.test(inner) ? all : `(${JOIN}${inner.replace(/ /g, NBSP)}${JOIN})`,
      )
      .replace(/\((?=[^\s\u2060])/g, `(${JOIN}`)
      .replace(/([^\s\u2060])\)/g, `$1${JOIN})`)
      .replace(/\b([ieo])([0-9๐-๙]+)/g, `$1${JOIN}$2`)
  );
}

/** Texts as printed, per digit style, in running text and in table cells: remembered per process (a pack worker's reports share most texts). */
const prepared = (toDigits: (t: string) => string) => ({
  digits: remembered((text) => keepWords(keepWhole(toDigits(text))), 8192),
  cellText: remembered((text) => keepWords(keepWhole(toDigits(text), true)), 8192),
});
const PREPARED: Record<DigitStyle, ReturnType<typeof prepared>> = { thai: prepared(toThaiDigits), arabic: prepared(toArabicDigits) };

export function makeKit(style: DigitStyle): Kit {
  const toDigits = style === 'thai' ? toThaiDigits : toArabicDigits;
  const { digits, cellText } = PREPARED[style];
  const run = (text: string, o: RunOpts = {}) => textRun(digits(text), runStyle(o));
  const p = (content: string | Inline[], o: ParaOpts = {}) =>
    new Paragraph(typeof content === 'string' ? lines(content, o) : content, {
      keepNext: o.keepNext,
      pageBreakBefore: o.pageBreakBefore,
      spacing: { after: o.after ?? 0, before: o.before ?? 0 },
      indent: indentOf(o),
      align: ALIGN[o.align ?? 'justify'],
    });
  const lines = (text: string, o: RunOpts) => text.split('\n').map((line, k) => textRun(digits(line), runStyle(o), k > 0));
  const heading = (text: string, level: 1 | 2, o: { pageBreakBefore?: boolean } = {}) => {
    const shown = digits(text);
    return new Paragraph([textRun(shown)], { style: `Heading${level}`, keepNext: true, pageBreakBefore: o.pageBreakBefore }, { level, text: shown });
  };
  const table = (columns: Column[], rows: Cell[][], o: TableOpts = {}) => {
    const size = o.size ?? SMALL;
    const cellOf = (c: Cell, cols: Column[], header: boolean, keepNext = false) => {
      const spacing = !header && o.line ? { line: o.line } : undefined;
      const spec = typeof c === 'string' ? { text: c } : c;
      const span = spec.span ?? 1;
      const col = cols[0];
      const bold = header || spec.bold;
      const at = fittedSize(
        cellText(spec.text),
        cols.reduce((n, x) => n + x.width, 0),
        header ? (o.headerSize ?? size) : size,
        bold,
      );
      const style = runStyle({ size: at, bold, color: spec.color });
      const align = ALIGN[header ? 'center' : (spec.align ?? col.align ?? 'left')];
      return {
        blocks: spec.text.split('\n').map((line) => new Paragraph([textRun(cellText(line), style)], { keepNext: keepNext || undefined, spacing, align })),
        props: {
          span: span > 1 ? span : undefined,
          fill: header ? HEADER_FILL : spec.fill,
          margins: CELL_MARGINS,
          vAlign: header ? ('center' as const) : ('top' as const),
        },
      };
    };
    const header = o.header === false ? [] : [{ header: true, cantSplit: true, cells: columns.map((col) => cellOf(col.header, [col], true, !!o.whole)) }];
    const body = rows.map((r, n) => {
      let at = 0;
      const last = n === rows.length - 1 ? !!o.lastWithNext : !!o.whole;
      return {
        cantSplit: !o.rowsSplit,
        cells: r.map((c) => {
          const span = typeof c === 'string' ? 1 : (c.span ?? 1);
          const cell = cellOf(c, columns.slice(at, at + span), false, last);
          at += span;
          return cell;
        }),
      };
    });
    return new Table([...header, ...body], { columns: columns.map((c) => cm(c.width)), width: cm(columns.reduce((n, c) => n + c.width, 0)) });
  };
  const picture: Kit['picture'] = (chart, px, alt) =>
    new Picture(chart.png, Math.round(px), Math.round((px * chart.height) / chart.width), {
      title: toDigits(alt.title),
      description: toDigits(alt.description),
    });
  return { digits, plain: toDigits, run, p, heading, table, picture };
}

/**
 * A cell's size: its own, or smaller when its widest unbreakable word would not fit the column
 * (the word processor would cut it letter by letter), never below 12 pt.
 */
function fittedSize(text: string, width: number, size: number, bold: boolean | undefined): number {
  const widest = widestWhole(text, size, bold);
  const room = width - CELL_PADDING;
  return widest <= room ? size : Math.max(Math.min(size, MIN_CELL_SIZE), Math.floor((size * room) / widest));
}

export function runStyle(o: RunOpts): RunProps {
  return { bold: o.bold, italics: o.italics, size: o.size ?? BODY, color: o.color };
}

/** A table cell's margins, twips: 0.14 cm each side, a little above and below. */
const CELL_MARGINS = { top: 20, left: 80, bottom: 20, right: 80 };

/** A negative first-line indent hangs (bullets). */
function indentOf(o: ParaOpts) {
  if (!o.indent && !o.left) return undefined;
  const first = o.indent ?? 0;
  return { left: cm(o.left ?? 0), ...(first < 0 ? { hanging: cm(-first) } : { firstLine: cm(first) }) };
}

export function cm(x: number): number {
  return Math.round(x * TWIP_PER_CM);
}
