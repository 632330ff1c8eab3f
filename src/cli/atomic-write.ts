/**
 * Writes a workbook so the output path only ever holds a complete file: the bytes go to a
 * temporary file in the same folder (same file system, so rename is atomic), which then
 * replaces the target in one step.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { ItaError } from '../core/errors';

export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  const target = resolve(outPath);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    // Keep the permissions of a file being replaced (best effort).
    const mode = await stat(target).then((s) => s.mode & 0o777, () => undefined);
    if (mode !== undefined) await chmod(temp, mode).catch(() => undefined);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(e, outPath);
  }
}

export function writeError(e: unknown, path: string): ItaError {
  if (e instanceof ItaError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'ENOENT':
      return new ItaError(`ไม่พบโฟลเดอร์สำหรับบันทึกไฟล์: ${path}`, `The folder to save into does not exist: ${path}`);
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return new ItaError(
        `บันทึกไฟล์ ${path} ไม่ได้: ไม่มีสิทธิ์เขียน หรือไฟล์เปิดอยู่ในโปรแกรมอื่น (เช่น Excel) กรุณาปิดไฟล์แล้วลองใหม่`,
        `Cannot save ${path}: no permission to write, or the file is open in another program (such as Excel); close it and try again`,
      );
    case 'ENOSPC':
      return new ItaError(`บันทึกไฟล์ ${path} ไม่ได้: พื้นที่ดิสก์เต็ม`, `Cannot save ${path}: the disk is full`);
    case 'EISDIR':
      return new ItaError(`${path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${path} is a folder, not a file`);
    default:
      return new ItaError(`บันทึกไฟล์ ${path} ไม่ได้ (${detail})`, `Cannot save ${path} (${detail})`);
  }
}
