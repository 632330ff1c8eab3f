import { inflateRawSync } from 'node:zlib';
import { codeLengths, dynamicBlock, RUN_TOKEN, UP_TOKEN } from '../../src/report-docx/huffman-block';

/** Kraft's sum of a code's lengths: 1 for a complete prefix code. */
const kraft = (lengths: Uint8Array) => [...lengths].reduce((n, l) => n + (l ? 2 ** -l : 0), 0);

describe('codes made for a block', () => {
  test('Huffman lengths: rarer symbols longer, a complete code, unused symbols none', () => {
    const lengths = codeLengths([8, 0, 4, 2, 1, 1], 15);
    expect([...lengths]).toEqual([1, 0, 2, 3, 4, 4]);
    expect(kraft(lengths)).toBe(1);
  });

  test('no code longer than the limit, even for frequencies that would make a tree 29 deep', () => {
    const fibonacci = [1, 1];
    while (fibonacci.length < 30) fibonacci.push(fibonacci[fibonacci.length - 1] + fibonacci[fibonacci.length - 2]);
    expect(Math.max(...codeLengths(fibonacci, 1000))).toBe(29);
    const limited = codeLengths(fibonacci, 15);
    expect(Math.max(...limited)).toBe(15);
    expect(kraft(limited)).toBe(1);
    expect(Math.max(...codeLengths(fibonacci.slice(0, 19), 7))).toBeLessThanOrEqual(7);
  });

  test('literals, runs and matches of the row above read back by zlib, lengths 3 to 258', () => {
    // Row 1 "abc…" (10 bytes), then a run of 257 'z' after one 'z', then the 10 bytes again from 268 back.
    const tokens = [...'abcdefghij'].map((c) => c.charCodeAt(0));
    tokens.push('z'.charCodeAt(0), RUN_TOKEN + 257 - 3, UP_TOKEN + 3 - 3, UP_TOKEN + 7 - 3);
    const back = inflateRawSync(dynamicBlock(Uint16Array.from(tokens), tokens.length, 268));
    expect(back.toString('latin1')).toBe(`abcdefghij${'z'.repeat(258)}abcdefghij`);
  });

  test('a block of literals only, and an empty block', () => {
    expect(inflateRawSync(dynamicBlock(Uint16Array.from([7]), 1, 1201))).toEqual(Buffer.from([7]));
    expect(inflateRawSync(dynamicBlock(new Uint16Array(0), 0, 1201)).length).toBe(0);
  });
});
