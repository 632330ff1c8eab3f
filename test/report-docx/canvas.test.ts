import { Canvas } from '../../src/report-docx/canvas';

/** The canvas as rows of digits ('.' for 0). */
const picture = (c: Canvas) =>
  Array.from({ length: c.height }, (_, y) => [...c.pixels.subarray(y * c.width, (y + 1) * c.width)].map((v) => (v ? String(v) : '.')).join(''));

describe('Canvas', () => {
  test('rectangles at fractional places are rounded and clipped the same, narrow or wide', () => {
    const c = new Canvas(24, 6);
    c.rect(-2.5, 0.4, 6, 2, 7); // x −2 … 4 clipped to 0 … 4, rows 0 and 1
    c.rect(21.6, 3, 5, 1, 3); // x 22 … 24 clipped at the right edge
    c.rect(2, 4.5, 20, 9, 5); // wider than a line's stamp: rows 5 … 6 clipped to row 5
    expect(picture(c)).toEqual([
      '7777....................',
      '7777....................',
      '........................',
      '......................33',
      '........................',
      '..55555555555555555555..',
    ]);
  });

  test('a line is squares stamped a pixel apart (as drawn by fill before)', () => {
    const c = new Canvas(12, 8);
    c.line(2, 2, 9, 5, 4, 2);
    expect(picture(c)).toEqual([
      '............',
      '.444........',
      '.44444......',
      '...44444....',
      '.....44444..',
      '.......444..',
      '............',
      '............',
    ]);
  });
});
