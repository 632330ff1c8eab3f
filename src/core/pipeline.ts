/** The main job, shared by the add-on and the command line: score grid in, SheetModel out. */
import { splitAddresses } from './email';
import type { Analysis, AnalysisOptions } from './analysis';
import { agencyKindOf, defaultDivisions } from './divisions';
import type { SheetGrid } from './history';
import { analysisSheet } from './layout/analysis-sheet';
import { ANALYSIS_SHEET, isSeasonName, PLAN_SHEET } from './sheet-names';
import type { SheetModel } from './layout/model';
import type { Grid } from './grid';
import { divisionsSheet, planSheet, summarySheet } from './layout/plan-sheet';
import type { Day } from './dates';
import { ItaError, type Label } from './errors';
import { buildPlan, type Plan } from './plan';
import { backupSheetName, seasonSheetName } from './plan/backup';
import { requireColumns } from './plan/read';
import { markContinuing, oldSeasonNote, seasonChange, unfinishedMeasures, type OldSeason } from './season';
import { chooseFramework } from './framework';
import { analyseSources } from './sources';

export interface PipelineInput {
  grid: Grid;
  sheetName: string;
  options?: AnalysisOptions & { planYear?: number; includeKeep?: boolean; approval?: Day };
  /** The plan sheet as it is now, to keep what divisions typed. */
  previousPlan?: Grid;
  /** The same rectangle's formulas ('' for plain values), so formulas people typed stay formulas. */
  previousPlanFormulas?: string[][];
  /** The plan sheet's name now (people may have renamed it); PLAN_SHEET when there is none. */
  planSheetName?: string;
  /** Names of every sheet in the file, so a copy of the old plan gets a free name. */
  sheetNames?: string[];
  /** Today in the file's time zone (the copy's name carries it). */
  today?: Day;
  /** Longest sheet name the program takes (Excel: 31). */
  maxSheetName?: number;
  /** The divisions sheet as it is now; null when it does not exist yet (it is then created). */
  divisions?: { name: string; emails: string[] }[] | null;
  /** The `ตั้งค่า ITA` sheet, when the user keeps one. */
  settings?: Grid;
  /** The user's framework sheets (`กรอบการประเมิน` and its copies), by name. */
  framework?: { name: string; grid: Grid }[];
  /** The file's other sheets, for earlier years (other years' score sheets, the ผลย้อนหลัง sheet). */
  others?: SheetGrid[];
  /**
   * A plan in the file made for another agency: refused (the command line: nothing is written),
   * or kept as a copy like an old season's (the add-on, where the file is the coordinator's own).
   */
  otherAgencyPlan?: 'refuse' | 'keep';
}

