/** The main job, shared by the add-on and the command line: score grid in, SheetModel out. */
import { analyse, type Analysis, type AnalysisOptions } from './analysis';
import { agencyKindOf, defaultDivisions } from './divisions';
import { analysisSheet, ANALYSIS_SHEET } from './layout/analysis-sheet';
import type { Grid, SheetModel } from './layout/model';
import { divisionsSheet, planSheet, summarySheet, PLAN_SHEET } from './layout/plan-sheet';
import { buildPlan, type Plan } from './plan';
import { readScoreSheet } from './sheet-input';
import { overridesFromGrid } from './settings';

export interface PipelineInput {
  grid: Grid;
  sheetName: string;
  options?: AnalysisOptions & { planYear?: number; includeKeep?: boolean };
  /** The plan sheet as it is now, to keep what divisions typed. */
  previousPlan?: Grid;
  /** The divisions sheet as it is now; null when it does not exist yet (it is then created). */
  divisions?: { name: string; emails: string[] }[] | null;
  /** The `ตั้งค่า ITA` sheet, when the user keeps one. */
  settings?: Grid;
}

export interface PipelineResult {
  analysis: Analysis;
  plan: Plan;
  model: SheetModel;
  analysisSheet: string;
  planSheet: string;
  divisions: string[];
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const sheet = readScoreSheet(input.grid, input.sheetName);
  const overrides = input.settings ? overridesFromGrid(input.settings) : [];
  const analysis = analyse(sheet, { ...input.options, overrides });
  const existing = input.divisions ?? null;
  const divisions = existing?.length ? existing.map((d) => d.name) : defaultDivisions(agencyKindOf(analysis.agencyType ?? analysis.agency));
  const plan = buildPlan(analysis, {
    planYear: input.options?.planYear,
    divisions,
    includeKeep: input.options?.includeKeep,
    previous: input.previousPlan,
  });
  const sheets = [analysisSheet(analysis), planSheet(analysis, plan, divisions), summarySheet(divisions)];
  if (!existing?.length) sheets.unshift(divisionsSheet(divisions.map((name) => ({ name, emails: [] }))));
  return { analysis, plan, model: { sheets }, analysisSheet: ANALYSIS_SHEET, planSheet: PLAN_SHEET, divisions };
}

/** Reads the divisions sheet's grid: name in column A, comma-separated e-mails in column B. */
export function divisionsFromGrid(grid: Grid): { name: string; emails: string[] }[] {
  return grid
    .slice(1)
    .map((r) => ({
      name: String(r[0] ?? '').trim(),
      emails: String(r[1] ?? '')
        .split(/[,;\s]+/)
        .map((e) => e.trim())
        .filter(Boolean),
    }))
    .filter((d) => d.name !== '');
}
