/**
 * Reads an input file into plain grids for the core: .xlsx through ExcelJS, .csv through a
 * small RFC 4180 parser. Every failure becomes an ItaError naming the file, never a stack.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { ItaError } from '../core/errors';
import type { Grid } from '../core/layout/model';
import { LIST_SHEET, readSheetGrid } from './xlsx-render';

export interface InputSheets {
  sheets: { name: string; grid: Grid }[];
}

/** `opts.sheet` picks one sheet of a workbook; a CSV file is one sheet and ignores it. */
export async function readInput(path: string, opts: { sheet?: string } = {}): Promise<InputSheets> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw unsupportedType(path, ext);
  const bytes = await readBytes(path);
  if (ext === '.csv') return { sheets: [{ name: basename(path, extname(path)), grid: csvGrid(decodeText(bytes), path) }] };
  return { sheets: await readWorkbook(bytes, path, opts.sheet) };
}

function unsupportedType(path: string, ext: string): ItaError {
  const hint =
    ext === '.xls' || ext === '.ods' || ext === '.numbers'
      ? { th: ' กรุณาเปิดไฟล์แล้วบันทึกเป็น .xlsx ก่อน', en: ' Please open it and save it as .xlsx first.' }
      : { th: '', en: '' };
  return new ItaError(
    `ไม่รองรับไฟล์ชนิดนี้: ${path} (รองรับเฉพาะ .xlsx และ .csv)${hint.th}`,
    `Unsupported file type: ${path} (only .xlsx and .csv are supported).${hint.en}`,
  );
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ItaError(`ไม่พบไฟล์: ${path}`, `File not found: ${path}`);
    if (code === 'EISDIR') throw new ItaError(`${path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${path} is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new ItaError(`ไม่มีสิทธิ์อ่านไฟล์: ${path}`, `No permission to read the file: ${path}`);
    }
    throw new ItaError(`อ่านไฟล์ไม่ได้: ${path} (${String(code ?? e)})`, `Cannot read the file: ${path} (${String(code ?? e)})`);
  }
}

async function readWorkbook(bytes: Buffer, path: string, sheet: string | undefined): Promise<InputSheets['sheets']> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ItaError(
      `เปิดไฟล์ ${path} ไม่ได้: ไฟล์อาจเสียหาย ตั้งรหัสผ่านไว้ หรือไม่ใช่ไฟล์ Excel (.xlsx)`,
      `Cannot open ${path}: the file may be damaged, password-protected, or not an Excel (.xlsx) workbook`,
    );
  }
  // Our own hidden list sheet is not input.
  const sheets = wb.worksheets.filter((ws) => ws.name !== LIST_SHEET);
  if (sheet === undefined) return sheets.map((ws) => ({ name: ws.name, grid: readSheetGrid(ws) }));
  const found = sheets.find((ws) => ws.name === sheet) ?? sheets.find((ws) => ws.name.trim() === sheet.trim());
  if (!found) {
    const names = sheets.map((ws) => `"${ws.name}"`).join(', ') || '-';
    throw new ItaError(
      `ไม่พบแผ่นงานชื่อ "${sheet}" ในไฟล์ ${path} (แผ่นงานที่มี: ${names})`,
      `Sheet "${sheet}" not found in ${path} (available sheets: ${names})`,
    );
  }
  return [{ name: found.name, grid: readSheetGrid(found) }];
}

/**
 * UTF-8 (with or without a BOM) is the norm; Excel on Thai Windows saves "CSV" as Windows-874,
 * so bytes that are not valid UTF-8 are read as that instead of turning into '�'.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-874').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Cells of a CSV as a rectangular grid: empty fields are null; numbers stay text for the core. */
function csvGrid(text: string, path: string): Grid {
  const rows = parseCsv(text, path).map((r) => r.map((f) => (f === '' ? null : f)));
  // Trim trailing empty rows and columns, as the used range of a sheet would.
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const width = rows.reduce((w, r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === null) n--;
    return Math.max(w, n);
  }, 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

/** RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; CRLF, LF or CR end a record. */
export function parseCsv(text: string, path = 'CSV'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // this field began with a quote (a later quote is literal)
  let line = 1;
  let quoteLine = 0;
  const endField = () => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '' && !wasQuoted) {
      quoted = wasQuoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
      line++;
    } else {
      field += ch; // lenient: a stray quote inside an unquoted field is kept as text
    }
  }
  if (quoted) {
    throw new ItaError(
      `ไฟล์ ${path}: เครื่องหมายคำพูด (") ที่เปิดในบรรทัดที่ ${quoteLine} ไม่มีเครื่องหมายปิด`,
      `File ${path}: the quote (") opened on line ${quoteLine} is never closed`,
    );
  }
  if (field !== '' || wasQuoted || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}
