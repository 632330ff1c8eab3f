/**
 * What every document we publish shares: A4 with the margins Thai official documents commonly use
 * (top 2.5 cm, left 3 cm, right 2 cm, bottom 2 cm), TH Sarabun New 16 pt with Sarabun as its
 * alternative name, page numbers at the top centre, headings the table of contents lists.
 */
import { AlignmentType, Document, Header, NumberFormat, PageNumber, PageOrientation, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DigitStyle } from '../core/report';
import { BODY, cm, FALLBACK_FONT, FONT, runStyle } from './kit';

const A4 = { width: cm(21), height: cm(29.7) };
const MARGIN = { top: cm(2.5), left: cm(3), right: cm(2), bottom: cm(2), header: cm(1.2), footer: cm(1) };
/** Landscape tables need the width more than a binding edge: 2 cm each side (LANDSCAPE_WIDTH). */
const LANDSCAPE_MARGIN = { ...MARGIN, top: cm(1.8), left: cm(2), bottom: cm(1.2), header: cm(0.8), footer: cm(0.6) };
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

type Numbering = (typeof NumberFormat)[keyof typeof NumberFormat];

/** Page numbers of the body in the document's digits. */
export function bodyNumbering(digits: DigitStyle): Numbering {
  return digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
}

/** A section's page: A4 portrait or landscape, numbered from `start` when given. */
export function pageOf(landscape: boolean, numbers?: { start?: number; format: Numbering }): ISectionOptions['properties'] {
  return {
    page: {
      size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: landscape ? LANDSCAPE_MARGIN : MARGIN,
      ...(numbers ? { pageNumbers: { start: numbers.start, formatType: numbers.format } } : {}),
    },
  };
}

/** '- ๑ -' at the top centre. */
export function pageHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], ...runStyle({}) })] })],
  });
}

export interface DocumentParts {
  title: string;
  creator: string;
  description: string;
  sections: ISectionOptions[];
}

export async function packDocument(parts: DocumentParts): Promise<Uint8Array> {
  const doc = new Document({
    title: parts.title,
    creator: parts.creator,
    description: parts.description,
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
    sections: parts.sections,
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
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
