/**
 * A .docx package from sections of blocks: document.xml with its section breaks, the headers, the
 * pictures, the styles and settings (parts.ts), zipped (zip.ts). Pictures and headings are
 * numbered here, in document order.
 */
import { strToU8 } from 'fflate';
import { Contents, Paragraph, type Block, type Header, type WriteContext } from './body';
import { contentTypes, coreProperties, packageRels, SETTINGS } from './parts';
import { attrs } from './xml';
import { zipFiles, type ZipFile } from '../zip';

/** Level 3: a report's document.xml in ~1.4 ms with Node's zlib (28 KB) where level 6 took ~4.6 ms (21 KB). */
const ZIP_LEVEL = 3;

export type PageNumberFormat = 'decimal' | 'thaiNumbers' | 'thaiLetters';

/** Twips. */
export interface PageSetup {
  width: number;
  height: number;
  landscape: boolean;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  numbers?: { start?: number; format: PageNumberFormat };
}

export interface SectionProps {
  page: PageSetup;
  /** The first page takes the 'first' header. */
  titlePage?: boolean;
}

export interface Section {
  properties: SectionProps;
  headers?: { default?: Header; first?: Header };
  children: readonly Block[];
}

export interface PackageParts {
  title: string;
  creator: string;
  description: string;
  sections: readonly Section[];
  /** styles.xml and fontTable.xml, without their XML declaration. */
  styles: string;
  fontTable: string;
}

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Rel {
  id: string;
  type: string;
  target: string;
}

export function writePackage(parts: PackageParts): Uint8Array {
  const rels: Rel[] = [
    { id: 'rId1', type: `${REL}/styles`, target: 'styles.xml' },
    { id: 'rId2', type: `${REL}/settings`, target: 'settings.xml' },
    { id: 'rId3', type: `${REL}/fontTable`, target: 'fontTable.xml' },
  ];
  const files: ZipFile[] = [];
  const headerIds = new Map<Header, string>();
  const media = new Map<Uint8Array, { rId: string; id: number }>();
  const blocks = parts.sections.flatMap((s) => s.children);
  const hasContents = blocks.some((b) => b instanceof Contents);
  const headings = new Map<Paragraph, number>();
  for (const b of blocks) if (hasContents && b instanceof Paragraph && b.heading) headings.set(b, headings.size + 1);
  const ctx: WriteContext = {
    picture(png) {
      let known = media.get(png);
      if (!known) {
        known = { rId: `rId${rels.length + 1}`, id: media.size + 1 };
        media.set(png, known);
        rels.push({ id: known.rId, type: `${REL}/image`, target: `media/image${known.id}.png` });
        files.push({ name: `word/media/image${known.id}.png`, data: png, store: true });
      }
      return known;
    },
    bookmark: (p) => headings.get(p),
    headings: [...headings].map(([p, id]) => ({ level: p.heading!.level, text: p.heading!.text, id })),
  };
  const headerRef = (kind: 'default' | 'first', header: Header | undefined) => {
    if (!header) return '';
    let rId = headerIds.get(header);
    if (!rId) {
      rId = `rId${rels.length + 1}`;
      const name = `header${headerIds.size + 1}.xml`;
      headerIds.set(header, rId);
      rels.push({ id: rId, type: `${REL}/header`, target: name });
      // A header holds at least one paragraph (the schema asks for one; Word writes an empty one too).
      const body = header.paragraphs.map((p) => p.write(ctx)).join('') || '<w:p/>';
      files.push({
        name: `word/${name}`,
        data: strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${NS_W}" xmlns:r="${NS_R}">${body}</w:hdr>`),
      });
    }
    return `<w:headerReference w:type="${kind}" r:id="${rId}"/>`;
  };

  let body = '';
  parts.sections.forEach((section, n) => {
    const sectPr = headerRef('default', section.headers?.default) + headerRef('first', section.headers?.first) + pageXml(section.properties);
    const sectionEnd = `<w:sectPr>${sectPr}</w:sectPr>`;
    const last = section.children[section.children.length - 1];
    const isLast = n === parts.sections.length - 1;
    section.children.forEach((b) => {
      if (b === last && !isLast && b instanceof Paragraph) body += b.write(ctx, sectionEnd);
      else body += b.write(ctx);
    });
    if (isLast) body += sectionEnd;
    else if (!(last instanceof Paragraph)) body += `<w:p><w:pPr>${sectionEnd}</w:pPr></w:p>`;
  });

  const part = (name: string, xml: string): ZipFile => ({ name, data: strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`) });
  return zipFiles(
    [
      part('[Content_Types].xml', contentTypes(headerIds.size, media.size > 0)),
      part('_rels/.rels', packageRels()),
      part('docProps/core.xml', coreProperties(parts, new Date())),
      part('word/document.xml', `<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}" xmlns:wp="${NS_WP}"><w:body>${body}</w:body></w:document>`),
      part('word/_rels/document.xml.rels', relationships(rels)),
      part('word/styles.xml', parts.styles),
      part('word/settings.xml', SETTINGS),
      part('word/fontTable.xml', parts.fontTable),
      ...files,
    ],
    { level: ZIP_LEVEL },
  );
}

function relationships(rels: Rel[]): string {
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship${attrs({ Id: r.id, Type: r.type, Target: r.target })}/>`)
    .join('')}</Relationships>`;
}

function pageXml(p: SectionProps): string {
  const { page } = p;
  const m = page.margin;
  const [w, h] = page.landscape ? [page.height, page.width] : [page.width, page.height];
  return (
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${page.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    `<w:pgNumType${attrs({ 'w:start': page.numbers?.start, 'w:fmt': page.numbers?.format })}/>` +
    (p.titlePage ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/>'
  );
}
