/** Test tool: the palette indices of a PNG our encoder wrote (filter 0 on every scanline). */
import { inflateSync } from 'node:zlib';

/**
 * Pixels of our own PNG encoder's output: one zlib stream, inflated by Node's zlib (which checks
 * the Adler-32 too), one filter byte (0) per scanline, 4- or 8-bit palette indices as IHDR says.
 */
export function inflatedPixels(png: Uint8Array, width: number, height: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset);
  let at = 8;
  let idat = new Uint8Array(0);
  let depth = 0;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.slice(at + 4, at + 8));
    if (type === 'IHDR') depth = png[at + 8 + 8];
    if (type === 'IDAT') idat = png.slice(at + 8, at + 8 + length);
    at += 12 + length;
  }
  const raw = inflateSync(idat);
  const line = (depth === 4 ? Math.ceil(width / 2) : width) + 1;
  if (raw.length !== line * height) throw new Error(`scanlines: ${raw.length} bytes, expected ${line * height}`);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * line] !== 0) throw new Error(`scanline ${y}: filter ${raw[y * line]}, expected 0`);
    for (let x = 0; x < width; x++) {
      const byte = raw[y * line + 1 + (depth === 4 ? x >> 1 : x)];
      pixels[y * width + x] = depth === 8 ? byte : x & 1 ? byte & 15 : byte >> 4;
    }
  }
  return pixels;
}
