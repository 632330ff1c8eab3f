/**
 * The body of a Word document as WordprocessingML, written directly: runs, paragraphs, tables,
 * pictures and the table of contents. Each block is serialised when the package is written
 * (package.ts), which numbers the pictures and the headings' bookmarks in document order.
 * Properties are written in the order the schema requires (ECMA-376 Part 1, §17).
 */
import { attrs, esc } from './xml';

/** What a block needs from the package while it is written. */
export interface WriteContext {
  /** A picture's relationship id and drawing id in this document. */
  picture(png: Uint8Array): { rId: string; id: number };
  /** The bookmark number of a heading the table of contents links to, when the document has one. */
  bookmark(heading: Paragraph): number | undefined;
  /** Headings in document order, for the table of contents. */
  readonly headings: readonly { level: number; text: string; id: number }[];
}

export interface Block {
  write(ctx: WriteContext): string;
}

/** A piece of a paragraph. */
export interface Inline {
  write(ctx: WriteContext): string;
}

export interface RunProps {
  /** The same face for every script (styles only; runs take the document's). */
  font?: string;
  bold?: boolean;
  italics?: boolean;
  /** Half-points; the complex-script size is the same. */
  size?: number;
  /** RRGGBB */
  color?: string;
  /** A language tag for every script (the document default). */
  lang?: string;
}

export function runProps(p: RunProps): string {
  let s = '';
  if (p.font) s += `<w:rFonts${attrs({ 'w:ascii': p.font, 'w:cs': p.font, 'w:eastAsia': p.font, 'w:hAnsi': p.font })}/>`;
  if (p.bold) s += '<w:b/><w:bCs/>';
  if (p.italics) s += '<w:i/><w:iCs/>';
  if (p.color) s += `<w:color w:val="${esc(p.color)}"/>`;
  if (p.size !== undefined) s += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  if (p.lang) s += `<w:lang${attrs({ 'w:val': p.lang, 'w:bidi': p.lang })}/>`;
  return s ? `<w:rPr>${s}</w:rPr>` : '';
}

/** Fixed XML: a run of text, a field character. */
class Fixed implements Inline {
  constructor(private readonly xml: string) {}
  write(): string {
    return this.xml;
  }
}

/** A run of text, after a line break when `lineBreak` is set. */
export function run(text: string, props: RunProps = {}, lineBreak = false): Inline {
  return new Fixed(`<w:r>${runProps(props)}${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`);
}

/** '- ๑ -': the current page number (a PAGE field) between the texts given. */
export function pageNumber(before: string, after: string, props: RunProps): Inline[] {
  const rPr = runProps(props);
  const r = (inner: string) => new Fixed(`<w:r>${rPr}${inner}</w:r>`);
  return [
    r(`<w:t xml:space="preserve">${esc(before)}</w:t>`),
    r('<w:fldChar w:fldCharType="begin"/>'),
    r('<w:instrText xml:space="preserve">PAGE</w:instrText>'),
    r('<w:fldChar w:fldCharType="separate"/>'),
    r('<w:fldChar w:fldCharType="end"/>'),
    r(`<w:t xml:space="preserve">${esc(after)}</w:t>`),
  ];
}

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;

/** A PNG picture in line with the text, `width` × `height` pixels at 96 dpi, described for screen readers. */
export class Picture implements Inline {
  constructor(
    readonly png: Uint8Array,
    private readonly width: number,
    private readonly height: number,
    private readonly alt: { title: string; description: string },
  ) {}

