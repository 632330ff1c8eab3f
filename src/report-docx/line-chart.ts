/**
 * The total and the ten indicators over the years as lines, for the document's comparison with
 * earlier years: the total thick and black, each indicator in its own colour with its number at
 * the line's end. As in the bar chart, only numbers are drawn; the legend is document text.
 */
import { fixed2, toThaiDigits } from '../core/numbers';
import type { DigitStyle } from '../core/report';
import { Canvas } from './canvas';
import type { ChartImage } from './chart';
import { encodePng } from './png';

export interface ChartLine {
  /** 0 for the total, 1–10 for an indicator. */
  no: number;
  values: (number | null)[];
}

/** Colours of indicators 1–10 (the total is black); the legend repeats them. */
export const LINE_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'] as const;
export const TOTAL_COLOR = '#000000';

const BASE = ['#ffffff', '#d9d9d9', '#595959', '#222222'];
const [, GRID, AXIS, INK] = BASE.map((_, k) => k);
const PALETTE = [...BASE, TOTAL_COLOR, ...LINE_COLORS];
const colorOf = (no: number) => BASE.length + no;
const W = 1200;
const H = 640;
const PLOT = { left: 96, right: W - 110, top: 40, bottom: H - 70 };
/** Vertical room an end label needs. */
const LABEL_GAP = 24;

export function yearsChart(years: readonly number[], lines: readonly ChartLine[], digits: DigitStyle): ChartImage {
  const c = new Canvas(W, H);
  const text = (s: string) => (digits === 'thai' ? toThaiDigits(s) : s);
  const all = lines.flatMap((l) => l.values).filter((v): v is number => v !== null);
  const min = Math.max(0, Math.min(90, Math.floor((Math.min(...all) - 2) / 5) * 5));
  const y = (v: number) => Math.round(PLOT.bottom - ((PLOT.bottom - PLOT.top) * (v - min)) / (100 - min));
  const x = (k: number) =>
    Math.round(years.length === 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + 40 + ((PLOT.right - PLOT.left - 80) * k) / (years.length - 1));
  const step = 100 - min > 40 ? 20 : 100 - min > 20 ? 10 : 5;
  for (let v = min; v <= 100; v += step) {
    if (v > min) c.rect(PLOT.left, y(v), PLOT.right - PLOT.left, 2, GRID);
    c.text(text(String(v)), PLOT.left - 14, y(v), 'right', INK);
  }
  years.forEach((yr, k) => c.text(text(String(yr)), x(k), PLOT.bottom + 34, 'center', INK));
  // Indicators first, the total last so that it stays on top.
  const ordered = [...lines.filter((l) => l.no !== 0), ...lines.filter((l) => l.no === 0)];
  for (const l of ordered) {
    const points = l.values.map((v, k) => (v === null ? null : { x: x(k), y: y(v) }));
    const width = l.no === 0 ? 7 : 4;
    points.forEach((p, k) => {
      const next = points[k + 1];
      if (p && next) c.line(p.x, p.y, next.x, next.y, colorOf(l.no), width);
      if (p) c.rect(p.x - width - 1, p.y - width - 1, 2 * width + 2, 2 * width + 2, colorOf(l.no));
    });
  }
  endLabels(c, lines, years.length, y, text);
  c.rect(PLOT.left - 3, PLOT.top - 8, 3, PLOT.bottom - PLOT.top + 8, AXIS);
  c.rect(PLOT.left - 3, PLOT.bottom, PLOT.right - PLOT.left + 3, 3, AXIS);
  return { png: encodePng({ width: W, height: H, pixels: c.pixels, palette: PALETTE }), width: W, height: H };
}

/** Each indicator's number right of its last point, pushed apart where lines end close together. */
function endLabels(c: Canvas, lines: readonly ChartLine[], count: number, y: (v: number) => number, text: (s: string) => string): void {
  const labels = lines
    .filter((l) => l.no !== 0 && l.values[count - 1] !== null)
    .map((l) => ({ no: l.no, at: y(l.values[count - 1]!) }))
    .sort((a, b) => a.at - b.at);
  labels.forEach((l, k) => {
    if (k > 0) l.at = Math.max(l.at, labels[k - 1].at + LABEL_GAP);
  });
  // Labels pushed past the bottom come back up together.
  const over = labels.length ? labels[labels.length - 1].at - (PLOT.bottom + 20) : 0;
  for (const l of labels) {
    const at = over > 0 ? l.at - over : l.at;
    c.text(text(String(l.no)), PLOT.right + 24, at, 'left', colorOf(l.no));
  }
}

/** The chart's figures as text, for the image's description. */
export function describeLines(years: readonly number[], lines: readonly ChartLine[]): string {
  return lines.map((l) => `${l.no || 'รวม'}: ${l.values.map((v, k) => `${years[k]} ${v === null ? '-' : fixed2(v)}`).join(' ')}`).join('; ');
}
