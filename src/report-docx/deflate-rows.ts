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

/** Bytes before a scanline's filter byte in the row buffers, so that its pixels start on a 4-byte word. */
const PAD = 3;

/**
 * PNG scanlines (filter type 0) deflated one at a time into a zlib stream (RFC 1950/1951). Bytes
 * equal to the row above are found four at a time, and Adler-32 is updated only for the bytes that
 * differ from the row above, so a row equal to the one above costs a copy and a word comparison.
 */
export class RowDeflater {
  private out: Uint8Array;
  private at = 2;
  private acc = 0;
  private held = 0;
  private rows = 0;
  /** The scanline being deflated and the one above, PAD bytes in; word views of both. */
  private cur: Uint8Array;
  private prev: Uint8Array;
  private cur32: Uint32Array;
  private prev32: Uint32Array;
  private readonly upCode: number;
  private readonly upBits: number;
  /** Adler-32 so far, and the last scanline's byte sum and Σ (stride − i)·byte_i, both mod 65521. */
  private a = 1;
  private b = 0;
  private sum = 0;
  private weighted = 0;

  constructor(
    /** Pixel bytes per scanline, without the filter byte. */
    private readonly width: number,
  ) {
    const stride = width + 1;
    // Room for a few rows; `row` makes more when the next one might not fit.
    this.out = new Uint8Array(Math.max(64, stride * 8));
    this.out[0] = 0x78; // deflate, 32 KB window
    this.out[1] = 0x01; // no preset dictionary; (0x78 * 256 + 0x01) % 31 === 0
    const size = Math.ceil((PAD + stride) / 4) * 4;
    this.cur = new Uint8Array(size);
    this.prev = new Uint8Array(size);
    this.cur32 = new Uint32Array(this.cur.buffer);
    this.prev32 = new Uint32Array(this.prev.buffer);
    [this.upCode, this.upBits] = stride <= WINDOW ? distanceCode(stride) : [0, 0];
    this.send(0b011, 3); // the last block, fixed codes
  }

  /** The next scanline's `width` pixel bytes (copied: the caller may reuse the array). */
  row(pixels: Uint8Array): void {
    const { literal, literalBits, length, lengthBits } = fixedCodes();
    // Every byte a literal of at most 9 bits is the worst case (a match costs less a byte), then the end.
    const room = this.at + Math.ceil(((this.width + 1) * 9 + 7 + 7) / 8) + 4;
    if (room > this.out.length) {
      const more = new Uint8Array(Math.max(room, this.out.length * 2));
      more.set(this.out.subarray(0, this.at));
      this.out = more;
    }
    this.cur.set(pixels.subarray(0, this.width), PAD + 1);
    const { cur, prev } = this;
    const n = this.width + 1;
    const up = this.rows > 0 && this.upBits > 0;
    let sum = this.sum;
    let weighted = this.weighted;
    for (let i = 0; i < n;) {
      const limit = Math.min(MAX_MATCH, n - i);
      // The row above first: a run is looked for only where it does not go on (a chart's rows
      // mostly repeat), so each byte is compared about once.
      const same = up ? this.common(i, limit) : 0;
      if (same >= 3) {
        this.send(length[same], lengthBits[same]);
        this.send(this.upCode, this.upBits);
        i += same;
        continue; // the same bytes as above: nothing changes in the row's sums
      }
      let run = 0;
      if (i >= 1) while (run < limit && cur[PAD + i + run] === cur[PAD + i + run - 1]) run++;
      let take: number;
      if (run >= 3) {
        this.send(length[run], lengthBits[run]);
        this.send(RUN_CODE, RUN_BITS);
        take = run;
      } else {
        this.send(literal[cur[PAD + i]], literalBits[cur[PAD + i]]);
        take = 1;
      }
      for (const end = i + take; i < end; i++) {
        const d = cur[PAD + i] - prev[PAD + i];
        sum += d;
        weighted += (n - i) * d;
      }
    }
    this.sum = ((sum % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    this.weighted = ((weighted % ADLER_MOD) + ADLER_MOD) % ADLER_MOD;
    // Adler-32 after this scanline: a += its sum; b += n·a + Σ (n − i)·byte_i.
    this.b = (this.b + ((n * this.a) % ADLER_MOD) + this.weighted) % ADLER_MOD;
    this.a = (this.a + this.sum) % ADLER_MOD;
    [this.cur, this.prev, this.cur32, this.prev32] = [this.prev, this.cur, this.prev32, this.cur32];
    this.rows++;
  }

  /** The zlib stream of every scanline given. */
  finish(): Uint8Array {
    this.send(0, 7); // end of block (symbol 256)
    const { out } = this;
    if (this.held > 0) out[this.at++] = this.acc & 0xff;
    const adler = ((this.b << 16) | this.a) >>> 0;
    out.set([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], this.at);
    return out.slice(0, this.at + 4);
  }

  /** How many bytes from scanline byte i on (at most `limit`) equal the row above's. */
  private common(i: number, limit: number): number {
    const { cur, prev, cur32, prev32 } = this;
    let p = PAD + i;
    const end = p + limit;
    while (p < end && p & 3) {
      if (cur[p] !== prev[p]) return p - PAD - i;
      p++;
    }
    while (p + 4 <= end && cur32[p >> 2] === prev32[p >> 2]) p += 4;
    while (p < end && cur[p] === prev[p]) p++;
    return p - PAD - i;
  }

  private send(bits: number, count: number): void {
    this.acc |= bits << this.held;
    this.held += count;
    while (this.held >= 8) {
      this.out[this.at++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.held -= 8;
    }
  }
}

const [RUN_CODE, RUN_BITS] = distanceCode(1);
