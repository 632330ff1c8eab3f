/**
 * The report from a workbook we wrote, as it is now: the analysis is re-run on its score sheet
 * through analyseSources (../sources.ts), as Generate runs it, with the target, agency and year the
 * analysis sheet was generated with; the measures come from the plan sheet as people left it.
 * Both edges gather the sheets (the add-on reads only the ones it needs) and call this.
 */
import type { Day } from '../dates';
import { ItaError, type Label } from '../errors';
import type { Analysis } from '../analysis';
import type { Grid } from '../grid';
import { ANALYSIS_SHEET, PLAN_SHEET, TEMPLATE_SHEET } from '../sheet-names';
import { planYearOf } from '../plan/title';
import { analyseSources, generatedWith, type WorkbookSources } from '../sources';
import { buildReport } from './build';
import { planApprovalDay, toReportDate } from './doc-date';
import { fieldsFromGrid, type FieldOverrides } from './fields';
import type { DigitStyle, ReportAudience, ReportForm, ReportModel } from './model';

export interface ReportOptions {
  form?: ReportForm;
  digits?: DigitStyle;
  audience?: ReportAudience;
  fields?: FieldOverrides;
  /** The document's date as the coordinator gave it (C.E. day). */
  docDate?: Day;
  /** The plan's approval day when known (analyze --approval-date); else read from the plan's dates. */
  approval?: Day;
}

/** `where` names the file or spreadsheet in messages; `today` is the day the document is made. */
export function reportFromSources(src: WorkbookSources, options: ReportOptions, where: Label, today: Day): ReportModel {
  if (!src.analysis && !src.plan) {
    throw new ItaError(
      `ไม่พบแผ่นงาน "${ANALYSIS_SHEET}" และ "${PLAN_SHEET}" ใน${where.th}: โปรดสร้างการวิเคราะห์ก่อน (ไฟล์นี้อาจไม่ได้สร้างด้วย ITA Sheets)`,
      `No "${ANALYSIS_SHEET}" or "${PLAN_SHEET}" sheet in ${where.en}: generate the analysis first (this file may not have been written by ITA Sheets)`,
    );
  }
  if (!src.analysis) {
    throw new ItaError(
      `ยังไม่มีแผ่นงาน "${ANALYSIS_SHEET}" ใน${where.th}: โปรดกด "สร้างการวิเคราะห์" ก่อนจัดทำรายงาน`,
      `There is no "${ANALYSIS_SHEET}" sheet in ${where.en} yet: generate the analysis before the report`,
    );
  }
  if (!src.plan) {
    throw new ItaError(
      `ไม่พบแผ่นงานมาตรการ ("${PLAN_SHEET}") ใน${where.th}: โปรดกด "สร้างการวิเคราะห์" อีกครั้ง`,
      `No measures plan sheet ("${PLAN_SHEET}") in ${where.en}: generate the analysis again`,
    );
  }
  if (!src.score) {
    throw new ItaError(
      `ไม่พบแผ่นงานคะแนน ITA ใน${where.th}: รายงานคำนวณผลใหม่จากแผ่นงานคะแนน โปรดคงแผ่นงาน "${TEMPLATE_SHEET}" ไว้`,
      `No ITA score sheet in ${where.en}: the report recomputes the results from it; keep the "${TEMPLATE_SHEET}" sheet`,
    );
  }
  const generated = generatedWith(src.analysis);
  const { analysis } = analyseSources(src.score, src, { year: generated.year, target: generated.target, agency: generated.agency });
  return reportOfAnalysis(
    analysis,
    { name: src.plan.name, grid: src.plan.grid, planYear: planYearOf(src.plan.grid) ?? analysis.year + 1 },
    src.fields,
    options,
    today,
  );
}

/**
 * The document from an analysis and its plan sheet as it stands: `report` after reading the
 * workbook, `analyze --report` and the roll-up's packs straight from what they just computed.
 */
export function reportOfAnalysis(
  analysis: Analysis,
  plan: { name: string; grid: Grid; planYear: number },
  fields: Grid | undefined,
  options: ReportOptions,
  today: Day,
): ReportModel {
  const planSheet = { th: `แผ่นงาน "${plan.name}"`, en: `sheet "${plan.name}"` };
  return buildReport({
    analysis,
    plan: plan.grid,
    planSheet,
    planYear: plan.planYear,
    fields: fieldsFromGrid(fields, options.fields),
    form: options.form,
    digits: options.digits,
    audience: options.audience,
    docDate: options.docDate ? toReportDate(options.docDate) : undefined,
    approval: toReportDate(options.approval ?? planApprovalDay(plan.grid, planSheet, plan.planYear, today)),
    today: toReportDate(today),
  });
}
