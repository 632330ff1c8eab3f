/**
 * A palette raster the charts draw into: filled rectangles, lines of a given thickness, and the
 * bitmap digits of chart-font.ts. Pure TypeScript, so a chart is drawn the same in the browser and
 * in Node.
 */
import { GLYPH_GAP, GLYPHS } from './chart-font';

/** Widths up to which a rectangle's rows are set pixel by pixel. */
const SHORT = 16;

export class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height);
  }

  rect(x: number, y: number, w: number, h: number, color: number): void {
    const [x0, x1, y0, y1] = this.bounds(x, y, w, h);
    for (let yy = y0; yy < y1; yy++) this.span(yy, x0, x1, color);
  }

  /**
   * A straight line `thickness` pixels wide: squares stamped along it, a pixel apart. Each square
   * sets only its pixels the square before did not: the same pixels, a few a step instead of all.
   */
  line(x0: number, y0: number, x1: number, y1: number, color: number, thickness: number): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    const half = thickness / 2;
    let before = [0, 0, 0, 0];
    for (let k = 0; k <= steps; k++) {
      const x = x0 + ((x1 - x0) * k) / steps;
      const y = y0 + ((y1 - y0) * k) / steps;
      const now = this.bounds(x - half, y - half, thickness, thickness);
      const [left, right, top, bottom] = now;
      const [bl, br, bt, bb] = before;
      for (let yy = top; yy < bottom; yy++) {
        if (yy < bt || yy >= bb) this.span(yy, left, right, color);
        else {
          this.span(yy, left, Math.min(right, bl), color);
          this.span(yy, Math.max(left, br), right, color);
        }
      }
      before = now;
    }
  }

  /** A rectangle's pixel columns [x0, x1) and rows [y0, y1), rounded and clipped to the canvas. */
  private bounds(x: number, y: number, w: number, h: number): [number, number, number, number] {
    return [Math.max(0, Math.round(x)), Math.min(this.width, Math.round(x + w)), Math.max(0, Math.round(y)), Math.min(this.height, Math.round(y + h))];
  }

  /** Pixels x0 … x1 − 1 of row y. */
  private span(y: number, x0: number, x1: number, color: number): void {
    const { pixels } = this;
    const from = y * this.width;
    // A line's stamps are a few pixels wide: setting them one by one is cheaper than a call to fill.
    if (x1 - x0 > SHORT) pixels.fill(color, from + x0, from + x1);
    else for (let i = from + x0; i < from + x1; i++) pixels[i] = color;
  }

  /** Digits centred vertically on `y`. */
  text(s: string, x: number, y: number, align: 'left' | 'center' | 'right', color: number): void {
    const glyphs = [...s].map((ch) => GLYPHS[ch]).filter(Boolean);
    const width = glyphs.reduce((n, g) => n + g.rows[0].length, 0) + GLYPH_GAP * Math.max(0, glyphs.length - 1);
    let left = Math.round(align === 'left' ? x : align === 'center' ? x - width / 2 : x - width);
    const baseline = y + 9; // digits are ~19 px tall: centre them on y
    for (const g of glyphs) {
      g.rows.forEach((row, r) => {
        const yy = baseline + g.top + r;
        if (yy < 0 || yy >= this.height) return;
        for (let cx = 0; cx < row.length; cx++)
          if (row[cx] === '#' && left + cx >= 0 && left + cx < this.width) this.pixels[yy * this.width + left + cx] = color;
      });
      left += g.rows[0].length + GLYPH_GAP;
    }
  }
}