export interface PipelineResult {
  analysis: Analysis;
  plan: Plan;
  model: SheetModel;
  analysisSheet: string;
  planSheet: string;
  divisions: string[];
  /** When the merge cannot be sure, or the plan is another season's: copy the old plan sheet under this name before writing. */
  backup: { from: string; name: string; reasons: Label[] } | null;
  /** The plan in the file was another season's (or agency's): kept under `backup.name`, the coordinator's alone. */
  oldSeason: OldSeason | null;
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const { analysis, definitions } = analyseSources({ name: input.sheetName, grid: input.grid }, input, input.options ?? {});
  const existing = input.divisions ?? null;
  const divisions = existing?.length ? existing.map((d) => d.name) : defaultDivisions(agencyKindOf(analysis.agencyType ?? analysis.agency));
  const planYear = input.options?.planYear ?? analysis.year + 1;
  const oldName = input.planSheetName ?? PLAN_SHEET;
  const oldSeason = input.previousPlan?.length ? keptSeason(input, analysis, oldName) : null;
  // A plan the coordinator named with its year ('มาตรการ ITA 2569') already stands where a kept plan
  // would: it stays as it is, and the new season's plan starts in `มาตรการ ITA`.
  const keptInPlace = oldSeason !== null && isSeasonName(oldName);
  if (oldSeason && keptInPlace) oldSeason.sheet = oldName;
  const planName = keptInPlace ? PLAN_SHEET : oldName;
  const plan = buildPlan(analysis, {
    planYear,
    // The plan year's assessment calendar, as the user's framework states it (the built-in one otherwise).
    oitEvidenceBy: chooseFramework(definitions, planYear, analysis.agencyType ?? null).edition.oitEvidenceBy,
    divisions,
    includeKeep: input.options?.includeKeep,
    approval: input.options?.approval,
    today: input.today,
    // Another season's plan is never merged: nothing typed in it is carried into the new one.
    previous: oldSeason ? undefined : input.previousPlan,
    previousFormulas: oldSeason ? undefined : input.previousPlanFormulas,
  });
  const backup = oldSeason
    ? keptInPlace
      ? null
      : { from: planName, name: oldSeason.sheet, reasons: [] }
    : plan.unsure.length
      ? {
          from: planName,
          name: backupSheetName(PLAN_SHEET, input.today ?? { y: 2000, m: 1, d: 1 }, input.sheetNames ?? [planName], input.maxSheetName ?? 100),
          reasons: plan.unsure,
        }
      : null;
  analysis.warnings.push(...plan.notices);
  if (oldSeason) {
    markContinuing(plan.rows, oldSeason, analysis);
    analysis.warnings.push(oldSeasonNote(oldSeason, analysis));
  } else if (backup) analysis.warnings.push(backupWarning(backup.name, backup.reasons));
  // Before anything is written: a renamed owner or status column is never replaced by a second one.
  if (plan.previous) requireColumns(plan.previous, planName);
  const newPlan = planSheet(analysis, plan, divisions, planName);
  // The old season's rows, title and added columns went with its copy: the new plan is written whole.
  if (oldSeason) newPlan.mode = 'replace';
  const sheets = [analysisSheet(analysis, { oldSeason: oldSeason ?? undefined }), newPlan, summarySheet(divisions, plan, planName)];
  if (!existing?.length) sheets.unshift(divisionsSheet(divisions.map((name) => ({ name, emails: [] }))));
  return { analysis, plan, model: { sheets }, analysisSheet: ANALYSIS_SHEET, planSheet: planName, divisions, backup, oldSeason };
}

/** The plan in the file when it is another season's or agency's (refused for another agency when asked), else null. */
function keptSeason(input: PipelineInput, analysis: PipelineResult['analysis'], planName: string): OldSeason | null {
  const planYear = input.options?.planYear ?? analysis.year + 1;
  const change = seasonChange(input.previousPlan!, analysis, planYear);
  if (!change) return null;
  if (change.why === 'agency' && input.otherAgencyPlan === 'refuse') {
    throw new ItaError(
      `แผนมาตรการในแผ่นงาน "${planName}" เป็นของ ${change.agency} แต่ผลการประเมินที่วิเคราะห์เป็นของ ${analysis.agency} จึงไม่รวมเข้าด้วยกันและไม่ได้เขียนไฟล์ โปรดระบุไฟล์ผลลัพธ์อื่นด้วย --out`,
      `The plan in sheet "${planName}" is ${change.agency}'s but the results analysed are ${analysis.agency}'s: they were not merged and the file was not written; name another output file with --out`,
    );
  }
  let unfinished: OldSeason['unfinished'];
  try {
    unfinished = change.why === 'year' ? unfinishedMeasures(input.previousPlan!, planName, change.planYear) : [];
  } catch (e) {
    if (!(e instanceof ItaError)) throw e;
    unfinished = []; // an old plan without its header row: kept whole, nothing to list
  }
  const sheet = seasonSheetName(PLAN_SHEET, change.planYear, input.sheetNames ?? [planName]);
  return { ...change, sheet, unfinished };
}

/** Reads the divisions sheet's grid: name in column A, e-mails in column B (a list as splitAddresses reads it). */
export function divisionsFromGrid(grid: Grid): { name: string; emails: string[] }[] {
  return grid
    .slice(1)
    .map((r) => ({ name: String(r[0] ?? '').trim(), emails: splitAddresses(String(r[1] ?? '')) }))
    .filter((d) => d.name !== '');
}

/** Says where the copy of the old plan is, and why it was made. */
function backupWarning(name: string, reasons: Label[]): Label {
  return {
    th: `เก็บสำเนาแผ่นงานมาตรการเดิมไว้ที่แผ่นงาน "${name}" ก่อนเขียนใหม่ เพราะ${reasons.map((r) => r.th).join(' และ')} โปรดตรวจสอบและคัดลอกข้อมูลที่ต้องการกลับมา`,
    en: `A copy of the old plan sheet was kept as "${name}" before writing, because ${reasons.map((r) => r.en).join(' and ')}; please check it and copy back what you need`,
  };
}
