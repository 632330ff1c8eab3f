/**
 * A zlib stream (RFC 1950/1951) of a raster's scanlines, made for flat-colour charts in one pass.
 * Only two back-references are looked for: the byte before repeated (distance 1) and the same bytes
 * as the scanline above (distance = the scanline's length). A chart is mostly rows equal to the one
 * above and runs of one colour, so these find nearly all the repetition a general deflate finds,
 * with no hash table; the codes are deflate's fixed Huffman codes, so there is no tree to build.
 * A report's two charts: ~4 ms and ~36 KB, where fflate's level 1 (and two pixels a byte) took ~21 ms
 * for ~20 KB.
 */

/** Deflate's window: no back-reference may reach further. */
const WINDOW = 32768;
const MAX_MATCH = 258;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/** Huffman codes are sent most significant bit first into a stream read least significant bit first. */
function reversed(code: number, bits: number): number {
  let r = 0;
  for (let k = 0; k < bits; k++, code >>>= 1) r = (r << 1) | (code & 1);
  return r;
}

/** The fixed literal/length code of a symbol (RFC 1951 3.2.6), ready to send: [bits, how many]. */
function fixedCode(symbol: number): [number, number] {
  if (symbol < 144) return [reversed(0x30 + symbol, 8), 8];
  if (symbol < 256) return [reversed(0x190 + symbol - 144, 9), 9];
  if (symbol < 280) return [reversed(symbol - 256, 7), 7];
  return [reversed(0xc0 + symbol - 280, 8), 8];
}

interface Codes {
  /** Per literal byte, and per match length 3–258 (with its extra bits): bits to send and how many. */
  literal: Uint32Array;
  literalBits: Uint8Array;
  length: Uint32Array;
  lengthBits: Uint8Array;
}

let codes: Codes | null = null;

/** The tables, built on first use: the same for every image. */
function fixedCodes(): Codes {
  if (codes) return codes;
  const c: Codes = {
    literal: new Uint32Array(256),
    literalBits: new Uint8Array(256),
    length: new Uint32Array(MAX_MATCH + 1),
    lengthBits: new Uint8Array(MAX_MATCH + 1),
  };
  for (let b = 0; b < 256; b++) [c.literal[b], c.literalBits[b]] = fixedCode(b);
  for (let s = 0; s < LENGTH_BASE.length; s++) {
    const [code, bits] = fixedCode(257 + s);
    const top = s + 1 < LENGTH_BASE.length ? LENGTH_BASE[s + 1] : MAX_MATCH + 1;
    for (let n = LENGTH_BASE[s]; n < top; n++) {
      c.length[n] = code | ((n - LENGTH_BASE[s]) << bits);
      c.lengthBits[n] = bits + LENGTH_EXTRA[s];
    }
  }
  return (codes = c);
}

/** A distance's fixed 5-bit code with its extra bits: [bits, how many]. */
function distanceCode(distance: number): [number, number] {
  let s = DIST_BASE.length - 1;
  while (DIST_BASE[s] > distance) s--;
  return [reversed(s, 5) | ((distance - DIST_BASE[s]) << 5), 5 + DIST_EXTRA[s]];
}

const ADLER_MOD = 65521;

/**
 * The PNG scanlines of an image of a byte a pixel (each row after a filter byte 0) as a zlib stream.
 * Bytes equal to the row above are compared four at a time where rows start on a 4-byte word, and
 * Adler-32 is updated only for the bytes that differ from the row above. One function with its
 * state in local variables: the hot loop touches no object.
 */
export function deflateScanlines(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const { literal, literalBits, length, lengthBits } = fixedCodes();
  const n = width + 1; // bytes a scanline
  const [upCode, upBits] = n <= WINDOW ? distanceCode(n) : [0, 0];
  const words = width % 4 === 0 && pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, (width * height) >> 2) : null;
  const wordsUp = width >> 2;
  // Every byte a literal of at most 9 bits is a scanline's worst case (a match costs less a byte).
  const worst = Math.ceil((n * 9 + 14) / 8) + 4;
  let out = new Uint8Array(Math.max(64, worst * 8));
  out[0] = 0x78; // deflate, 32 KB window
  out[1] = 0x01; // no preset dictionary; (0x78 * 256 + 0x01) % 31 === 0
  let at = 2;
  let acc = 0b011; // the last block, fixed codes
  let held = 3;
  // Adler-32 so far; the last scanline's byte sum and Σ (n − k)·byte_k, both mod 65521.
  let a = 1;
  let b = 0;
  let sum = 0;
  let weighted = 0;
  for (let y = 0; y < height; y++) {
    if (at + worst > out.length) {
      const more = new Uint8Array(out.length * 2);
      more.set(out.subarray(0, at));
      out = more;
    }
    // Scanline byte k (k ≥ 1) is pixels[row + k − 1]; byte 0 is the filter byte, 0 in every row.
    const row = y * width;
    const above = row - width;
    const up = y > 0 && upBits > 0;
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
      let code: number;
      let bits: number;
      let distance = 0;
      let distanceBits = 0;
      const same = k - j;
      if (same >= 3) {
        code = length[same];
        bits = lengthBits[same];
        distance = upCode;
        distanceBits = upBits;
      } else {
        // A run of the byte before j, or one literal.
        let r = j;
        if (j >= 1) {
          const before = j === 1 ? 0 : pixels[row + j - 2];
          while (r < end && pixels[row + r - 1] === before) r++;
        }
        if (r - j >= 3) {
          code = length[r - j];
          bits = lengthBits[r - j];
          distance = RUN_CODE;
          distanceBits = RUN_BITS;
        } else {
          r = j + 1;
          const byte = j === 0 ? 0 : pixels[row + j - 1];
          code = literal[byte];
          bits = literalBits[byte];
        }
        // Bytes not copied from the row above change the scanline's sums.
        for (let m = Math.max(j, 1); m < r; m++) {
          const d = pixels[row + m - 1] - (y > 0 ? pixels[above + m - 1] : 0);
          sum += d;
          weighted += (n - m) * d;
        }
        k = r;
      }
      acc |= code << held;
      held += bits;
      while (held >= 8) {
        out[at++] = acc & 0xff;
        acc >>= 8; // never negative: under 2^25
        held -= 8;
      }
      acc |= distance << held;
      held += distanceBits;
      while (held >= 8) {
        out[at++] = acc & 0xff;
        acc >>= 8;
        held -= 8;
      }
      j = k;
    }
    sum = ((sum % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    weighted = ((weighted % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    // Adler-32 after this scanline: a += its sum; b += n·a + Σ (n − k)·byte_k.
    b = (b + ((n * a) % ADLER_MOD) + weighted) % ADLER_MOD;
    a = (a + sum) % ADLER_MOD;
  }
  // End of block (symbol 256: seven 0 bits), the last byte, then Adler-32 most significant byte first.
  held += 7;
  while (held > 0) {
    out[at++] = acc & 0xff;
    acc >>= 8;
    held -= 8;
  }
  const adler = ((b << 16) | a) >>> 0;
  out.set([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], at);
  return out.slice(0, at + 4);
}

const [RUN_CODE, RUN_BITS] = distanceCode(1);
