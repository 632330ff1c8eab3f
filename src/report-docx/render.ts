/**
 * ReportModel → .docx bytes, the same in the sidebar (browser) and the command line (Node).
 * A4, margins as Thai official documents commonly set them (top 2.5 cm, left 3 cm, right 2 cm,
 * bottom 2 cm), TH Sarabun New 16 pt with Sarabun as its alternative name, page numbers at the top
 * centre (ก, ข for the front matter; Thai or Arabic digits for the body), Part 2 in landscape.
 */
import {
  AlignmentType,
  Document,
  Header,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ReportModel } from '../core/report';
import { analysisPart } from './analysis-part';
import { contentsPage, cover, forewordPage, memoPages } from './front';
import { BODY, cm, FALLBACK_FONT, FONT, makeKit, runStyle, type Kit } from './kit';
import { planPart } from './plan-part';
import { TITLE } from './wording';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const A4 = { width: cm(21), height: cm(29.7) };
const MARGIN = { top: cm(2.5), left: cm(3), right: cm(2), bottom: cm(2), header: cm(1.2), footer: cm(1) };
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

export async function renderReport(m: ReportModel): Promise<Uint8Array> {
  const k = makeKit(m.digits);
  const body = m.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  const page = (landscape: boolean, numbers?: { start?: number; format: (typeof NumberFormat)[keyof typeof NumberFormat] }) => ({
    page: {
      size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: MARGIN,
      ...(numbers ? { pageNumbers: { start: numbers.start, formatType: numbers.format } } : {}),
    },
  });
  const numbered = { default: pageHeader() };
  const sections: ISectionOptions[] =
    m.form === 'memo'
      ? [
          { properties: { ...page(false, { start: 1, format: body }), titlePage: true }, headers: { ...numbered, first: new Header({ children: [] }) }, children: memoPages(m, k) },
          { properties: page(false, { start: 1, format: body }), headers: numbered, children: attachmentTitle(k).concat(analysisPart(m, k) as Paragraph[]) },
          { properties: page(true, { format: body }), headers: numbered, children: planPart(m, k, { approval: false }) },
        ]
      : [
          { properties: page(false), children: cover(m, k) },
          { properties: page(false, { start: 1, format: NumberFormat.THAI_LETTERS }), headers: numbered, children: [...forewordPage(m, k), ...contentsPage(k)] },
          { properties: page(false, { start: 1, format: body }), headers: numbered, children: analysisPart(m, k) },
          { properties: page(true, { format: body }), headers: numbered, children: planPart(m, k, { approval: true }) },
        ];
  const doc = new Document({
    title: k.digits(`${TITLE} ประจำปีงบประมาณ พ.ศ. ${m.year} ${m.agency}`),
    creator: m.agency,
    description: k.digits(`มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${m.planYear}`),
    styles: {
      default: {
        document: { run: { font: FONTS, size: BODY, sizeComplexScript: BODY, language: { value: 'th-TH', bidirectional: 'th-TH' } } },
        heading1: {
          run: { font: FONTS, ...runStyle({ bold: true, size: 36 }), color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, keepNext: true },
        },
        heading2: {
          run: { font: FONTS, ...runStyle({ bold: true, size: BODY }), color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    // สารบัญ is a field: Word fills in its page numbers when the document opens.
    features: { updateFields: true },
    sections,
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
}

function pageHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], ...runStyle({}) })] })],
  });
}

function attachmentTitle(k: Kit): Paragraph[] {
  return [k.p('สิ่งที่ส่งมาด้วย', { bold: true, align: 'right', after: 240 })];
}

/**
 * The font table names TH Sarabun New with Sarabun as its alternative (Word substitutes the
 * alternative where the first is not installed), with the face's Thai charset and signature.
 */
const FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/><w:panose1 w:val="020B0500040200020003"/><w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
  '<w:sig w:usb0="A100006F" w:usb1="5000205A" w:usb2="00000000" w:usb3="00000000" w:csb0="00010183" w:csb1="00000000"/></w:font>' +
  '</w:fonts>';
