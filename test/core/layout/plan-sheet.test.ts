/** The plan's live colours and the summary's late column judge by the follow-up's rules (issue 21). */
import { planSheet, summarySheet } from '../../../src/core/layout/plan-sheet';
import { runPipeline } from '../../../src/core/pipeline';
import { statusIs } from '../../../src/core/plan/status-formula';
import { liveRules } from '../../../src/core/progress/live';
import { GRID_FAILING } from '../report/fixtures';

describe("the plan judged live by the follow-up's rules", () => {
  const run = runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', today: { y: 2025, m: 10, d: 1 } });

  test("red is late, amber at risk (not started, well behind, close and behind), on the row's own cells", () => {
    const spec = planSheet(run.analysis, run.plan, run.divisions);
    const milestones = [
      { by: '$P4', share: '$Q4' },
      { by: '$R4', share: '$S4' },
    ];
    const row = liveRules({ status: '$L4', progress: '$M4', start: '$H4', deadline: '$I4', revised: '$J4', milestones });
    const byColour = (bg: string) => spec.conditional.filter((c) => c.background === bg).map((c) => c.formula);
    expect(byColour('#f4cccc')).toEqual([`=${row.late}=1`]);
    expect(byColour('#fce5cd')).toEqual([`=${row.atRisk}=1`]);
    // The old amber rule (any open measure due within 14 days, however far along) is gone.
    expect(spec.conditional.some((c) => c.formula.includes('<=14'))).toBe(false);
  });

  test("the summary's late column counts rows with a status that the same rule calls late", () => {
    const spec = summarySheet(run.divisions, run.plan);
    const range = (c: string) => `'มาตรการ ITA'!$${c}$4:$${c}$1000`;
    const milestones = [
      { by: range('P'), share: range('Q') },
      { by: range('R'), share: range('S') },
    ];
    const late = liveRules({ status: range('L'), progress: range('M'), start: range('H'), deadline: range('I'), revised: range('J'), milestones }).late;
    const open = `(1-${statusIs(range('L'), 'done')})*(1-${statusIs(range('L'), 'cancelled')})`;
    const lastCol = spec.rows.map((r) => r[6]);
    expect(lastCol[2]).toEqual({ formula: `=SUMPRODUCT((${range('F')}=$A3)*(${range('L')}<>"")*${open}*${late})` });
    expect(lastCol[2 + run.divisions.length]).toEqual({ formula: `=SUMPRODUCT((${range('L')}<>"")*${open}*${late})` });
  });
});
