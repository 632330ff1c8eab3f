/**
 * The follow-up in the add-on: writeProgressSheet writes the `ติดตามมาตรการ ITA` sheet for a round
 * (under the lock), getProgressData returns the follow-up report's model for the sidebar to render
 * (read only). Days are judged in the spreadsheet's own time zone: today and every date cell are
 * read as that zone's calendar days, and everything is read before the one sheet is written.
 */
import { label } from '../core/errors';
import { ANALYSIS_SHEET, PROGRESS_SHEET, REPORT_FIELDS_SHEET, SETTINGS_SHEET } from '../core/sheet-names';
import { progressSheet } from '../core/layout/progress-sheet';
import { parseRound, roundText } from '../core/progress';
import { DOC_DATE, parseDocDate, progressFromSources, type ProgressReportModel } from '../core/report';
import { readFrameworkSheets } from './framework';
import type { ProgressRequest, ProgressSheetResult } from './contract';
import { withDocumentLock } from './lock';
import { plainErrors } from './plain-errors';
import { readSheetState, renderSheet } from './render';
import { protectForCoordinator, readOurProtections, wasShared } from './share';
import { locatePlan } from './sheets-find';
import { planSheetNamed } from '../core/season';
import type { Day } from '../core/dates';
import { listSheets, readerOf, type SheetReader } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function getProgressData(options?: ProgressRequest): ProgressReportModel {
  return plainErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return followUpOf(ss, options ?? {}, readerOf(ss)).model;
  });
}

export function writeProgressSheet(options?: ProgressRequest): ProgressSheetResult {
  const opts = options ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      // Reads.
      const reader = readerOf(ss);
      const { model, today } = followUpOf(ss, opts, reader);
      const spec = progressSheet(model, { madeOn: today });
      const state = readSheetState(ss, spec, reader);
      const plan = locatePlan(ss);
      const shared = plan ? wasShared(readOurProtections(ss, plan, [])) : false;
      // Writes.
      const sheet = renderSheet(ss, spec, state);
      // Made after the plan was shared: divisions must not type in a sheet the next round rewrites.
      if (shared && !state.sheet) protectForCoordinator(sheet, 'ติดตามมาตรการ');
      return {
        sheet: PROGRESS_SHEET,
        sheetId: sheet.getSheetId(),
        spreadsheetUrl: ss.getUrl(),
        round: roundText(model.round),
        counts: model.counts,
        warnings: model.warnings,
      };
    }),
  );
}

/** Every read the follow-up needs, in the spreadsheet's time zone. */
function followUpOf(ss: Spreadsheet, opts: ProgressRequest, reader: SheetReader): { model: ProgressReportModel; today: Day } {
  const today = reader.today();
  const grid = (name: string) => {
    const sheet = ss.getSheetByName(name);
    return sheet ? reader.grid(sheet) : undefined;
  };
  // An earlier year's plan when the coordinator picked one; it must hold a plan's header.
  const picked = opts.plan ? ss.getSheetByName(opts.plan) : null;
  const plan = opts.plan ? picked : locatePlan(ss);
  const planGrid = plan ? { name: plan.getName(), grid: reader.grid(plan) } : null;
  if (opts.plan) planSheetNamed(planGrid ? [planGrid] : [], opts.plan, { th: 'สเปรดชีตนี้', en: 'this spreadsheet' });
  const model = progressFromSources(
    {
      analysis: grid(ANALYSIS_SHEET) ?? null,
      plan: planGrid,
      fields: grid(REPORT_FIELDS_SHEET),
      settings: grid(SETTINGS_SHEET),
      framework: readFrameworkSheets(listSheets(ss), reader),
    },
    {
      round: opts.round ? parseRound(opts.round, label('รอบการติดตามผล', 'the follow-up round')) : undefined,
      digits: opts.digits,
      fields: opts.fields,
      docDate: opts.docDate ? parseDocDate(opts.docDate, DOC_DATE) : undefined,
    },
    { th: 'สเปรดชีตนี้', en: 'this spreadsheet' },
    today,
  );
  return { model, today };
}
