/** Test tool: the palette indices of a PNG our encoder wrote (4-bit, filter 0 on every scanline). */
import { unzlibSync } from 'fflate';

/** Pixels of our own PNG encoder's output: one zlib stream, one filter byte (0) per scanline, 4-bit indices. */
export function inflatedPixels(png: Uint8Array, width: number, height: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset);
  let at = 8;
  let idat = new Uint8Array(0);
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.slice(at + 4, at + 8));
    if (type === 'IDAT') idat = png.slice(at + 8, at + 8 + length);
    at += 12 + length;
  }
  const raw = unzlibSync(idat);
  const line = Math.ceil(width / 2) + 1;
  if (raw.length !== line * height) throw new Error(`scanlines: ${raw.length} bytes, expected ${line * height}`);
  const pixels = new Uint8Array(width * height);
  for (let k = 0; k < pixels.length; k++) {
    const byte = raw[Math.floor(k / width) * line + 1 + ((k % width) >> 1)];
    pixels[k] = (k % width) & 1 ? byte & 15 : byte >> 4;
  }
  return pixels;
}