  write(ctx: WriteContext): string {
    const { rId, id } = ctx.picture(this.png);
    const cx = Math.round(this.width * EMU_PER_PX);
    const cy = Math.round(this.height * EMU_PER_PX);
    const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    return (
      `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
      `<wp:docPr${attrs({ id, name: 'chart', descr: this.alt.description, title: this.alt.title })}/>` +
      `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic xmlns:a="${a}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
      '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
      `<pic:blipFill><a:blip r:embed="${rId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
      '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    );
  }
}

export type Align = 'left' | 'center' | 'right' | 'thaiDistribute';

export interface ParagraphProps {
  /** A paragraph style: 'Heading1', 'Heading2'. */
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A rule under the paragraph (the memo's subject line): width in eighths of a point, space in points. */
  bottomBorder?: { size: number; space: number; color: string };
  /** Twips; `line` in 240ths of a line. */
  spacing?: { after?: number; before?: number; line?: number };
  /** Twips. */
  indent?: { left: number; firstLine?: number; hanging?: number };
  align?: Align;
}

export function paragraphProps(p: ParagraphProps): string {
  let s = '';
  if (p.style) s += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) s += '<w:keepNext/>';
  if (p.pageBreakBefore) s += '<w:pageBreakBefore/>';
  if (p.bottomBorder) {
    const b = p.bottomBorder;
    s += `<w:pBdr><w:bottom w:val="single" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>`;
  }
  if (p.spacing) {
    const { after, before, line } = p.spacing;
    s += `<w:spacing${attrs({ 'w:after': after, 'w:before': before, 'w:line': line, 'w:lineRule': line === undefined ? undefined : 'auto' })}/>`;
  }
  if (p.indent) {
    const i = p.indent;
    s += `<w:ind${attrs({ 'w:left': i.left, 'w:firstLine': i.firstLine, 'w:hanging': i.hanging })}/>`;
  }
  if (p.align) s += `<w:jc w:val="${p.align}"/>`;
  return s;
}

export class Paragraph implements Block {
  private readonly props: string;
  constructor(
    private readonly content: readonly Inline[],
    props: ParagraphProps = {},
    /** A heading's level and text, for the table of contents. */
    readonly heading?: { level: number; text: string },
  ) {
    this.props = paragraphProps(props);
  }

  /** `sectionEnd` ends a section here (its properties go inside this paragraph's). */
  write(ctx: WriteContext, sectionEnd = ''): string {
    const pPr = this.props + sectionEnd;
    let body = '';
    for (const inline of this.content) body += inline.write(ctx);
    const mark = this.heading && ctx.bookmark(this);
    if (mark !== undefined) body = `<w:bookmarkStart w:name="_Toc${mark}" w:id="${mark}"/>${body}<w:bookmarkEnd w:id="${mark}"/>`;
    if (!pPr && !body) return '<w:p/>';
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
  }
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const;
const border = (side: string, none: boolean) =>
  none ? `<w:${side} w:val="none" w:color="FFFFFF" w:sz="0"/>` : `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
const tableBorders = (none: boolean) => `<w:tblBorders>${[...SIDES, 'insideH', 'insideV'].map((s) => border(s, none)).join('')}</w:tblBorders>`;
const CELL_NO_BORDERS = `<w:tcBorders>${SIDES.map((s) => border(s, true)).join('')}</w:tcBorders>`;

export interface CellProps {
  /** Columns spanned. */
  span?: number;
  /** No borders (blocks laid side by side). */
  noBorders?: boolean;
  /** Background, RRGGBB. */
  fill?: string;
  /** Twips. */
  margins?: { top?: number; left?: number; bottom?: number; right?: number };
  vAlign?: 'top' | 'center';
}

export interface Cell {
  blocks: readonly Block[];
  props?: CellProps;
}

export interface Row {
  cells: readonly Cell[];
  /** Repeated at the top of each page. */
  header?: boolean;
  /** Kept whole on one page. */
  cantSplit?: boolean;
}

export interface TableProps {
  /** Twips, one per grid column. */
  columns: readonly number[];
  /** Twips; the sum of the columns unless given (a total rounded once, not per column). */
  width?: number;
  align?: 'center' | 'right';
  noBorders?: boolean;
}

/** A table of fixed layout. */
export class Table implements Block {
  constructor(
    private readonly rows: readonly Row[],
    private readonly props: TableProps,
  ) {}

  write(ctx: WriteContext): string {
    const { columns, align, noBorders = false } = this.props;
    const total = this.props.width ?? columns.reduce((a, b) => a + b, 0);
    let s =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${align ? `<w:jc w:val="${align}"/>` : ''}${tableBorders(noBorders)}<w:tblLayout w:type="fixed"/></w:tblPr>` +
      `<w:tblGrid>${columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    for (const row of this.rows) {
      const trPr = (row.cantSplit ? '<w:cantSplit/>' : '') + (row.header ? '<w:tblHeader/>' : '');
      s += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
      let at = 0;
      for (const cell of row.cells) {
        const span = cell.props?.span ?? 1;
        s += writeCell(
          ctx,
          cell,
          columns.slice(at, at + span).reduce((a, b) => a + b, 0),
        );
        at += span;
      }
      s += '</w:tr>';
    }
    return `${s}</w:tbl>`;
  }
}

function writeCell(ctx: WriteContext, cell: Cell, width: number): string {
  const p = cell.props ?? {};
  let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`;
  if (p.span && p.span > 1) tcPr += `<w:gridSpan w:val="${p.span}"/>`;
  if (p.noBorders) tcPr += CELL_NO_BORDERS;
  if (p.fill) tcPr += `<w:shd w:fill="${p.fill}" w:color="auto" w:val="clear"/>`;
  if (p.margins) {
    const m = p.margins;
    const side = (name: string, v: number | undefined) => (v === undefined ? '' : `<w:${name} w:type="dxa" w:w="${v}"/>`);
    tcPr += `<w:tcMar>${side('top', m.top)}${side('left', m.left)}${side('bottom', m.bottom)}${side('right', m.right)}</w:tcMar>`;
  }
  if (p.vAlign) tcPr += `<w:vAlign w:val="${p.vAlign}"/>`;
  let body = '';
  for (const b of cell.blocks) body += b.write(ctx);
  // A cell must end with a paragraph.
  if (!(cell.blocks[cell.blocks.length - 1] instanceof Paragraph)) body += '<w:p/>';
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${body}</w:tc>`;
}

const FIELD_BEGIN =
  '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';

/**
 * สารบัญ as a TOC field over headings 1–2, its entries written from the document's headings (linked
 * to their bookmarks), so it reads right before Word updates its page numbers.
 */
export class Contents implements Block {
  constructor(
    private readonly alias: string,
    /** The right tab stop of the page numbers, in twips: the text width. */
    private readonly tabAt: number,
  ) {}

  write(ctx: WriteContext): string {
    const tabs = `<w:tabs><w:tab w:val="right" w:pos="${this.tabAt}" w:leader="dot"/></w:tabs>`;
    const entries = ctx.headings.map((h, n) => {
      const begin = n === 0 ? FIELD_BEGIN : '';
      return (
        `<w:p><w:pPr><w:pStyle w:val="TOC${h.level}"/>${tabs}</w:pPr>${begin}<w:hyperlink w:history="1" w:anchor="_Toc${h.id}">` +
        `<w:r><w:t xml:space="preserve">${esc(h.text)}</w:t></w:r><w:r><w:tab/></w:r>` +
        `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF _Toc${h.id} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>` +
        '</w:hyperlink></w:p>'
      );
    });
    // Without headings the field still needs its start.
    if (!entries.length) entries.push(`<w:p><w:pPr><w:pStyle w:val="TOC1"/>${tabs}</w:pPr>${FIELD_BEGIN}</w:p>`);
    return (
      `<w:sdt><w:sdtPr><w:alias w:val="${esc(this.alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
      `<w:sdtContent>${entries.join('')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`
    );
  }
}

/** A page header: its paragraphs (none for a page that shows no number). */
export class Header {
  constructor(readonly paragraphs: readonly Paragraph[]) {}
}
