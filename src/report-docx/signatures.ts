/**
 * Signature blocks: who prepared, who proposed, and the executive's ความเห็น/คำสั่ง with ทราบ /
 * อนุมัติ. A name or position left blank becomes a dotted line to fill in by hand.
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { Person, ReportDate, ReportModel } from '../core/report';
import { cm, NO_BORDERS, runStyle, type Kit } from './kit';
import { DOTS, fullDate } from './wording';

const SHORT_DOTS = DOTS.slice(0, 36);

/** Who signs: the analysis report and the follow-up report alike. */
export type Signers = Pick<ReportModel, 'preparer' | 'proposer' | 'executive' | 'issued'>;

export interface SignatureBlock {
  title: string;
  person: Person;
  /** Lines above the signature (the executive's decision). */
  before?: string[];
  /** The document's date, printed on the date line. */
  date: ReportDate;
}

/** The lines of one block, centred: title, what comes before, signature, name, position, date. */
function blockLines(b: SignatureBlock): { text: string; bold?: boolean }[] {
  return [
    ...(b.title ? [{ text: b.title, bold: true }] : []),
    ...(b.before ?? []).map((text) => ({ text })),
    { text: '' },
    { text: `(ลงชื่อ) ${SHORT_DOTS}` },
    { text: `(${b.person.name || SHORT_DOTS})` },
    { text: `ตำแหน่ง ${b.person.position || SHORT_DOTS}` },
    { text: `วันที่ ${fullDate(b.date)}` },
  ];
}

/** Blocks side by side in a borderless table that is never split across pages. */
export function signatureTable(k: Kit, blocks: SignatureBlock[], width: number, align?: 'right'): Table {
  return signatureColumns(k, blocks.map((b) => [b]), width, align);
}

/**
 * Columns of blocks (one above the other within a column) in one row that cannot split, so the
 * whole chain moves to the next page together and keeps with the paragraph before it.
 */
export function signatureColumns(k: Kit, columns: SignatureBlock[][], width: number, align?: 'right'): Table {
  const col = width / columns.length;
  const line = (l: { text: string; bold?: boolean }) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 40 }, keepNext: true, children: [new TextRun({ text: k.digits(l.text), ...runStyle({ bold: l.bold }) })] });
  return new Table({
    alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
    width: { size: cm(width), type: WidthType.DXA },
    columnWidths: columns.map(() => cm(col)),
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (blocks) =>
            new TableCell({
              borders: NO_BORDERS,
              children: blocks.flatMap((b, n) => [...(n > 0 ? [line({ text: '' }), line({ text: '' })] : []), ...blockLines(b).map(line)]),
            }),
        ),
      }),
    ],
  });
}

export function executiveBlock(m: Signers): SignatureBlock {
  return {
    title: 'ความเห็น/คำสั่งของผู้บริหาร',
    person: m.executive,
    date: m.issued,
    before: ['☐ ทราบ          ☐ อนุมัติ', `${DOTS}`, `${DOTS}`],
  };
}

export function approvalBlocks(m: Signers): SignatureBlock[] {
  return [
    { title: 'ผู้จัดทำ', person: m.preparer, date: m.issued },
    { title: 'ผู้เสนอ', person: m.proposer, date: m.issued, before: [`ความเห็น ${SHORT_DOTS}`] },
    executiveBlock(m),
  ];
}
