/** Earlier years in the plan: a falling indicator's measures move up, and the analysis cell says why. */
import { buildPlan, COL } from '../../../src/core/plan';
import { planSheet } from '../../../src/core/layout/plan-sheet';
import { runPipeline } from '../../../src/core/pipeline';
import { specToGrid } from '../layout/sheet-grid';
import { SHEET_2566, SHEET_2567, SHEET_2568 } from '../history/fixtures';

const withYears = () =>
  runPipeline({
    grid: SHEET_2568,
    sheetName: '2568',
    options: { digits: 'arabic' },
    others: [
      { name: '2566', grid: SHEET_2566 },
      { name: '2567', grid: SHEET_2567 },
    ],
  });
const order = (rows: { cells: unknown[] }[]) => rows.map((r) => String(r.cells[COL.indicator]).split('\n')[0]);

describe('the plan ranks up what fell', () => {
  test('without earlier years indicator 3 (98.84, the highest below 100) comes last; after falling two years running it comes right after the fix', () => {
    const alone = runPipeline({ grid: SHEET_2568, sheetName: '2568', options: { digits: 'arabic' } }).plan;
    expect(order(alone.rows)).toEqual([
      '9. การเปิดเผยข้อมูล (65.00)',
      '10. การป้องกันการทุจริต (100.00)', // the routine measure on the ITA measures themselves
      '4. การใช้ทรัพย์สินของราชการ (90.76)',
      '1. การปฏิบัติหน้าที่ (92.68)',
      '5. การแก้ไขปัญหาการทุจริต (94.09)',
      '8. การปรับปรุงการทำงาน (95.24)',
      '7. ประสิทธิภาพการสื่อสาร (95.62)',
      '2. การใช้งบประมาณ (95.98)',
      '6. คุณภาพการดำเนินงาน (97.18)',
      '3. การใช้อำนาจ (98.84)',
    ]);
    const ranked = withYears().plan;
    const three = '3. การใช้อำนาจ (98.84)';
    const rest = order(alone.rows).filter((line) => line !== three);
    expect(order(ranked.rows)).toEqual([rest[0], three, ...rest.slice(1)]);
    expect(ranked.rows.map((r) => r.cells[COL.no])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("the measure's analysis cell says why it comes first", () => {
    const [nine, three, routine] = withYears().plan.rows;
    expect(nine.cells[COL.indicator]).toBe('9. การเปิดเผยข้อมูล (65.00)\nคะแนนลดลงจนต่ำกว่าค่าเป้าหมาย 85: พ.ศ. 2567 88.00 → พ.ศ. 2568 65.00 จึงจัดไว้ในลำดับต้น');
    expect(three.cells[COL.indicator]).toBe('3. การใช้อำนาจ (98.84)\nคะแนนลดลงสองปีติดต่อกัน: พ.ศ. 2566 99.90 → พ.ศ. 2567 99.20 → พ.ศ. 2568 98.84 จึงจัดไว้ในลำดับต้น');
    expect(three.kind).toBe('develop');
    expect(routine.cells[COL.indicator]).toBe('10. การป้องกันการทุจริต (100.00)');
  });

  test('a fix that fell below the target goes before a fix with a larger gap that did not', () => {
    const run = withYears();
    const a = run.analysis;
    // Indicator 1 below the target this year too, by more than indicator 9 but already below last year.
    a.indicators[0] = { ...a.indicators[0], score: 60, pass: false, gap: 25 };
    const rows = buildPlan(a).rows;
    expect(order(rows).slice(0, 2)).toEqual(['9. การเปิดเผยข้อมูล (65.00)', '1. การปฏิบัติหน้าที่ (60.00)']);
    a.history = undefined;
    expect(order(buildPlan(a).rows).slice(0, 2)).toEqual(['1. การปฏิบัติหน้าที่ (60.00)', '9. การเปิดเผยข้อมูล (65.00)']);
  });

  test('a plan people already work in: rows keep the place people left them in, what they typed stays, the analysis cell gains the reason', () => {
    const first = runPipeline({ grid: SHEET_2568, sheetName: '2568', options: { digits: 'arabic' } });
    const grid = specToGrid(planSheet(first.analysis, first.plan, []));
    const at = grid.findIndex((r) => String(r[COL.indicator]).startsWith('3. การใช้อำนาจ'));
    grid[at][COL.owner] = 'กลุ่มงานอำนวยการ';
    grid[at][COL.status] = 'กำลังดำเนินการ';
    const again = buildPlan(withYears().analysis, { previous: grid });
    const row = again.rows.find((r) => r.key === grid[at][COL.key])!;
    expect(again.rows.indexOf(row)).toBe(at - grid.findIndex((r) => r[0] === 'ลำดับ') - 1);
    expect([row.cells[COL.owner], row.cells[COL.status]]).toEqual(['กลุ่มงานอำนวยการ', 'กำลังดำเนินการ']);
    expect(row.cells[COL.indicator]).toBe('3. การใช้อำนาจ (98.84)\nคะแนนลดลงสองปีติดต่อกัน: พ.ศ. 2566 99.90 → พ.ศ. 2567 99.20 → พ.ศ. 2568 98.84 จึงจัดไว้ในลำดับต้น');
  });
});
