/**
 * Opening what we write with the program people open it with: LibreOffice headless recalculates
 * an .xlsx and exports every sheet as CSV, or converts a document to PDF. Tests that need it skip
 * loudly where it is missing; CI installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0) ?? null;

/** A jest test that runs only where LibreOffice is installed, and says so where it is not. */
export function withLibreOffice(name: string, fn: () => Promise<void>, timeout = 120_000): void {
  if (SOFFICE) test(name, fn, timeout);
  else
    test.skip(`${name} (SKIPPED: LibreOffice not installed)`, () => {
      console.warn(`SKIPPED "${name}": soffice is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)`);
    });
}

function convert(file: string, filter: string): string {
  const out = mkdtempSync(join(tmpdir(), 'ita-lo-'));
  // A profile of its own, so a LibreOffice already open elsewhere does not swallow the call.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'ita-lo-profile-'))}`;
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', out, file], {
    stdio: 'pipe',
    timeout: 110_000,
  });
  return out;
}

/** Every sheet of a workbook as LibreOffice computes it (formulas recalculated), by sheet name. */
export function recalculatedSheets(xlsx: string): Map<string, string[][]> {
  // Filter options: comma, quote, UTF-8, first line 1, …, sheet -1 = every sheet to its own file.
  const out = convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
  const stem = basename(xlsx).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    const name = f.slice(stem.length + 1).replace(/\.csv$/, '');
    sheets.set(name, parseCsv(readFileSync(join(out, f), 'utf8')));
  }
  return sheets;
}

/** The workbook as LibreOffice opens and saves it again (what survives a round trip through it); returns the new path. */
export function savedByLibreOffice(xlsx: string): string {
  return join(convert(xlsx, 'xlsx:Calc MS Excel 2007 XML'), basename(xlsx));
}

/** A document converted to PDF by LibreOffice; returns the PDF's path. */
export function toPdf(file: string): string {
  const out = convert(file, 'pdf');
  return join(out, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
