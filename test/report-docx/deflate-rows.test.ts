import { inflateSync } from 'node:zlib';
import { deflateScanlines } from '../../src/report-docx/deflate-rows';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rows like a chart's: copies of the row above, runs of one colour, a few odd bytes. */
function rows(width: number, height: number, seed: number): Uint8Array[] {
  const next = random(seed);
  const out: Uint8Array[] = [];
  for (let y = 0; y < height; y++) {
    const row = y > 0 && next() < 0.5 ? out[y - 1].slice() : new Uint8Array(width);
    for (let x = 0; x < width;) {
      const span = 1 + Math.floor(next() * (next() < 0.2 ? 600 : 6));
      const value = Math.floor(next() * 16);
      if (next() < 0.6) row.fill(value, x, x + span);
      x += span;
    }
    out.push(row);
  }
  return out;
}

/**
 * Deflated, then inflated by Node's zlib (which checks the Adler-32). `shift` places the pixels off
 * a 4-byte word, where rows are compared a byte at a time.
 */
function roundTrip(image: Uint8Array[], width: number, shift = 0): { back: Buffer; size: number } {
  const pixels = new Uint8Array(shift + width * image.length).subarray(shift);
  image.forEach((r, y) => pixels.set(r, y * width));
  const z = deflateScanlines(pixels, width, image.length);
  return { back: inflateSync(z), size: z.length };
}

const scanlines = (image: Uint8Array[]) => Buffer.concat(image.flatMap((r) => [Buffer.from([0]), Buffer.from(r)]));

describe('deflateScanlines', () => {
  test.each([1, 2, 3, 4, 5, 8, 257, 258, 259, 260, 600, 1200, 1201])('width %i: every scanline back, filter byte 0 first', (width) => {
    for (const seed of [1, 2, 3]) {
      const image = rows(width, 40, seed * 1000 + width);
      expect(roundTrip(image, width).back.equals(scanlines(image))).toBe(true);
      expect(roundTrip(image, width, 1).back.equals(scanlines(image))).toBe(true);
    }
  });

  test('rows wider than deflate’s 32 KB window: runs and literals only, still exact', () => {
    const image = rows(40_000, 4, 7);
    expect(roundTrip(image, 40_000).back.equals(scanlines(image))).toBe(true);
  });

  test('a row a colour apart from the one above, and 600 rows each equal to the one above', () => {
    const noisy = rows(1200, 1, 9)[0];
    const flat = new Uint8Array(1200).fill(5);
    const image = [noisy, ...Array.from({ length: 599 }, () => flat)];
    const { back, size } = roundTrip(image, 1200);
    expect(back.equals(scanlines(image))).toBe(true);
    // A repeated row is 5 matches of the row above (≤ 258 bytes each), with codes made for this image
    // about 61 bits: 8 bytes, not 1201 (14 with deflate's fixed codes).
    expect(size).toBeLessThan((1201 * 9) / 8 + 599 * 8);
    expect(size).toBeGreaterThan(599 * 7);
  });

  test('the same rows give the same bytes, on a word or off it (the codes are built once and reused)', () => {
    const image = rows(300, 30, 11);
    const pixels = new Uint8Array(9000);
    image.forEach((r, y) => pixels.set(r, y * 300));
    const off = new Uint8Array(9001).subarray(1);
    off.set(pixels);
    const once = deflateScanlines(pixels, 300, 30);
    expect(Buffer.from(deflateScanlines(pixels, 300, 30)).equals(Buffer.from(once))).toBe(true);
    expect(Buffer.from(deflateScanlines(off, 300, 30)).equals(Buffer.from(once))).toBe(true);
  });

  test('an image with no row', () => {
    expect(inflateSync(deflateScanlines(new Uint8Array(0), 10, 0)).length).toBe(0);
  });
});
