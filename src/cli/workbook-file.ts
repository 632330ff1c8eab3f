/**
 * Opens a file the command line reads (the input, or an output written before): size limit
 * first, then what the bytes are, then each sheet's size, and only then ExcelJS. Every failure
 * says what is wrong with which file; the library's own words never reach the user.
 */
import ExcelJS from 'exceljs';
import { open, stat } from 'node:fs/promises';
import { ItaError } from '../core/errors';
import { fileError } from './file-errors';
import { fileTooLarge, LIMITS } from './limits';
import { checkSheetSizes } from './sheet-size';
import { zipEntries } from './zip-entries';

/** What a file looked like when the run read it, to notice someone saving it meanwhile. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** The input, or an existing output the run writes into (its plan is kept, so it must be readable). */
export type FileRole = 'input' | 'output';

const ZIP = 0x04034b50;
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted .xlsx is a compound file holding this stream name (UTF-16).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const REASON = {
  empty: { th: 'ไฟล์ว่างเปล่า (0 ไบต์)', en: 'the file is empty (0 bytes)' },
  encrypted: {
    th: 'ไฟล์ตั้งรหัสผ่านไว้ โปรดเปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน) แล้วบันทึกใหม่',
    en: 'it is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it again',
  },
  legacy: {
    th: 'เป็นไฟล์ Excel รุ่นเก่า (.xls) ที่ตั้งชื่อเป็น .xlsx โปรดเปิดแล้วบันทึกเป็น .xlsx',
    en: 'it is an old Excel (.xls) workbook named .xlsx; open it and save it as .xlsx',
  },
  text: {
    th: 'เนื้อไฟล์เป็นข้อความ ไม่ใช่ไฟล์ Excel (.xlsx) หากเป็นไฟล์ CSV โปรดเปลี่ยนนามสกุลเป็น .csv',
    en: 'it holds plain text, not an Excel (.xlsx) workbook; if it is a CSV file, rename it to .csv',
  },
  notXlsx: { th: 'ไม่ใช่ไฟล์ Excel (.xlsx)', en: 'it is not an Excel (.xlsx) workbook' },
  notWorkbook: {
    th: 'เป็นไฟล์ ZIP แต่ไม่ใช่เวิร์กบุ๊ก Excel (อาจเป็นไฟล์ .docx หรือ .zip)',
    en: 'it is a ZIP archive but not an Excel workbook (perhaps a .docx or .zip)',
  },
  damaged: {
    th: 'ไฟล์เสียหายหรือได้รับมาไม่ครบ (เช่น ดาวน์โหลดไม่สำเร็จ) โปรดเปิดใน Excel แล้วบันทึกใหม่',
    en: 'the file is damaged or incomplete (for example, an interrupted download); open it in Excel and save it again',
  },
};
type Reason = (typeof REASON)[keyof typeof REASON];

/** The file's bytes, with its stamp taken before reading and the size limit checked first. */
export async function readFileChecked(path: string): Promise<{ bytes: Buffer; stamp: FileStamp }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const s = await handle.stat();
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (s.size > LIMITS.fileBytes) throw fileTooLarge(path, s.size);
    return { bytes: await handle.readFile(), stamp: { mtimeMs: s.mtimeMs, size: s.size } };
  } catch (e) {
    throw fileError(e, path, 'read');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function openWorkbook(path: string, role: FileRole): Promise<{ workbook: ExcelJS.Workbook; stamp: FileStamp }> {
  const { bytes, stamp } = await readFileChecked(path);
  const wrong = (reason: Reason) => cannotOpen(path, role, reason);
  if (bytes.length === 0) throw wrong(REASON.empty);
  if (bytes.subarray(0, CFB.length).equals(CFB)) throw wrong(bytes.includes(ENCRYPTION_INFO) ? REASON.encrypted : REASON.legacy);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP) throw wrong(bytes.subarray(0, 4096).includes(0) ? REASON.notXlsx : REASON.text);
  const entries = zipEntries(bytes);
  if (!entries) throw wrong(REASON.damaged);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw wrong(REASON.notWorkbook);
  try {
    await checkSheetSizes(bytes, entries, path);
  } catch (e) {
    throw e instanceof ItaError ? e : wrong(REASON.damaged);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw wrong(REASON.damaged);
  }
  return { workbook, stamp };
}

/** The file's stamp now, or null when it does not exist. */
export async function currentStamp(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError(e, path, 'read');
  }
}

function cannotOpen(path: string, role: FileRole, reason: Reason): ItaError {
  return role === 'input'
    ? new ItaError(`เปิดไฟล์ ${path} ไม่ได้: ${reason.th}`, `Cannot open ${path}: ${reason.en}`)
    : new ItaError(
        `ไฟล์ผลลัพธ์ ${path} มีอยู่แล้วแต่เปิดไม่ได้: ${reason.th} จึงไม่เขียนทับ โปรดระบุ --out เป็นไฟล์อื่น`,
        `The output file ${path} already exists but cannot be opened: ${reason.en}; it was not overwritten, so give another --out`,
      );
}
