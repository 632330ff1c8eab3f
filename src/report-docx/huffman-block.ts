/**
 * One deflate block with codes made for its own symbols (RFC 1951 3.2.7, "dynamic Huffman codes").
 * A chart uses few colours and the same few match lengths over and over: its own codes take each
 * of them in 1 to 4 bits where the fixed codes take 7 to 9, so the PNG is about a third smaller,
 * and what the document then hashes and zips is smaller with it.
 */

export const MAX_MATCH = 258;
/** Token values: a literal byte, or a match of length 3–258 at distance 1, or at the row above. */
export const RUN_TOKEN = 256;
export const UP_TOKEN = 512;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order code length code lengths are sent in. */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const END_OF_BLOCK = 256;

/** Per match length 3–258: the index of its length symbol (257 + index). */
const LENGTH_INDEX = new Uint8Array(MAX_MATCH + 1);
for (let s = 0; s < LENGTH_BASE.length; s++) LENGTH_INDEX.fill(s, LENGTH_BASE[s], s + 1 < LENGTH_BASE.length ? LENGTH_BASE[s + 1] : MAX_MATCH + 1);

function distanceIndex(distance: number): number {
  let s = DIST_BASE.length - 1;
  while (DIST_BASE[s] > distance) s--;
  return s;
}

/**
 * The tokens as the last block of a deflate stream: its header (the code lengths), the tokens,
 * the end of the block, padded to a whole byte. `up` is the distance of an UP_TOKEN match.
 */
