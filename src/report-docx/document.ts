/**
 * What every document we publish shares: A4 with the margins Thai official documents commonly use
 * (top 2.5 cm, left 3 cm, right 2 cm, bottom 2 cm), TH Sarabun New 16 pt with Sarabun as its
 * alternative name, page numbers at the top centre, headings the table of contents lists.
 */
import type { DigitStyle } from '../core/report';
import { BODY, cm, FALLBACK_FONT, FONT, runStyle } from './kit';
import { Header, Paragraph, pageNumber } from './wml/body';
import { writePackage, type PageNumberFormat, type Section, type SectionProps } from './wml/package';
import { stylesXml } from './wml/parts';

export type { Section };

const A4 = { width: cm(21), height: cm(29.7) };
const MARGIN = { top: cm(2.5), left: cm(3), right: cm(2), bottom: cm(2), header: cm(1.2), footer: cm(1) };
/** Landscape tables need the width more than a binding edge: 2 cm each side (LANDSCAPE_WIDTH). */
const LANDSCAPE_MARGIN = { ...MARGIN, top: cm(1.8), left: cm(2), bottom: cm(1.2), header: cm(0.8), footer: cm(0.6) };

/** Page numbers of the body in the document's digits. */
export function bodyNumbering(digits: DigitStyle): PageNumberFormat {
  return digits === 'thai' ? 'thaiNumbers' : 'decimal';
}

/** A section's page: A4 portrait or landscape, numbered from `start` when given. */
export function pageOf(landscape: boolean, numbers?: { start?: number; format: PageNumberFormat }): SectionProps {
  return { page: { ...A4, landscape, margin: landscape ? LANDSCAPE_MARGIN : MARGIN, numbers } };
}

/** '- ๑ -' at the top centre. */
export function pageHeader(): Header {
  return new Header([new Paragraph(pageNumber('- ', ' -', runStyle({})), { align: 'center' })]);
}

/** A header with nothing in it (the memo's first page). */
export function emptyHeader(): Header {
  return new Header([]);
}

export interface DocumentParts {
  title: string;
  creator: string;
  description: string;
  sections: readonly (Omit<Section, 'properties'> & { properties?: SectionProps })[];
}

const STYLES = stylesXml({ font: FONT, size: BODY, lang: 'th-TH' }, [
  {
    type: 'paragraph',
    id: 'Heading1',
    name: 'heading 1',
    paragraph: { keepNext: true, spacing: { after: 240, before: 120 }, align: 'center' },
    run: { font: FONT, ...runStyle({ bold: true, size: 36 }), color: '000000' },
  },
  {
    type: 'paragraph',
    id: 'Heading2',
    name: 'heading 2',
    paragraph: { keepNext: true, spacing: { after: 120, before: 240 } },
    run: { font: FONT, ...runStyle({ bold: true, size: BODY }), color: '000000' },
  },
  { type: 'paragraph', id: 'TOC1', name: 'toc 1', paragraph: { spacing: { after: 100 } } },
  { type: 'paragraph', id: 'TOC2', name: 'toc 2', paragraph: { spacing: { after: 100 }, indent: { left: 320 } } },
]);

/**
 * The font table names TH Sarabun New with Sarabun as its alternative (Word substitutes the
 * alternative where the first is not installed), with the face's Thai charset and signature.
 */
const FONT_TABLE =
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/><w:panose1 w:val="020B0500040200020003"/><w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
  '<w:sig w:usb0="A100006F" w:usb1="5000205A" w:usb2="00000000" w:usb3="00000000" w:csb0="00010183" w:csb1="00000000"/></w:font>' +
  '</w:fonts>';

export async function packDocument(parts: DocumentParts): Promise<Uint8Array> {
  return writePackage({
    title: parts.title,
    creator: parts.creator,
    description: parts.description,
    sections: parts.sections.map((s) => ({ ...s, properties: s.properties ?? pageOf(false) })),
    styles: STYLES,
    fontTable: FONT_TABLE,
  });
}
