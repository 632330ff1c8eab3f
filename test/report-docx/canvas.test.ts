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

  test('a line sets the same pixels as every one of its squares stamped whole, at any slope, size and edge', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let n = 0; n < 300; n++) {
      const [x0, y0, x1, y1] = [next() * 90 - 10, next() * 70 - 10, next() * 90 - 10, next() * 70 - 10];
      const thickness = n % 3 === 0 ? 1 + Math.floor(next() * 9) : [4, 7][n % 2];
      const drawn = new Canvas(80, 60);
      drawn.line(x0, y0, x1, y1, 3, thickness);
      const stamped = new Canvas(80, 60);
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
      for (let k = 0; k <= steps; k++) {
        const x = x0 + ((x1 - x0) * k) / steps;
        const y = y0 + ((y1 - y0) * k) / steps;
        stamped.rect(x - thickness / 2, y - thickness / 2, thickness, thickness, 3);
      }
      expect(drawn.pixels).toEqual(stamped.pixels);
    }
  });
});
