/**
 * The bar chart of the 10 indicators against the target, drawn into a palette raster and encoded
 * as PNG: an image both Word and LibreOffice show, made the same way in the browser and in Node.
 * Only numbers are drawn (axis, indicator numbers, scores); names and the legend are document text.
 */
import { fixed2, toThaiDigits } from '../core/numbers';
import type { DigitStyle } from '../core/report';
import { Canvas } from './canvas';
import { encodePng } from './png';

export interface ChartBar {
  no: number;
  score: number;
  pass: boolean;
}

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export const CHART_COLORS = { pass: '#2e7d32', fail: '#c62828', target: '#1f4e79' } as const;

const PALETTE = ['#ffffff', '#d9d9d9', '#595959', CHART_COLORS.pass, CHART_COLORS.fail, CHART_COLORS.target, '#222222'];
const [, GRID, AXIS, PASS, FAIL, TARGET, INK] = PALETTE.map((_, k) => k);
const W = 1200;
const H = 600;
const PLOT = { left: 96, right: W - 24, top: 48, bottom: H - 64 };

/** Half a label's height (digits ~19 px) and the room kept between a label and the target line. */
const LABEL_HALF = 11;
const LINE_ROOM = 4;

/**
 * A value label's centre: above its bar, unless the target's dashed line (4 px at `ty`) would run
 * through it (a bar just under the target); then just above the line, clear of it.
 */
export function labelY(top: number, ty: number): number {
  const centre = top - 22;
  const crosses = centre + LABEL_HALF > ty - 2 - LINE_ROOM && centre - LABEL_HALF < ty + 2 + LINE_ROOM;
  return crosses ? ty - 2 - LINE_ROOM - LABEL_HALF : centre;
}

export function indicatorChart(bars: readonly ChartBar[], target: number, digits: DigitStyle): ChartImage {
  const c = new Canvas(W, H);
  const y = (score: number) => Math.round(PLOT.bottom - ((PLOT.bottom - PLOT.top) * Math.max(0, Math.min(100, score))) / 100);
  const text = (s: string) => (digits === 'thai' ? toThaiDigits(s) : s);
  for (let v = 0; v <= 100; v += 20) {
    if (v > 0) c.rect(PLOT.left, y(v), PLOT.right - PLOT.left, 2, GRID);
    c.text(text(String(v)), PLOT.left - 14, y(v), 'right', INK);
  }
  const slot = (PLOT.right - PLOT.left) / bars.length;
  const barWidth = Math.round(slot * 0.56);
  const ty = y(target);
  bars.forEach((b, k) => {
    const mid = Math.round(PLOT.left + slot * (k + 0.5));
    const top = y(b.score);
    c.rect(mid - barWidth / 2, top, barWidth, PLOT.bottom - top, b.pass ? PASS : FAIL);
    c.text(text(fixed2(b.score)), mid, labelY(top, ty), 'center', INK);
    c.text(text(String(b.no)), mid, PLOT.bottom + 34, 'center', INK);
  });
  // Target: a dashed line across the plot.
  for (let x = PLOT.left; x < PLOT.right; x += 22) c.rect(x, ty - 2, Math.min(14, PLOT.right - x), 4, TARGET);
  c.rect(PLOT.left - 3, PLOT.top - 8, 3, PLOT.bottom - PLOT.top + 8, AXIS);
  c.rect(PLOT.left - 3, PLOT.bottom, PLOT.right - PLOT.left + 3, 3, AXIS);
  return { png: encodePng({ width: W, height: H, pixels: c.pixels, palette: PALETTE }), width: W, height: H };
}
