/**
 * A ZIP archive from files in memory: the .docx package, and the command line's .xlsx parts.
 * Compressed by compressor.ts (fflate in the browser, Node's zlib on the command line).
 */
import { strToU8 } from 'fflate';
import { compressor } from './compressor';
import { ItaError } from '../core/errors';

export interface ZipFile {
  name: string;
  data: Uint8Array;
  /** Kept as is (a PNG is compressed already). */
  store?: boolean;
}

/** MS-DOS date and time fields of a moment (local time, as ZIP tools show it). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(d.getFullYear() - 1980, 0) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Past these an archive needs ZIP64, which nothing we write comes near. */
const MAX_SIZE = 0xffffffff;
const MAX_FILES = 0xffff;

/** `level`: 6 by default; 1 for files written in bulk, where time counts more than a few per cent of size. */
export function zipFiles(files: readonly ZipFile[], options: { level?: number; when?: Date } = {}): Uint8Array {
  const { time, date } = dosTime(options.when ?? new Date());
  const entries = files.map((f) => {
    const name = strToU8(f.name);
    const body = f.store ? f.data : compressor().deflate(f.data, options.level ?? 6);
    return { name, body, method: f.store ? 0 : 8, crc: compressor().crc32(f.data), size: f.data.length };
  });
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.body.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  if (files.length > MAX_FILES || localSize + centralSize > MAX_SIZE || files.some((f) => f.data.length > MAX_SIZE)) throw tooLarge();
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // Version 2.0, UTF-8 names (bit 11).
  const common = (e: (typeof entries)[number], p: number) => {
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 0x0800, true);
    view.setUint16(p + 4, e.method, true);
    view.setUint16(p + 6, time, true);
    view.setUint16(p + 8, date, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.body.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(e, at + 4);
    out.set(e.name, at + 30);
    out.set(e.body, at + 30 + e.name.length);
    at += 30 + e.name.length + e.body.length;
  }
  const central = at;
  entries.forEach((e, n) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    common(e, at + 6);
    view.setUint32(at + 42, offsets[n], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

function tooLarge(): ItaError {
  return new ItaError(
    'ไฟล์ที่จะเขียนมีขนาดเกิน 4 กิกะไบต์หรือเกิน 65,535 ส่วน ซึ่งเกินขีดจำกัดของรูปแบบ ZIP ที่โปรแกรมเขียน',
    'The file to write is over 4 GB or 65,535 parts, past the limit of the ZIP format this program writes',
  );
}
