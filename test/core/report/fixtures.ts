/** Reports built the way the edges build them, from score grids of the worked examples. */
import type { Grid } from '../../../src/core/grid';
import { specToGrid } from '../layout/sheet-grid';
import { PLAN_SHEET } from '../../../src/core/sheet-names';
import { runPipeline } from '../../../src/core/pipeline';
import {
  buildReport,
  fieldsFromGrid,
  planApprovalDay,
  type DigitStyle,
  type ReportAudience,
  type ReportDate,
  type ReportForm,
  type ReportModel,
} from '../../../src/core/report';

/** The day the fixtures' plans are generated: 1 October 2568, the first day of fiscal 2569. */
const TODAY_CE = { y: 2025, m: 10, d: 1 };
import { toReportDate } from '../../../src/core/report/doc-date';
import { scoreGrid } from '../examples';

/** Indicators 1 and 9 below 85, with low IIT items and missing OIT items. */
export const GRID_FAILING = scoreGrid({
  agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง',
  type: 'องค์การบริหารส่วนตำบล',
  year: 2568,
  indicators: [80.5, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65.0, 100],
  items: [
    ['i1', 70.2],
    ['i2', 78.4],
    ['i3', 93],
    ...Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, [5, 9, 11, 14, 15, 18, 19].includes(k) ? 0 : 100] as [string, number]),
  ],
});

export function reportOf(
  grid: Grid,
  opts: { form?: ReportForm; digits?: DigitStyle; fields?: Grid; edit?: (plan: Grid) => void; docDate?: ReportDate; audience?: ReportAudience } = {},
): ReportModel {
  const run = runPipeline({ grid, sheetName: 'คะแนน ITA', today: TODAY_CE });
  const plan = specToGrid(run.model.sheets.find((s) => s.name === PLAN_SHEET)!);
  opts.edit?.(plan);
  return buildReport({
    analysis: run.analysis,
    plan,
    planSheet: { th: `แผ่นงาน "${PLAN_SHEET}"`, en: `sheet "${PLAN_SHEET}"` },
    planYear: run.plan.planYear,
    fields: fieldsFromGrid(opts.fields),
    form: opts.form,
    digits: opts.digits,
    docDate: opts.docDate,
    audience: opts.audience,
    approval: toReportDate(planApprovalDay(plan, { th: PLAN_SHEET, en: PLAN_SHEET }, run.plan.planYear, TODAY_CE)),
    today: { d: 15, m: 10, y: 2568 },
  });
}
