/**
 * "สรุปหลายหน่วยงาน": a table of agencies in the spreadsheet (or a score sheet per agency) → the
 * roll-up sheets, the same model and layout as `rollup` on the command line. Every user sheet is
 * read once first, every roll-up sheet's state next, then the sheets are written, under the lock.
 */
import { rollupSheets } from '../core/layout/rollup-sheets';
import { buildRollup, type InputSheet, readAgencies } from '../core/rollup';
import { ROLLUP_SHEETS } from '../core/sheet-names';
import { ItaError } from '../core/errors';
import type { RollupOptions, RollupResult } from './contract';
import { withDocumentLock } from './lock';
import { plainErrors } from './plain-errors';
import { readSheetState, renderSheet } from './render';
import { isGeneratedName } from './sheets-find';
import { listSheets, readerOf } from './sheets-io';

const OURS = new Set<string>(Object.values(ROLLUP_SHEETS));

export function summarizeAgencies(options?: RollupOptions): RollupResult {
  const opts = options ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const reader = readerOf(ss);
      // Reads: the user's sheets (never ours), then the roll-up sheets' state.
      const all = listSheets(ss);
      const chosen = opts.sourceSheet ? all.filter((s) => s.name === opts.sourceSheet) : all.filter((s) => !OURS.has(s.name) && !isGeneratedName(s.name));
      if (opts.sourceSheet && !chosen.length) {
        throw new ItaError(`ไม่พบแผ่นงานชื่อ "${opts.sourceSheet}"`, `Sheet "${opts.sourceSheet}" not found`);
      }
      const inputs: InputSheet[] = chosen.map((s) => ({ name: s.name, grid: reader.grid(s.sheet) }));
      const rollup = buildRollup(readAgencies(inputs, opts.year), { year: opts.year, target: opts.target, groupBy: opts.groupBy });
      const model = rollupSheets(rollup, opts.digits ?? 'thai');
      const states = model.sheets.map((spec) => readSheetState(ss, spec, reader));
      // Writes.
      const written = model.sheets.map((spec, k) => renderSheet(ss, spec, states[k]));
      return {
        sheets: model.sheets.map((s) => s.name),
        sheetId: written[0].getSheetId(),
        spreadsheetUrl: ss.getUrl(),
        year: rollup.year,
        previousYear: rollup.previousYear,
        agencies: rollup.overview.count,
        mean: rollup.overview.mean,
        reaching: rollup.overview.reaching,
        followUp: rollup.followUp.length,
        leftOut: rollup.bad,
      };
    }),
  );
}

/** Menu: the roll-up of every table of agencies in the spreadsheet, with a short alert. */
export function menuRollup(): void {
  const r = summarizeAgencies({});
  SpreadsheetApp.getUi().alert(
    'สรุปหลายหน่วยงาน',
    `สรุปผลปีงบประมาณ พ.ศ. ${r.year} ของหน่วยงาน ${r.agencies} แห่ง ในแผ่นงาน ${r.sheets.join(', ')}` +
      (r.leftOut.length ? `\nแถวที่ไม่นำมาคำนวณ ${r.leftOut.length} แถว (รายการอยู่ท้ายแผ่นงาน ${r.sheets[0]})` : ''),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}
