import { remembered } from '../../src/core/remember';

describe('remembered', () => {
  test('each text worked out once while remembered, with the same answer as the work itself', () => {
    const calls: string[] = [];
    const upper = remembered((t) => {
      calls.push(t);
      return t.toUpperCase();
    }, 10);
    expect([upper('ab'), upper('cd'), upper('ab'), upper('ab')]).toEqual(['AB', 'CD', 'AB', 'AB']);
    expect(calls).toEqual(['ab', 'cd']);
  });

  test('at most `size` texts: the oldest is forgotten first, and worked out again when asked', () => {
    const calls: string[] = [];
    const len = remembered((t) => {
      calls.push(t);
      return t.length;
    }, 2);
    len('a'); // remembered: a
    len('bb'); // a, bb
    len('a');
    len('ccc'); // full: a is forgotten (bb, ccc)
    len('bb');
    expect(calls).toEqual(['a', 'bb', 'ccc']);
    expect(len('a')).toBe(1);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  test('answers that are falsy (0, empty text) are remembered too', () => {
    let calls = 0;
    const zero = remembered(() => {
      calls++;
      return 0;
    }, 4);
    zero('x');
    zero('x');
    expect(calls).toBe(1);
  });
});
