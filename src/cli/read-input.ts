/**
 * Reads an input file into plain grids for the core: .xlsx through ExcelJS, .csv through a
 * small RFC 4180 parser. Every failure becomes an ItaError naming the file, never a stack.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { ItaError } from '../core/errors';
import type { Grid } from '../core/grid';
import { LIST_SHEET } from '../core/sheet-names';
import { fileError } from './file-errors';
import { LIMITS, sheetTooLarge } from './limits';
import { openWorkbook, readFileChecked, type FileStamp } from './workbook-file';
import { readSheetGrid } from './sheet-grid';

export interface InputFile {
  sheets: { name: string; grid: Grid }[];
  /** The workbook as read (.xlsx only), for writing the results back into it. */
  workbook?: ExcelJS.Workbook;
  stamp: FileStamp;
}

/** `csvRows`: rows a CSV may hold (a roll-up's table of every agency takes more than one agency's sheet). */
export async function readInput(path: string, csvRows: number = LIMITS.rows): Promise<InputFile> {
  const ext = extname(path).toLowerCase();
  // A folder is called a folder whatever its name ends with.
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isFolder) throw fileError(Object.assign(new Error('folder'), { code: 'EISDIR' }), path, 'read');
  if (ext !== '.xlsx' && ext !== '.csv') throw unsupportedType(path, ext);
  if (ext === '.csv') {
    const { bytes, stamp } = await readFileChecked(path);
    return { sheets: [{ name: basename(path, extname(path)), grid: csvGrid(decodeText(bytes), path, csvRows) }], stamp };
  }
  const { workbook, stamp } = await openWorkbook(path, 'input');
  // Our own hidden list sheet is never input.
  const sheets = workbook.worksheets.filter((ws) => ws.name !== LIST_SHEET).map((ws) => ({ name: ws.name, grid: readSheetGrid(ws) }));
  return { sheets, workbook, stamp };
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
function csvGrid(text: string, path: string, maxRows: number): Grid {
  const rows = parseCsv(text, path, maxRows).map((r) => r.map((f) => (f === '' ? null : f)));
  // Trim trailing empty rows and columns, as the used range of a sheet would.
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const width = rows.reduce((w, r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === null) n--;
    return Math.max(w, n);
  }, 0);
  if (width > LIMITS.cols) throw sheetTooLarge(path, basename(path, extname(path)), 'cols');
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

/**
 * RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; CRLF, LF or CR end a
 * record. Stops at the record past `maxRows`, before a huge file is held as arrays.
 */
export function parseCsv(text: string, path = 'CSV', maxRows = Infinity): string[][] {
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
      if (rows.length > maxRows) throw sheetTooLarge(path, basename(path, extname(path)), 'rows', maxRows);
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
