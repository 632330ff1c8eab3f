/**
 * A minimal PNG encoder: an indexed (palette) image, its scanlines deflated by deflate-rows.ts,
 * CRC-32 for the chunks. A chart is mostly flat colour, so deflating here takes a 1200×640 chart from
 * ~770 KB to ~12 KB, and `docx` then hashes and zips that instead of the raw pixels. Pure TypeScript,
 * so the same chart is drawn in the browser and in Node.
 */
import { deflateScanlines } from './deflate-rows';

export interface IndexedImage {
  width: number;
  height: number;
  /** One palette index per pixel, row by row. */
  pixels: Uint8Array;
  /** '#rrggbb' colours, at most 256. */
  palette: string[];
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function encodePng(img: IndexedImage): Uint8Array {
  const { width, height, pixels, palette } = img;
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // A byte a pixel: the deflate then compares rows four pixels at a time, and packing two pixels a
  // byte cost more than the smaller scanlines saved.
  ihdr.set([8, 3, 0, 0, 0], 8); // palette indices, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, k) =>
    plte.set(
      [0, 2, 4].map((i) => parseInt(c.slice(1 + i, 3 + i), 16)),
      k * 3,
    ),
  );
  // Filter type 0 (none) on every scanline: the deflate refers to the row above itself, which is
  // what filter Up would give.
  const idat = deflateScanlines(pixels, width, height);
  const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  return concat(parts);
}

let table: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
