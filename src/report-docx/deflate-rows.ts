/**
 * A zlib stream (RFC 1950/1951) of a raster's scanlines, made for flat-colour charts in one pass.
 * Only two back-references are looked for: the byte before repeated (distance 1) and the same bytes
 * as the scanline above (distance = the scanline's length). A chart is mostly rows equal to the one
 * above and runs of one colour, so these find nearly all the repetition a general deflate finds,
 * with no hash table; the matches are then written with codes made for them (huffman-block.ts).
 * A report's two charts: ~4 ms and ~24 KB, where fflate's level 1 (and two pixels a byte) took
 * ~21 ms for ~20 KB.
 */
import { dynamicBlock, MAX_MATCH, RUN_TOKEN, UP_TOKEN } from './huffman-block';

/** Deflate's window: no back-reference may reach further. */
const WINDOW = 32768;

const ADLER_MOD = 65521;

/**
 * The PNG scanlines of an image of a byte a pixel (each row after a filter byte 0) as a zlib stream.
 * Bytes equal to the row above are compared four at a time where rows start on a 4-byte word, and
 * Adler-32 is updated only for the bytes that differ from the row above. One function with its
 * state in local variables: the hot loop touches no object.
 */
export function deflateScanlines(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const n = width + 1; // bytes a scanline
  const canUp = n <= WINDOW;
  const words = width % 4 === 0 && pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, (width * height) >> 2) : null;
  const wordsUp = width >> 2;
  // A token a byte is a scanline's worst case.
  let tokens = new Uint16Array(Math.max(1024, n * 8));
  let count = 0;
  // Adler-32 so far; the last scanline's byte sum and Σ (n − k)·byte_k, both mod 65521.
  let a = 1;
  let b = 0;
  let sum = 0;
  let weighted = 0;
  for (let y = 0; y < height; y++) {
    if (count + n > tokens.length) {
      const more = new Uint16Array(tokens.length * 2 + n);
      more.set(tokens.subarray(0, count));
      tokens = more;
    }
    // Scanline byte k (k ≥ 1) is pixels[row + k − 1]; byte 0 is the filter byte, 0 in every row.
    const row = y * width;
    const above = row - width;
    const up = y > 0 && canUp;
    for (let j = 0; j < n;) {
      const end = j + Math.min(MAX_MATCH, n - j);
      let k = j;
      if (up) {
        // The row above first: a run is looked for only where it does not go on (a chart's rows
        // mostly repeat), so each byte is compared about once.
        if (k === 0) k = 1;
        if (words) {
          while (k < end && (row + k - 1) & 3 && pixels[row + k - 1] === pixels[above + k - 1]) k++;
          if (!((row + k - 1) & 3)) for (let w = (row + k - 1) >> 2; k + 4 <= end && words[w] === words[w - wordsUp]; w++) k += 4;
        }
        while (k < end && pixels[row + k - 1] === pixels[above + k - 1]) k++;
      }
      const same = k - j;
      if (same >= 3) tokens[count++] = UP_TOKEN + same - 3;
      else {
        // A run of the byte before j, or one literal.
        let r = j;
        if (j >= 1) {
          const before = j === 1 ? 0 : pixels[row + j - 2];
          while (r < end && pixels[row + r - 1] === before) r++;
        }
        if (r - j >= 3) tokens[count++] = RUN_TOKEN + r - j - 3;
        else {
          r = j + 1;
          tokens[count++] = j === 0 ? 0 : pixels[row + j - 1];
        }
        // Bytes not copied from the row above change the scanline's sums.
        for (let m = Math.max(j, 1); m < r; m++) {
          const d = pixels[row + m - 1] - (y > 0 ? pixels[above + m - 1] : 0);
          sum += d;
          weighted += (n - m) * d;
        }
        k = r;
      }
      j = k;
    }
    sum = ((sum % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    weighted = ((weighted % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    // Adler-32 after this scanline: a += its sum; b += n·a + Σ (n − k)·byte_k.
    b = (b + ((n * a) % ADLER_MOD) + weighted) % ADLER_MOD;
    a = (a + sum) % ADLER_MOD;
  }
  const block = dynamicBlock(tokens, count, n);
  const out = new Uint8Array(2 + block.length + 4);
  out[0] = 0x78; // deflate, 32 KB window
  out[1] = 0x01; // no preset dictionary; (0x78 * 256 + 0x01) % 31 === 0
  out.set(block, 2);
  // Adler-32, most significant byte first.
  const adler = ((b << 16) | a) >>> 0;
  out.set([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], 2 + block.length);
  return out;
}
