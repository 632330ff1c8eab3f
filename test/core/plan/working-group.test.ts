/**
 * What a committee accepts in a plan: one working group for the whole plan (the other measures hand
 * their group work to it), and no measure whose step is to analyse the results and propose this
 * very plan (that is the memo's เรื่องเดิม).
 */
import { analyse } from '../../../src/core/analysis';
import { MEASURES } from '../../../src/core/advice/measures';
import { buildPlan, COL } from '../../../src/core/plan';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { GRID_001, GRID_002, GRID_003, scoreGrid } from '../examples';

/** Every indicator and OIT item below target: every measure with a working group in the catalogue is drawn. */
const ALL_FAILING = scoreGrid({
  agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง',
  type: 'องค์การบริหารส่วนตำบล',
  year: 2568,
  indicators: [60, 61, 62, 63, 64, 65, 66, 67, 40, 50],
  items: Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, 0] as [string, number]),
});

const steps = (grid: Parameters<typeof readScoreSheet>[0]) =>
  buildPlan(analyse(readScoreSheet(grid, 'คะแนน ITA'), { digits: 'arabic' })).rows.flatMap((r) => String(r.cells[COL.steps]).split('\n'));

describe('one working group, no step that proposes the plan itself', () => {
  test.each([
    ['example 001', GRID_001],
    ['example 002', GRID_002],
    ['example 003', GRID_003],
    ['every indicator failing', ALL_FAILING],
  ])('%s', (_, grid) => {
    const all = steps(grid);
    expect(all.filter((s) => s.includes('แต่งตั้งคณะทำงาน'))).toHaveLength(1);
    expect(all.filter((s) => /เสนอผลการวิเคราะห์และมาตรการ|วิเคราะห์ผลการประเมิน ITA ของปีที่ผ่านมา/.test(s))).toEqual([]);
  });

  test('the whole catalogue appoints a working group in the routine measure only', () => {
    expect(MEASURES.filter((m) => m.stepsTh.some((s) => s.includes('แต่งตั้งคณะทำงาน'))).map((m) => m.id)).toEqual(['ita-measures']);
  });
});
