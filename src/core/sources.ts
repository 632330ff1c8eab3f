/**
 * A workbook's sheets as grids → the analysis and its sources. Generate, the command line's analyze,
 * the report (add-on and command line), the follow-up and the roll-up's packs all analyse through
 * analyseSources, and read back what an analysis sheet was made with through generatedWith, so a
 * score sheet reads the same whichever road it takes.
 */
import { analyse, type Analysis, type AnalysisOptions } from './analysis';
import { readFramework, type FrameworkDefinition } from './framework';
import { isFrameworkSheet } from './framework/form';
import type { Grid, GridValue } from './grid';
import { attachHistory } from './history';
import { cellNumber, isBlank } from './numbers';
import { isGeneratedSheet } from './our-sheets';
import { KEY_HEADER } from './forms/plan-columns';
import type { ScoreSheet } from './score-sheet';
import { readScoreSheet } from './sheet-input';
import {
  ANALYSIS_LABELS,
  ANALYSIS_SHEET,
  isBackupName,
  isSeasonName,
  ourSheetByName,
  PLAN_SHEET,
  REPORT_FIELDS_SHEET,
  SETTINGS_SHEET,
  TEMPLATE_SHEET,
  VIEW_PREFIX,
} from './sheet-names';

export interface NamedGrid {
  name: string;
  grid: Grid;
}

/** The sheets an analysis and its documents are made from; each edge reads only the ones it needs. */
export interface WorkbookSources {
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

/** The score sheet read, its framework chosen, analysed and compared with the earlier years in the file. */
export function analyseSources(
  score: NamedGrid,
  src: Pick<WorkbookSources, 'framework' | 'settings' | 'others'>,
  options: AnalysisOptions,
): { sheet: ScoreSheet; definitions: FrameworkDefinition[]; analysis: Analysis } {
  const sheet = readScoreSheet(score.grid, score.name);
  const definitions = frameworkDefinitions(src);
  const analysis = analyse(sheet, { ...options, definitions });
  attachHistory(analysis, sheet, src.others ?? [], definitions);
  return { sheet, definitions, analysis };
}

/** The user's framework definitions: the กรอบการประเมิน sheets and the ตั้งค่า ITA sheet. */
export function frameworkDefinitions(src: Pick<WorkbookSources, 'framework' | 'settings'>): FrameworkDefinition[] {
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
  const agency = value(ANALYSIS_LABELS.agency);
  return {
    target: number(ANALYSIS_LABELS.target),
    year: number(ANALYSIS_LABELS.year),
    agency: typeof agency === 'string' && agency.trim() ? agency.trim() : undefined,
  };
}

/** For a whole workbook in hand (the command line): picks each sheet an analysis or a document needs. */
export function sourcesFromWorkbook(sheets: readonly NamedGrid[]): WorkbookSources {
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
