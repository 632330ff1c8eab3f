/**
 * Just enough of the ZIP format to look inside an .xlsx before ExcelJS loads it: the central
 * directory (names and sizes) and one entry's bytes as a stream that can stop early. ExcelJS
 * builds every cell of every sheet in memory, so sizes must be known before it is called.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CHUNK = 64 * 1024;

/** The entries of a ZIP archive, or null when the bytes are not a whole archive (damaged or cut short). */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  try {
    const eocd = findEnd(bytes);
    if (eocd < 0) return null;
    let count = bytes.readUInt16LE(eocd + 10);
    let offset = bytes.readUInt32LE(eocd + 16);
    if (offset === 0xffffffff && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
      const z = Number(bytes.readBigUInt64LE(eocd - 12));
      if (bytes.readUInt32LE(z) !== ZIP64_EOCD) return null;
      count = Number(bytes.readBigUInt64LE(z + 32));
      offset = Number(bytes.readBigUInt64LE(z + 48));
    }
    const entries: ZipEntry[] = [];
    for (let k = 0, p = offset; k < count; k++) {
      if (bytes.readUInt32LE(p) !== CENTRAL) return null;
      const nameLength = bytes.readUInt16LE(p + 28);
      const extraLength = bytes.readUInt16LE(p + 30);
      const entry: ZipEntry = {
        name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
        method: bytes.readUInt16LE(p + 10),
        compressedSize: bytes.readUInt32LE(p + 20),
        size: bytes.readUInt32LE(p + 24),
        offset: bytes.readUInt32LE(p + 42),
      };
      readZip64Extra(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      entries.push(entry);
      p += 46 + nameLength + extraLength + bytes.readUInt16LE(p + 32);
    }
    return entries;
  } catch {
    return null; // a read past the end: the archive is cut short
  }
}

/** The entry's uncompressed bytes, chunk by chunk; breaking out of the loop stops the inflation. */
export async function* entryChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (bytes.readUInt32LE(entry.offset) !== LOCAL) throw new Error('bad local header');
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
    return;
  }
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  // The inflater pauses when its output is not read, so stopping early costs nothing more.
  yield* Readable.from([data]).pipe(createInflateRaw({ chunkSize: CHUNK }));
}

/** A small entry's whole text (workbook.xml and its relations). */
export async function entryText(bytes: Buffer, entry: ZipEntry): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of entryChunks(bytes, entry)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

function findEnd(bytes: Buffer): number {
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - MAX_COMMENT); p--) {
    if (bytes.readUInt32LE(p) === EOCD) return p;
  }
  return -1;
}

/** Sizes and offset too large for 32 bits live in the ZIP64 extra field, in this order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) !== 0x0001) continue;
    let q = p + 4;
    for (const field of ['size', 'compressedSize', 'offset'] as const) {
      if (entry[field] !== 0xffffffff) continue;
      entry[field] = Number(extra.readBigUInt64LE(q));
      q += 8;
    }
  }
}
