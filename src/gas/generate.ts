/**
 * generateAnalysis and insertScoreTemplate: the add-on's main job, under the document lock.
 * Everything is read first (source, plan with its formulas, divisions, settings, protections,
 * sheet sizes), then everything is written: Apps Script flushes before each read that follows
 * a write, so reads between writes are what makes a run slow.
 */
import { parseDateText } from '../core/dates';
import { ItaError } from '../core/errors';
import { plainErrors } from './plain-errors';
import { templateSheet } from '../core/layout/template-sheet';
import { DIVISIONS_SHEET, HISTORY_SHEET, SETTINGS_SHEET, TEMPLATE_SHEET } from '../core/sheet-names';
import { planShape } from '../core/layout/plan-shape';
import { COL, isLiveMeasure } from '../core/plan';
import { divisionsFromGrid, runPipeline } from '../core/pipeline';
import { pathLine } from '../core/path-summary';
import type { GenerateOptions, GenerateResult, TemplateOptions, TemplateResult } from './contract';
import { readSheetState, renderSheet } from './render';
import { applySharing, protectForCoordinator, readOurProtections, rightsDisagreement, wasShared } from './share';
import { detectSource, isGeneratedName, locatePlan } from './sheets-find';
import { listSheets, readerOf, type SheetReader } from './sheets-io';
import { readFrameworkSheets, templateEdition } from './framework';
import { withDocumentLock } from './lock';
import { readOtherSheets } from './history-sources';
import { NEWEST_YEAR } from '../core/editions';
import { historyTemplate } from '../core/layout/history-template';
import { typedCopyNote, typedOutsideLayout } from '../core/layout/typed-outside';
import { backupSheetName } from '../core/plan/backup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `options` as checked against its schema (server.ts). */
export function generateAnalysis(options?: GenerateOptions): GenerateResult {
  const opts = options ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      // Reads.
      const reader = readerOf(ss);
      const source = sourceSheet(ss, reader, opts.sourceSheet);
      const planSheet = locatePlan(ss);
      const previous = planSheet ? reader.gridWithFormulas(planSheet) : undefined;
      const divisionsSheet = ss.getSheetByName(DIVISIONS_SHEET);
      const divisions = divisionsSheet ? divisionsFromGrid(reader.grid(divisionsSheet)) : null;
      const settings = ss.getSheetByName(SETTINGS_SHEET);
      const sheets = listSheets(ss);
      const protections = planSheet ? readOurProtections(ss, planSheet, sheets, source.getName()) : [];
      const others = readOtherSheets(sheets, source.getName(), reader);
      const today = reader.today();
      const run = runPipeline({
        grid: reader.grid(source),
        sheetName: source.getName(),
        options: {
          year: opts.year,
          target: opts.target,
          agency: opts.agency,
          planYear: opts.planYear,
          includeKeep: opts.includeKeep,
          approval: opts.approvalDate ? parseDateText(opts.approvalDate, { th: 'วันที่อนุมัติแผน', en: 'the plan approval date' }) : undefined,
        },
        previousPlan: previous?.values,
        previousPlanFormulas: previous?.formulas,
        planSheetName: planSheet?.getName(),
        sheetNames: sheets.map((s) => s.name),
        today,
        divisions,
        settings: settings ? reader.grid(settings) : undefined,
        framework: readFrameworkSheets(sheets, reader),
        others,
        // The spreadsheet is the coordinator's own: another agency's plan in it is kept aside, not refused.
        otherAgencyPlan: 'keep',
      });
      // Rights a sort left on the wrong rows: found before the writes, put right by them.
      const disagreement =
        planSheet && run.plan.previous && divisions && wasShared(protections) ? rightsDisagreement(planSheet, run.plan.previous, divisions) : null;
      const states = run.model.sheets.map((spec) => readSheetState(ss, spec, reader));
      // Text typed beside a sheet we rewrite whole, outside our layout: copied before the rewrite.
      const typed = run.model.sheets.flatMap((spec, k) => {
        const sheet = spec.rewritten ? states[k].sheet : null;
        const cell = sheet ? typedOutsideLayout(reader.grid(sheet), spec) : null;
        return sheet && cell ? [{ sheet, spec, cell }] : [];
      });
      // Writes.
      const copy = run.backup && planSheet ? planSheet.copyTo(ss).setName(run.backup.name) : null;
      // Last season's plan stays readable and reportable, but nobody edits it any more.
      // (A plan the coordinator had named with its year is kept where it stands.)
      const kept = run.oldSeason ? (copy ?? planSheet) : null;
      if (kept && run.oldSeason) protectForCoordinator(kept, `แผนปี ${run.oldSeason.planYear}`);
      const names = sheets.map((s) => s.name);
      const typedNotes = typed.map(({ sheet, spec, cell }) => {
        const name = backupSheetName(spec.name, today, names, 100);
        names.push(name);
        sheet.copyTo(ss).setName(name);
        return typedCopyNote(spec.name, cell, name);
      });
      const ids: Record<string, number> = {};
      const written: Record<string, GoogleAppsScript.Spreadsheet.Sheet> = {};
      run.model.sheets.forEach((spec, k) => {
        written[spec.name] = renderSheet(ss, spec, states[k]);
        ids[spec.name] = written[spec.name].getSheetId();
      });
      const shared =
        planSheet && wasShared(protections) && divisions
          ? applySharing(ss, {
              plan: written[run.planSheet],
              shape: planShape(run.plan.previous),
              owners: run.plan.rows.map((r) => r.cells[COL.owner]),
              coOwners: run.plan.rows.map((r) => r.cells[COL.coOwner]),
              divisions,
              existing: protections,
              scoreSheet: source.getName(),
              disagreement,
            })
          : null;
      const a = run.analysis;
      return {
        spreadsheetUrl: ss.getUrl(),
        score: a.officialTotal,
        level: a.officialLevel?.th ?? '',
        levelEn: a.officialLevel?.en ?? '',
        passing: a.strengths.length,
        failing: a.weaknesses.length,
        analysisSheet: run.analysisSheet,
        analysisSheetId: ids[run.analysisSheet],
        planSheet: run.planSheet,
        planSheetId: ids[run.planSheet],
        measures: run.plan.rows.filter(isLiveMeasure).length,
        obsolete: run.plan.counts.becameObsolete,
        keptForWork: run.plan.counts.worked,
        warnings: [...a.warnings, ...typedNotes, ...(shared?.warnings ?? [])],
        ...(run.backup && !run.oldSeason ? { backupSheet: run.backup.name } : {}),
        ...(run.oldSeason
          ? {
              oldPlan: {
                sheet: run.oldSeason.sheet,
                planYear: run.oldSeason.planYear,
                unfinished: run.oldSeason.unfinished.length,
                otherAgency: run.oldSeason.why === 'agency',
              },
            }
          : {}),
        ...(a.paths ? { path: pathLine(a.total >= a.target ? a.paths.top : a.paths.target) } : {}),
        framework: a.framework,
      };
    }),
  );
}

