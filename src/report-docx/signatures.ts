/**
 * Signature blocks, one per signer of the chain (src/core/report/signers): who prepared, who checked
 * and proposed, who gave an opinion, and the executive's ความเห็น/คำสั่ง with ทราบ / อนุมัติ. A name
 * or position left blank becomes a dotted line to fill in by hand.
 */
import { Paragraph, run, Table } from './wml/body';
import type { Person, ReportDate, ReportModel, ReportSigner } from '../core/report';
import { BODY, cm, runStyle, SMALL, type Kit } from './kit';
import { fitLines, glued, textWidth } from './line-fit';
import { DOTS, fullDate } from './wording';

const SHORT_DOTS = DOTS.slice(0, 36);
/** A cell's left and right margins (Word's and LibreOffice's default 0.19 cm each) and some slack, in cm. */
const CELL_MARGINS = 0.5;
/** 12 pt: the smallest a signer's name or position is printed. */
const MIN_SIZE = 24;

/** Who signs: the analysis report and the follow-up report alike. */
export type Signers = Pick<ReportModel, 'signers' | 'issued'>;

export interface SignatureBlock {
  title: string;
  person: Person;
  /** Lines above the signature (the executive's decision). */
  before?: string[];
  /** The document's date, printed on the date line. */
  date: ReportDate;
  /** The approver's block (ทราบ / อนุมัติ). */
  decides?: boolean;
}

interface BlockLine {
  text: string;
  bold?: boolean;
  /** A name or position: broken by us where it may break, never inside a word. */
  fit?: boolean;
}

/** The lines of one block, centred: title, what comes before, signature, name, position, date. */
function blockLines(b: SignatureBlock): BlockLine[] {
  return [
    ...(b.title ? [{ text: b.title, bold: true }] : []),
    ...(b.before ?? []).map((text) => ({ text })),
    { text: '' },
    { text: `(ลงชื่อ) ${SHORT_DOTS}` },
    { text: `(${b.person.name || SHORT_DOTS})`, fit: !!b.person.name },
    { text: `ตำแหน่ง ${b.person.position || SHORT_DOTS}`, fit: !!b.person.position },
    { text: `วันที่ ${fullDate(b.date)}` },
  ];
}

/** Blocks side by side in a borderless table that is never split across pages. */
export function signatureTable(k: Kit, blocks: SignatureBlock[], width: number, align?: 'right'): Table {
  return signatureColumns(
    k,
    blocks.map((b) => [b]),
    width,
    align,
  );
}

/**
 * Columns of blocks (one above the other within a column) in one row that cannot split, so the
 * whole chain moves to the next page together and keeps with the paragraph before it.
 */
export function signatureColumns(k: Kit, columns: SignatureBlock[][], width: number, align?: 'right'): Table {
  const col = width / columns.length;
  // Narrow columns (four signers across a landscape page) and stacked blocks take 14 pt and shorter
  // dotted lines, so no line wraps and a chain of four fits a page with the text before it.
  const size = col < 7 || columns.some((c) => c.length > 1) ? SMALL : BODY;
  const dots = Math.floor((col - 1.8) * (size === SMALL ? 7 : 6));
  const room = col - CELL_MARGINS;
  const paragraph = (text: string, bold: boolean | undefined, at: number) =>
    new Paragraph([run(k.digits(text), runStyle({ bold, size: at }))], { keepNext: true, spacing: { after: 40 }, align: 'center' });
  // A name or position is broken at our places and glued; a piece still too wide for the cell
  // takes a smaller size, down to 12 pt, rather than break inside a word.
  const line = (l: BlockLine) =>
    l.fit
      ? fitLines(l.text, room, size).map((t) => paragraph(glued(t), l.bold, Math.max(MIN_SIZE, Math.min(size, Math.floor((size * room) / textWidth(t, size))))))
      : [
          paragraph(
            l.text.replace(/\.{20,}/g, (d) => d.slice(0, Math.min(d.length, dots))),
            l.bold,
            size,
          ),
        ];
  const cells = columns.map((blocks) => ({
    blocks: blocks.flatMap((b, n) => [...(n > 0 ? line({ text: '' }) : []), ...blockLines(b).flatMap(line)]),
    props: { noBorders: true },
  }));
  return new Table([{ cantSplit: true, cells }], { columns: columns.map(() => cm(col)), width: cm(width), align: align ?? 'center', noBorders: true });
}

/**
 * The paragraphs before a signature block and the block in one unsplittable row of a borderless
 * table, so the block moves to the next page with them: LibreOffice does not keep a paragraph with
 * the table after it once the table needs a page of its own.
 */
export function keptWith(lead: Paragraph[], block: Table, width: number): Table {
  // A cell ends with a paragraph; an empty one closes it after the block.
  const cell = { blocks: [...lead, block, new Paragraph([])], props: { noBorders: true, margins: { left: 0, right: 0 } } };
  return new Table([{ cantSplit: true, cells: [cell] }], { columns: [cm(width)], width: cm(width), noBorders: true });
}

/** One block per signer, titled by role: the approver decides ทราบ / อนุมัติ, the others give an opinion. */
export function approvalBlocks(m: Signers): SignatureBlock[] {
  return m.signers.map((s) => blockOf(s, m.issued));
}

function blockOf(s: ReportSigner, date: ReportDate): SignatureBlock {
  switch (s.role) {
    case 'prepare':
      return { title: 'ผู้จัดทำ', person: s.person, date };
    case 'propose':
      return { title: 'ผู้เสนอ', person: s.person, date, before: [`ความเห็น ${SHORT_DOTS}`] };
    case 'opinion':
      return { title: 'ความเห็น', person: s.person, date, before: [DOTS, DOTS] };
    case 'approve':
      return { title: 'ความเห็น/คำสั่งของผู้บริหาร', person: s.person, date, decides: true, before: ['☐ ทราบ          ☐ อนุมัติ', DOTS, DOTS] };
  }
}

/** Blocks in two columns for a portrait page, in reading order: down the left, then down the right. */
export function twoColumns(blocks: SignatureBlock[]): SignatureBlock[][] {
  const left = Math.ceil(blocks.length / 2);
  return [blocks.slice(0, left), blocks.slice(left)].filter((c) => c.length);
}
