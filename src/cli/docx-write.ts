/** Writes the .docx the way workbooks are written: a temporary file beside it, then one rename. */
import { writeFile } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write';
import { currentStamp } from './workbook-file';

export async function writeBytesAtomically(bytes: Uint8Array, outPath: string): Promise<void> {
  const stamp = await currentStamp(outPath);
  await writeFileAtomically(outPath, (temp) => writeFile(temp, bytes), stamp);
}
