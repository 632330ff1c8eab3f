import { Repeats } from '../../../src/core/reading/repeats';

describe('values given twice', () => {
  const name = (key: string) => ({ th: key, en: key });

  test('the first is used; equal repeats are silent; a disagreeing one names both cells', () => {
    const r = new Repeats();
    expect(r.add('a', 1, 'C1')).toBe(true);
    expect(r.add('a', 1, 'C9')).toBe(false);
    r.add('b', 2, 'C2');
    r.add('b', 3, 'C10');
    expect(r.warnings(name, () => false).map((w) => w.en)).toEqual([
      'b is given twice: 2.00 (cell C2) and 3.00 (cell C10); the first is used; check which is right',
    ]);
  });

  test('several table values disagreeing at the same repeat are one second-table warning', () => {
    const r = new Repeats();
    ['x', 'y', 'z'].forEach((k, i) => r.add(k, i, `C${i + 1}`));
    ['x', 'y', 'z'].forEach((k, i) => r.add(k, i + (k === 'z' ? 0 : 5), `C${i + 11}`));
    expect(r.warnings(name, () => true).map((w) => w.en)).toEqual([
      'Score table 2 (cells C11–C13) disagrees with the first (cells C1–C3) on x, y; the first is used; if another is right, delete the one not meant',
    ]);
  });
});
