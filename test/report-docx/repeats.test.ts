/**
 * No paragraph printed twice: what an indicator's score shows is said once (section 3), not again in
 * section 4; a text several items share is printed once in the items table.
 */
import { renderReport } from '../../src/report-docx/render';
import { PART1 } from '../../src/report-docx/wording';
import { GRID_001, GRID_002, scoreGrid } from '../core/examples';
import { GRID_FAILING, reportOf } from '../core/report/fixtures';
import { readDocx } from './docx-text';

/** A failing local government of the 2566 form. */
const GRID_2566 = scoreGrid({
  agency: 'องค์การบริหารส่วนตำบลบ้านนา',
  type: 'องค์การบริหารส่วนตำบล',
  year: 2566,
  indicators: [70, 72, 75, 71, 69, 73, 74, 72, 40, 50],
  items: Array.from({ length: 43 }, (_, k) => [`o${k + 1}`, k % 3 === 0 ? 0 : 100] as [string, number]),
});

/**
 * Thai sets sentences and clauses apart with a space: each space-separated piece of 60 characters
 * or more, in Part 1 (the analysis; Part 2's table repeats an item's name by design), with the
 * document's title left out.
 */
function repeated(lines: string[]): string[] {
  const from = lines.findIndex((l) => l.startsWith('ส่วนที่ ๑ ') && !l.includes('...'));
  const to = lines.findIndex((l, k) => k > from && l.startsWith('ส่วนที่ ๒ '));
  const count = new Map<string, number>();
  for (const line of lines.slice(from + 1, to)) {
    for (const piece of line.split(/ (?=[ก-๙])/)) if (piece.length >= 60 && piece !== PART1) count.set(piece, (count.get(piece) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n > 1).map(([piece]) => piece);
}

describe('no sentence of 60 characters or more printed twice in the analysis', () => {
  test.each([
    ['example 001', GRID_001],
    ['a province (example 002)', GRID_002],
    ['a failing อบต. (2568)', GRID_FAILING],
    ['a failing อบต. (the 2566 form)', GRID_2566],
  ])('%s', async (_, grid) => {
    const d = await readDocx(await renderReport(reportOf(grid)));
    expect(repeated(d.lines)).toEqual([]);
  });

  test('a strength with an item at 0 says which item still needs work', async () => {
    const d = await readDocx(await renderReport(reportOf(GRID_001)));
    expect(d.lines).toContain(
      '• ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๙๐.๐๐ คะแนน) ผ่านเกณฑ์ แต่ยังต้องพัฒนาข้อ o๖ แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี (๐.๐๐ คะแนน)',
    );
  });
});
