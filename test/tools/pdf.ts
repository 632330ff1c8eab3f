/**
 * Our .docx as LibreOffice prints it: converted to PDF with TH Sarabun New drawn as Laksaman (same
 * metrics, test/report-docx/fonts.conf), then read with the poppler tools. Tests that need these
 * programs skip loudly where they are missing.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const TOOLS = [
  ['soffice', '--version'],
  ['pdftoppm', '-v'],
  ['pdfinfo', '-v'],
  ['pdftotext', '-v'],
  ['pdffonts', '-v'],
];
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const missing = TOOLS.filter(([c, a]) => !has(c, a)).map(([c]) => c);

/** describe where LibreOffice and poppler are installed; a loud skip where they are not. */
export function describeWithPdf(name: string, fn: () => void): void {
  if (missing.length) console.warn(`${name}: SKIPPED, not installed: ${missing.join(', ')}`);
  (missing.length ? describe.skip : describe)(name, fn);
}

export function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
}

/** The PDF LibreOffice prints from a .docx, written beside it in `outDir`. */
export function docxToPdf(docx: string, outDir: string): string {
  const env = { ...process.env, FONTCONFIG_FILE: join(__dirname, '../report-docx/fonts.conf') };
  const profile = `file://${join(tmpdir(), `ita-lo-${process.pid}`)}`;
  sh('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], env);
  return join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
}

/** One letter a page: P portrait, L landscape. */
export function orientations(pdf: string): string {
  const pages = Number(/Pages:\s+(\d+)/.exec(sh('pdfinfo', [pdf]))![1]);
  const sizes = sh('pdfinfo', ['-f', '1', '-l', String(pages), pdf]).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/g)!;
  return sizes
    .map((s) => /size:\s+([\d.]+) x ([\d.]+)/.exec(s)!)
    .map((m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P'))
    .join('');
}

/** The text of pages first–last as laid out. */
export function pdfText(pdf: string, first: number, last: number): string {
  return sh('pdftotext', ['-layout', '-f', String(first), '-l', String(last), pdf, '-']);
}
