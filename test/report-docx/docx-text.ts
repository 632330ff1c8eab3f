/** The text a .docx shows, per part, read back with jszip. */
import JSZip from 'jszip';

export interface DocxParts {
  /** word/document.xml's paragraphs as text, one line each (table cells are paragraphs too). */
  lines: string[];
  text: string;
  xml: string;
  styles: string;
  fontTable: string;
  headers: string;
  media: string[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (p: string) => zip.file(p)?.async('string') ?? Promise.resolve('');
  const xml = await read('word/document.xml');
  const lines = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[1] === undefined ? '\n' : unescape(t[1]))).join(''),
  );
  const headerFiles = Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
  return {
    lines,
    text: lines.join('\n'),
    xml,
    styles: await read('word/styles.xml'),
    fontTable: await read('word/fontTable.xml'),
    headers: (await Promise.all(headerFiles.map(read))).join('\n'),
    media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')),
  };
}

/** As a person reads it: the invisible no-break marks (keepWhole) are not text. */
function unescape(s: string): string {
  return s
    .replace(/\u2060/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
