/** The main job, shared by the add-on and the command line: score grid in, SheetModel out. */
import { analyse, type Analysis, type AnalysisOptions } from './analysis';
import { agencyKindOf, defaultDivisions } from './divisions';
import { attachHistory, type SheetGrid } from './history';
import { analysisSheet, ANALYSIS_SHEET } from './layout/analysis-sheet';
import type { Grid, SheetModel } from './layout/model';
import { divisionsSheet, planSheet, summarySheet, PLAN_SHEET } from './layout/plan-sheet';
import type { Day } from './dates';
import type { Label } from './errors';
import { buildPlan, type Plan } from './plan';
import { backupSheetName } from './plan/backup';
import { readScoreSheet } from './sheet-input';
import { chooseFramework, readFramework } from './framework';
import { SETTINGS_SHEET } from './settings';

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
}

export interface PipelineResult {
  analysis: Analysis;
  plan: Plan;
  model: SheetModel;
  analysisSheet: string;
  planSheet: string;
  divisions: string[];
  /** When the merge cannot be sure: copy the old plan sheet under this name before writing. */
  backup: { from: string; name: string; reasons: Label[] } | null;
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const sheet = readScoreSheet(input.grid, input.sheetName);
  const definitions = readFramework([...(input.framework ?? []), ...(input.settings ? [{ name: SETTINGS_SHEET, grid: input.settings }] : [])]);
  const analysis = analyse(sheet, { ...input.options, definitions });
  attachHistory(analysis, sheet, input.others ?? [], definitions);
  const existing = input.divisions ?? null;
  const divisions = existing?.length ? existing.map((d) => d.name) : defaultDivisions(agencyKindOf(analysis.agencyType ?? analysis.agency));
  const planYear = input.options?.planYear ?? analysis.year + 1;
  const plan = buildPlan(analysis, {
    planYear,
    // The plan year's assessment calendar, as the user's framework states it (the built-in one otherwise).
    oitEvidenceBy: chooseFramework(definitions, planYear, analysis.agencyType ?? null).edition.oitEvidenceBy,
    divisions,
    includeKeep: input.options?.includeKeep,
    approval: input.options?.approval,
    today: input.today,
    previous: input.previousPlan,
    previousFormulas: input.previousPlanFormulas,
  });
  const planName = input.planSheetName ?? PLAN_SHEET;
  const backup = plan.unsure.length
    ? {
        from: planName,
        name: backupSheetName(PLAN_SHEET, input.today ?? { y: 2000, m: 1, d: 1 }, input.sheetNames ?? [planName], input.maxSheetName ?? 100),
        reasons: plan.unsure,
      }
    : null;
  if (backup) analysis.warnings.push(backupWarning(backup.name, backup.reasons));
  analysis.warnings.push(...plan.notices);
  const sheets = [analysisSheet(analysis), planSheet(analysis, plan, divisions, planName), summarySheet(divisions, plan, planName)];
  if (!existing?.length) sheets.unshift(divisionsSheet(divisions.map((name) => ({ name, emails: [] }))));
  return { analysis, plan, model: { sheets }, analysisSheet: ANALYSIS_SHEET, planSheet: planName, divisions, backup };
}

/** Reads the divisions sheet's grid: name in column A, e-mails in column B (commas or line breaks between them). */
export function divisionsFromGrid(grid: Grid): { name: string; emails: string[] }[] {
  return grid
    .slice(1)
    .map((r) => ({ name: String(r[0] ?? '').trim(), emails: emailsIn(String(r[1] ?? '')) }))
    .filter((d) => d.name !== '');
}

/** Addresses separated by spaces are split too, but text with spaces that is not addresses stays whole, so an error can quote it. */
function emailsIn(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const words = part.split(/\s+/);
      return words.length > 1 && words.every((w) => w.includes('@')) ? words : [part];
    });
}

/** Says where the copy of the old plan is, and why it was made. */
function backupWarning(name: string, reasons: Label[]): Label {
  return {
    th: `เก็บสำเนาแผ่นงานมาตรการเดิมไว้ที่แผ่นงาน "${name}" ก่อนเขียนใหม่ เพราะ${reasons.map((r) => r.th).join(' และ')} โปรดตรวจสอบและคัดลอกข้อมูลที่ต้องการกลับมา`,
    en: `A copy of the old plan sheet was kept as "${name}" before writing, because ${reasons.map((r) => r.en).join(' and ')}; please check it and copy back what you need`,
  };
}