export function insertScoreTemplate(options?: TemplateOptions): TemplateResult {
  const opts = options ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const reader = readerOf(ss);
      let name = TEMPLATE_SHEET;
      // Never write over a sheet someone filled in: take the next free name.
      for (let k = 2; ss.getSheetByName(name); k++) name = `${TEMPLATE_SHEET} (${k})`;
      const spec = templateSheet(templateEdition(ss, reader, opts.year ?? null, opts.agencyType ?? null), { ...opts, name });
      // The earlier years' sheet comes with the first template, and is never written over.
      const history = ss.getSheetByName(HISTORY_SHEET) ? null : historyTemplate(opts.year ?? NEWEST_YEAR);
      const state = readSheetState(ss, spec, reader);
      const historyState = history ? readSheetState(ss, history, reader) : null;
      const sheet = renderSheet(ss, spec, state);
      if (history && historyState) renderSheet(ss, history, historyState);
      sheet.activate();
      return { sheet: name, sheetId: sheet.getSheetId(), spreadsheetUrl: ss.getUrl() };
    }),
  );
}

/**
 * The named sheet, else the template sheet, else the active sheet if it is not one we generate,
 * else the sheet the sidebar would detect (Generate from the menu while a result sheet is open).
 */
export function sourceSheet(ss: Spreadsheet, reader: SheetReader, name?: string): GoogleAppsScript.Spreadsheet.Sheet {
  if (name) {
    const s = ss.getSheetByName(name);
    if (!s) throw new ItaError(`ไม่พบแผ่นงาน "${name}"`, `Sheet "${name}" not found`);
    return s;
  }
  const template = ss.getSheetByName(TEMPLATE_SHEET);
  if (template) return template;
  const active = ss.getActiveSheet();
  if (!isGeneratedName(active.getName())) return active;
  const detected = detectSource(ss, reader);
  if (detected) return detected.sheet;
  throw new ItaError(
    'ไม่พบแผ่นงานคะแนน โปรดเลือกแผ่นงานที่มีคะแนน ITA หรือแทรกแม่แบบคะแนน',
    'No score sheet found: choose the sheet with the ITA scores or insert the score template',
  );
}
