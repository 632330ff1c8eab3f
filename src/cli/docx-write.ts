/** Writes the .docx the way workbooks are written: to a temporary file beside it, then renamed in one step. */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeError } from './atomic-write';

export async function writeBytesAtomically(bytes: Uint8Array, outPath: string): Promise<void> {
  const target = resolve(outPath);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(e, outPath);
  }
}
