import { indicatorChart, labelY } from '../../src/report-docx/chart';
import { inflatedPixels } from './png-pixels';

const INK = 6; // the labels' palette index
const TARGET = 5; // the dashed line's

describe('the indicator chart', () => {
  // Ten bars, the third just under the target of 85 (its label would sit on the line), the tenth at 100.
  const scores = [90, 95, 82, 60, 88, 91, 70, 99, 85.5, 100];
  const img = indicatorChart(
    scores.map((score, k) => ({ no: k + 1, score, pass: score >= 85 })),
    85,
    'thai',
  );
  const px = inflatedPixels(img.png, img.width, img.height);
  const at = (x: number, y: number) => px[y * img.width + x];
  const slot = (1200 - 24 - 96) / 10;
  const columns = (k: number) => Array.from({ length: 80 }, (_, d) => Math.round(96 + slot * (k + 0.5)) - 40 + d);
  const inkRows = (k: number) =>
    [...new Set(columns(k).flatMap((x) => Array.from({ length: img.height }, (_, y) => y).filter((y) => at(x, y) === INK)))].sort((a, b) => a - b);
  // y(85) on a plot from row 48 (100) to row 536 (0).
  const ty = 121;

  test('the target line is where 85 is', () => {
    expect(at(96, ty)).toBe(TARGET);
    expect(at(96, ty - 3)).not.toBe(TARGET);
  });

  test('a label just under the target goes above the line, clear of it by 4 px', () => {
    expect(labelY(136, ty)).toBe(104);
    const rows = inkRows(2).filter((y) => y < 500); // the bar's own number under the axis aside
    expect(rows.length).toBeGreaterThan(12);
    expect(Math.max(...rows)).toBeLessThan(ty - 2 - 3);
  });

  test('other labels stay above their bars; the label of 100 is whole inside the image', () => {
    expect(labelY(300, ty)).toBe(278);
    const rows = inkRows(9).filter((y) => y < 500);
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...rows)).toBeLessThan(48);
  });
});
