/**
 * The report from a workbook we wrote, as it is now: the analysis is re-run on its score sheet
 * (+ its `ตั้งค่า ITA` sheet) exactly as the pipeline runs it, with the target, agency and year the
 * analysis sheet was generated with; the measures come from the plan sheet as people left it.
 * Both edges gather the sheets (the add-on reads only the ones it needs) and call this.
 */
import { analyse } from '../analysis';
import { attachHistory } from '../history';
import type { Day } from '../dates';
import { ItaError, type Label } from '../errors';
import { ANALYSIS_SHEET, isBackupName, isSeasonName, ourSheetByName, PLAN_SHEET, SETTINGS_SHEET, TEMPLATE_SHEET, VIEW_PREFIX } from '../sheet-names';
import type { Grid, GridValue } from '../grid';
import { cellNumber, isBlank } from '../numbers';
import { KEY_HEADER } from '../plan';
import { planYearOf } from '../plan/title';
import { readFramework, type FrameworkDefinition } from '../framework';
import { isFrameworkSheet } from '../framework/form';
import { isGeneratedSheet } from '../our-sheets';
import { readScoreSheet } from '../sheet-input';
import { buildReport } from './build';
import { planApprovalDay, toReportDate } from './doc-date';
import { fieldsFromGrid, REPORT_FIELDS_SHEET, type FieldOverrides } from './fields';
import type { DigitStyle, ReportAudience, ReportForm, ReportModel } from './model';

export interface NamedGrid {
  name: string;
  grid: Grid;
}

export interface ReportSources {
  score: NamedGrid | null;
  settings?: Grid;
  /** The user's framework sheets (กรอบการประเมิน), as Generate reads them. */
  framework?: NamedGrid[];
  /** The analysis sheet: only its target, agency and year rows are read. */
  analysis: Grid | null;
  plan: NamedGrid | null;
  fields?: Grid;
  /** The file's other sheets, for earlier years (the ผลย้อนหลัง sheet, other years' score sheets). */
  others?: NamedGrid[];
}

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
export function reportFromSources(src: ReportSources, options: ReportOptions, where: Label, today: Day): ReportModel {
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
  const sheet = readScoreSheet(src.score.grid, src.score.name);
  const definitions = frameworkDefinitions(src);
  const planSheet = { th: `แผ่นงาน "${src.plan.name}"`, en: `sheet "${src.plan.name}"` };
  const analysis = analyse(sheet, { year: generated.year, target: generated.target, agency: generated.agency, definitions });
  attachHistory(analysis, sheet, src.others ?? [], definitions);
  const planYear = planYearOf(src.plan.grid) ?? analysis.year + 1;
  return buildReport({
    analysis,
    plan: src.plan.grid,
    planSheet,
    planYear,
    fields: fieldsFromGrid(src.fields, options.fields),
    form: options.form,
    digits: options.digits,
    audience: options.audience,
    docDate: options.docDate ? toReportDate(options.docDate) : undefined,
    approval: toReportDate(options.approval ?? planApprovalDay(src.plan.grid, planSheet, planYear, today)),
    today: toReportDate(today),
  });
}

/** The user's framework definitions: the กรอบการประเมิน sheets and the ตั้งค่า ITA sheet, as Generate reads them. */
export function frameworkDefinitions(src: Pick<ReportSources, 'framework' | 'settings'>): FrameworkDefinition[] {
  return readFramework([...(src.framework ?? []), ...(src.settings ? [{ name: SETTINGS_SHEET, grid: src.settings }] : [])]);
}

/** The analysis sheet's label | value rows we wrote: the target, agency and year it was made with. */
export function generatedWith(grid: Grid): { target?: number; agency?: string; year?: number } {
  const value = (label: string): GridValue | undefined => grid.find((r) => String(r[0] ?? '').trim() === label)?.[1] ?? undefined;
  const number = (label: string) => {
    const v = value(label);
    try {
      return isBlank(v) ? undefined : (cellNumber(v, { th: label, en: label }) ?? undefined);
    } catch {
      return undefined;
    }
  };
  const agency = value('หน่วยงาน');
  return { target: number('ค่าเป้าหมาย'), year: number('ปีงบประมาณที่ประเมิน'), agency: typeof agency === 'string' && agency.trim() ? agency.trim() : undefined };
}

/** For a whole workbook in hand (the command line): picks each sheet the report needs. */
export function sourcesFromWorkbook(sheets: readonly NamedGrid[]): ReportSources {
  const byName = (name: string) => sheets.find((s) => s.name === name) ?? null;
  const isCopy = (name: string) => name.startsWith(VIEW_PREFIX) || isBackupName(name);
  const plans = sheets.filter((s) => !s.name.startsWith(VIEW_PREFIX) && s.grid.some((r) => r.includes(KEY_HEADER)));
  // Without a `มาตรการ ITA`, a sheet named like a kept plan ('มาตรการ ITA 2569') is the plan, renamed.
  const plan = byName(PLAN_SHEET) ?? plans.find((s) => !isCopy(s.name)) ?? plans.find((s) => isSeasonName(s.name)) ?? null;
  const score =
    byName(TEMPLATE_SHEET) ??
    sheets.find((s) => !isGeneratedSheet(ourSheetByName(s.name)) && s.name !== REPORT_FIELDS_SHEET && s !== plan && readsAsScores(s)) ??
    null;
  return {
    score,
    settings: byName(SETTINGS_SHEET)?.grid,
    framework: sheets.filter(isFrameworkSheet),
    analysis: byName(ANALYSIS_SHEET)?.grid ?? null,
    plan,
    fields: byName(REPORT_FIELDS_SHEET)?.grid,
    others: sheets.filter((s) => s !== score),
  };
}

function readsAsScores(s: NamedGrid): boolean {
  try {
    return readScoreSheet(s.grid, s.name).indicators.every((v) => v !== null);
  } catch {
    return false;
  }
}
