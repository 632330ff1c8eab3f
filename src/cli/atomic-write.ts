/**
 * Writes a workbook so the output path only ever holds a complete file: the bytes go to a
 * temporary file in the same folder (same file system, so rename is atomic), which then
 * replaces the target in one step, unless someone saved the target since the run read it.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { ItaError } from '../core/errors';
import { fileError } from './file-errors';
import { pinPrintAreas } from './print-area';
import { currentStamp, type FileStamp } from './workbook-file';

/** '.<target name>.<pid>.<8 hex>.tmp' */
const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temporary file left this long ago belongs to no running write (one takes seconds). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

export function writeWorkbookAtomically(workbook: ExcelJS.Workbook, outPath: string, expected: FileStamp | null): Promise<void> {
  pinPrintAreas(workbook);
  return writeFileAtomically(outPath, (temp) => workbook.xlsx.writeFile(temp), expected);
}

/**
 * Folders this process has cleaned of stale temporary files: once each is enough (its own temps go
 * in the `finally` of each write), and `rollup --packs` writes thousands of files into one folder,
 * which it would otherwise list before every write.
 */
const swept = new Set<string>();

/**
 * `writeTemp` writes the whole file at the temporary path given. `expected` is the target as the
 * run read it (null: it did not exist); a target that differs now was saved by someone meanwhile
 * and is left as they saved it.
 */
export async function writeFileAtomically(outPath: string, writeTemp: (temp: string) => Promise<void>, expected: FileStamp | null): Promise<void> {
  const target = resolve(outPath);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true }).catch((e: unknown) => {
    throw fileError(e, dirname(outPath), 'folder');
  });
  if (!swept.has(folder)) {
    swept.add(folder);
    await removeStaleTemps(folder);
  }
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeTemp(temp);
    await ensureUnchanged(outPath, expected);
    // Keep the permissions of a file being replaced (best effort).
    const mode = await stat(target).then(
      (s) => s.mode & 0o777,
      () => undefined,
    );
    if (mode !== undefined) await chmod(temp, mode).catch(() => undefined);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fileError(e, outPath, 'write');
  }
}

/** Checked as late as possible: just before the rename that would replace the target. */
async function ensureUnchanged(path: string, expected: FileStamp | null): Promise<void> {
  const now = await currentStamp(path);
  if (expected === null && now !== null) {
    throw new ItaError(
      `ไฟล์ ${path} ถูกสร้างขึ้นโดยผู้อื่นหรือโปรแกรมอื่นระหว่างการวิเคราะห์ จึงไม่เขียนทับ โปรดเรียกคำสั่งอีกครั้ง`,
      `${path} was created by someone else while the analysis ran; it was not overwritten: run the command again`,
    );
  }
  if (expected !== null && (now === null || now.mtimeMs !== expected.mtimeMs || now.size !== expected.size)) {
    throw new ItaError(
      `ไฟล์ ${path} ถูกบันทึก ย้าย หรือลบโดยผู้อื่นหรือโปรแกรมอื่นระหว่างการวิเคราะห์ จึงไม่เขียนทับเพื่อไม่ให้สิ่งที่บันทึกไว้สูญหาย โปรดเรียกคำสั่งอีกครั้ง`,
      `${path} was saved, moved or deleted by someone else while the analysis ran; it was not overwritten, so nothing they saved is lost: run the command again`,
    );
  }
}

/**
 * Temporary files left by an interrupted run (power cut, Ctrl+C during the write): those of a
 * process no longer running, or older than any write takes. Best effort; never fails the run.
 */
export async function removeStaleTemps(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    const s = await lstat(path).catch(() => null);
    if (!s?.isFile()) continue;
    if (now - s.mtimeMs > STALE_TEMP_MS || !processAlive(Number(m[2]))) await rm(path, { force: true }).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
