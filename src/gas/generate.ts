/** generateAnalysis and insertScoreTemplate: the add-on's main job, under the document lock. */
import { editionForYear } from '../core/editions';
import { ItaError } from '../core/errors';
import { plainErrors } from './plain-errors';
import { templateSheet, TEMPLATE_SHEET } from '../core/layout/template-sheet';
import { DIVISIONS_SHEET, PLAN_SHEET, SUMMARY_SHEET } from '../core/layout/plan-sheet';
import { ANALYSIS_SHEET } from '../core/layout/analysis-sheet';
import { divisionsFromGrid, runPipeline } from '../core/pipeline';
import { readScoreSheet } from '../core/sheet-input';
import { SETTINGS_SHEET } from '../core/settings';
import { pathLine } from '../core/path-summary';
import { generateOptionsSchema, parseArg, templateOptionsSchema } from './args';
import type { GenerateResult, TemplateResult } from './contract';
import { renderSheet } from './render';
import { readGrid } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const GENERATED = new Set([ANALYSIS_SHEET, PLAN_SHEET, DIVISIONS_SHEET, SUMMARY_SHEET, SETTINGS_SHEET]);

export function generateAnalysis(options?: unknown): GenerateResult {
  const opts = parseArg(generateOptionsSchema, options, 'options') ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const source = sourceSheet(ss, opts.sourceSheet);
      const planSheet = ss.getSheetByName(PLAN_SHEET);
      const divisionsSheet = ss.getSheetByName(DIVISIONS_SHEET);
      const settings = ss.getSheetByName(SETTINGS_SHEET);
      const run = runPipeline({
        grid: readGrid(source),
        sheetName: source.getName(),
        options: { year: opts.year, target: opts.target, agency: opts.agency, planYear: opts.planYear },
        previousPlan: planSheet ? readGrid(planSheet) : undefined,
        divisions: divisionsSheet ? divisionsFromGrid(readGrid(divisionsSheet)) : null,
        settings: settings ? readGrid(settings) : undefined,
      });
      const ids: Record<string, number> = {};
      for (const spec of run.model.sheets) ids[spec.name] = renderSheet(ss, spec).getSheetId();
      const a = run.analysis;
      return {
        spreadsheetUrl: ss.getUrl(),
        score: a.total,
        level: a.level?.th ?? '',
        levelEn: a.level?.en ?? '',
        passing: a.strengths.length,
        failing: a.weaknesses.length,
        analysisSheet: run.analysisSheet,
        analysisSheetId: ids[run.analysisSheet],
        planSheet: run.planSheet,
        planSheetId: ids[run.planSheet],
        measures: run.plan.rows.filter((r) => r.kind !== 'user' && r.kind !== 'obsolete').length,
        warnings: a.warnings,
        ...(a.paths ? { path: pathLine(a.total >= a.target ? a.paths.top : a.paths.target) } : {}),
      };
    }),
  );
}

export function insertScoreTemplate(options?: unknown): TemplateResult {
  const opts = parseArg(templateOptionsSchema, options, 'options') ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      let name = TEMPLATE_SHEET;
      // Never write over a sheet someone filled in: take the next free name.
      for (let k = 2; ss.getSheetByName(name); k++) name = `${TEMPLATE_SHEET} (${k})`;
      const spec = templateSheet(editionForYear(opts.year ?? null), { ...opts, name });
      const sheet = renderSheet(ss, spec);
      sheet.activate();
      return { sheet: name, sheetId: sheet.getSheetId(), spreadsheetUrl: ss.getUrl() };
    }),
  );
}

/** The named sheet, else the template sheet, else the active sheet if it is not one we generate. */
export function sourceSheet(ss: Spreadsheet, name?: string): GoogleAppsScript.Spreadsheet.Sheet {
  if (name) {
    const s = ss.getSheetByName(name);
    if (!s) throw new ItaError(`ไม่พบแผ่นงาน "${name}"`, `Sheet "${name}" not found`);
    return s;
  }
  const template = ss.getSheetByName(TEMPLATE_SHEET);
  if (template) return template;
  const active = ss.getActiveSheet();
  if (!GENERATED.has(active.getName())) return active;
  throw new ItaError(
    'ไม่พบแผ่นงานคะแนน โปรดเลือกแผ่นงานที่มีคะแนน ITA หรือแทรกแม่แบบคะแนน',
    'No score sheet found: choose the sheet with the ITA scores or insert the score template',
  );
}

/** Sheets that look like score sheets (ten indicators readable), for the sidebar's detection. */
export function detectSource(ss: Spreadsheet): { sheet: string; year: number | null; agency: string | null } | null {
  for (const s of ss.getSheets()) {
    if (GENERATED.has(s.getName())) continue;
    try {
      const read = readScoreSheet(readGrid(s), s.getName());
      if (read.indicators.every((v) => v !== null)) return { sheet: s.getName(), year: read.year, agency: read.agency };
    } catch {
      // a sheet that cannot be read is simply not the source
    }
  }
  return null;
}

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    throw new ItaError('มีผู้อื่นกำลังสร้างการวิเคราะห์ในไฟล์นี้ โปรดลองอีกครั้งในอีกสักครู่', 'Someone else is generating in this file; please try again shortly');
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