export function dynamicBlock(tokens: Uint16Array, count: number, up: number): Uint8Array {
  const upIndex = distanceIndex(up);
  const litFreq = new Array<number>(286).fill(0);
  const distFreq = new Array<number>(30).fill(0);
  for (let k = 0; k < count; k++) {
    const t = tokens[k];
    if (t < RUN_TOKEN) litFreq[t]++;
    else {
      litFreq[257 + LENGTH_INDEX[(t & 255) + 3]]++;
      distFreq[t < UP_TOKEN ? 0 : upIndex]++;
    }
  }
  litFreq[END_OF_BLOCK] = 1;
  const litLengths = codeLengths(atLeastTwo(litFreq), 15);
  const distLengths = codeLengths(atLeastTwo(distFreq), 15);
  const hlit = Math.max(257, lastUsed(litLengths) + 1);
  const hdist = Math.max(1, lastUsed(distLengths) + 1);
  // The code lengths, sent with a code of their own (no run-length symbols: a few hundred bytes at most).
  const sequence = [...litLengths.slice(0, hlit), ...distLengths.slice(0, hdist)];
  const clFreq = new Array<number>(19).fill(0);
  for (const l of sequence) clFreq[l]++;
  const clLengths = codeLengths(atLeastTwo(clFreq), 7);
  const hclen = Math.max(4, Math.max(...ORDER.map((s, k) => (clLengths[s] ? k : 0))) + 1);
  const [litCodes, distCodes, clCodes] = [canonical(litLengths), canonical(distLengths), canonical(clLengths)];

  // Every token at most 15 + 5 + 15 + 13 bits; the header at most 17 + 19·3 + 316·7 bits.
  const out = new Uint8Array(count * 6 + 400);
  let at = 0;
  let acc = 0;
  let held = 0;
  const put = (bits: number, n: number) => {
    acc |= bits << held;
    held += n;
    while (held >= 8) {
      out[at++] = acc & 0xff;
      acc >>= 8; // never negative: at most 15 + 7 bits are held
      held -= 8;
    }
  };
  put(0b101, 3); // the last block, dynamic codes
  put(hlit - 257, 5);
  put(hdist - 1, 5);
  put(hclen - 4, 4);
  for (let k = 0; k < hclen; k++) put(clLengths[ORDER[k]], 3);
  for (const l of sequence) put(clCodes[l], clLengths[l]);
  // Per match length, its code and extra bits together (at most 15 + 5 bits): one write a length.
  const lengthCode = new Uint32Array(MAX_MATCH + 1);
  const lengthBits = new Uint8Array(MAX_MATCH + 1);
  for (let length = 3; length <= MAX_MATCH; length++) {
    const s = LENGTH_INDEX[length];
    lengthCode[length] = litCodes[257 + s] | ((length - LENGTH_BASE[s]) << litLengths[257 + s]);
    lengthBits[length] = litLengths[257 + s] + LENGTH_EXTRA[s];
  }
  const upExtra = up - DIST_BASE[upIndex];
  for (let k = 0; k < count; k++) {
    const t = tokens[k];
    if (t < RUN_TOKEN) put(litCodes[t], litLengths[t]);
    else {
      const length = (t & 255) + 3;
      put(lengthCode[length], lengthBits[length]);
      if (t < UP_TOKEN) put(distCodes[0], distLengths[0]);
      else {
        // Code and extra bits apart: together they may pass the 24 bits a write can take.
        put(distCodes[upIndex], distLengths[upIndex]);
        if (DIST_EXTRA[upIndex]) put(upExtra, DIST_EXTRA[upIndex]);
      }
    }
  }
  put(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
  if (held > 0) out[at++] = acc & 0xff;
  return out.subarray(0, at);
}

/** A code needs two symbols to be complete (one symbol would be a 1-bit code with a gap). */
function atLeastTwo(freq: number[]): number[] {
  for (let s = 0; freq.filter((f) => f > 0).length < 2; s++) if (!freq[s]) freq[s] = 1;
  return freq;
}

function lastUsed(lengths: Uint8Array): number {
  let s = lengths.length - 1;
  while (s > 0 && !lengths[s]) s--;
  return s;
}

/**
 * Huffman code lengths for the frequencies, none longer than `limit`: when the tree is too deep,
 * the frequencies are halved (never to 0) and the tree built again, which flattens it.
 */
export function codeLengths(freq: readonly number[], limit: number): Uint8Array {
  let f = [...freq];
  for (;;) {
    const lengths = treeDepths(f);
    if (Math.max(...lengths) <= limit) return lengths;
    f = f.map((x) => (x ? (x >> 1) | 1 : 0));
  }
}

/** Depth of each used symbol in a Huffman tree of its frequency (two queues: leaves, then merged nodes). */
function treeDepths(freq: readonly number[]): Uint8Array {
  const leaves = freq.map((f, s) => ({ f, s })).filter((x) => x.f > 0);
  leaves.sort((a, b) => a.f - b.f || a.s - b.s);
  const n = leaves.length;
  const weight = leaves.map((x) => x.f);
  const parent = new Array<number>(2 * n - 1).fill(-1);
  let leaf = 0;
  let node = n;
  const smallest = () => (leaf < n && (node >= weight.length || weight[leaf] <= weight[node]) ? leaf++ : node++);
  while (weight.length < 2 * n - 1) {
    const a = smallest();
    const b = smallest();
    parent[a] = parent[b] = weight.length;
    weight.push(weight[a] + weight[b]);
  }
  const depth = new Array<number>(2 * n - 1).fill(0);
  for (let k = 2 * n - 3; k >= 0; k--) depth[k] = depth[parent[k]] + 1;
  const lengths = new Uint8Array(freq.length);
  leaves.forEach((x, k) => (lengths[x.s] = depth[k]));
  return lengths;
}

/** Canonical codes for the lengths (RFC 1951 3.2.2), bit-reversed for a stream read from the low bit. */
function canonical(lengths: Uint8Array): Uint32Array {
  const count = new Array<number>(16).fill(0);
  for (const l of lengths) if (l) count[l]++;
  const next = new Array<number>(16).fill(0);
  for (let bits = 1, code = 0; bits < 16; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  const codes = new Uint32Array(lengths.length);
  lengths.forEach((l, s) => {
    if (!l) return;
    let code = next[l]++;
    let r = 0;
    for (let k = 0; k < l; k++, code >>= 1) r = (r << 1) | (code & 1);
    codes[s] = r;
  });
  return codes;
}
