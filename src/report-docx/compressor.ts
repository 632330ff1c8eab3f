/**
 * DEFLATE and CRC-32 for what report-docx writes (the .docx package, its PNG charts, the command
 * line's .xlsx parts). fflate in the browser by default; the command line sets Node's native zlib
 * with `useCompressor` (four to five times faster on a report's parts and charts).
 */
import { deflateSync, zlibSync } from 'fflate';

export interface Compressor {
  /** Raw DEFLATE data (a ZIP entry) at a level from 1 (fastest) to 9. */
  deflate(data: Uint8Array, level: number): Uint8Array;
  /** A zlib stream: header, DEFLATE data, Adler-32 (a PNG's image data). */
  zlib(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as ZIP and PNG use it. */
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** fflate's level type. */
type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

let current: Compressor = {
  deflate: (data, level) => deflateSync(data, { level: level as Level }),
  zlib: (data, level) => zlibSync(data, { level: level as Level }),
  crc32,
};

/** The compressor everything uses from now on (the command line's native zlib). */
export function useCompressor(c: Compressor): void {
  current = c;
}

export function compressor(): Compressor {
  return current;
}
