/**
 * The add-on's side of user-defined frameworks: reading the framework sheets for Generate and the
 * template, and copying a built-in edition into a new `กรอบการประเมิน` sheet to start from.
 */
import { startingEdition } from '../core/editions';
import type { Edition } from '../core/editions/types';
import { checkCopy, chooseFramework, readFramework } from '../core/framework';
import { frameworkSheet } from '../core/layout/framework-sheet';
import { FRAMEWORK_SHEET, isFrameworkSheetName, SETTINGS_SHEET } from '../core/sheet-names';
import type { Grid } from '../core/grid';
import type { FrameworkOptions, FrameworkResult } from './contract';
import { withDocumentLock } from './lock';
import { plainErrors } from './plain-errors';
import { readSheetState, renderSheet } from './render';
import { detectSource } from './sheets-find';
import { listSheets, readerOf, type NamedSheet, type SheetReader } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The framework sheets (กรอบการประเมิน and its copies), read once each, for the pipeline. */
export function readFrameworkSheets(sheets: NamedSheet[], reader: SheetReader): { name: string; grid: Grid }[] {
  return sheets.filter((s) => isFrameworkSheetName(s.name)).map((s) => ({ name: s.name, grid: reader.grid(s.sheet) }));
}

/** The edition a template is laid out with: the user's definition for the year and agency type, else the built-in one. */
export function templateEdition(ss: Spreadsheet, reader: SheetReader, year: number | null, agencyType: string | null): Edition {
  const settings = ss.getSheetByName(SETTINGS_SHEET);
  const sheets = [...readFrameworkSheets(listSheets(ss), reader), ...(settings ? [{ name: SETTINGS_SHEET, grid: reader.grid(settings) }] : [])];
  return chooseFramework(readFramework(sheets), year, agencyType).edition;
}

/** Copies the built-in edition of a year (newest when omitted) into a new framework sheet; never over one. */
export function insertFramework(options?: FrameworkOptions): FrameworkResult {
  const opts = options ?? {};
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const { edition } = startingEdition(opts.year ?? null);
      const group = opts.group?.trim() || null;
      const reader = readerOf(ss);
      checkCopy(readFramework(readFrameworkSheets(listSheets(ss), reader)), edition, group);
      let name = FRAMEWORK_SHEET;
      for (let k = 2; ss.getSheetByName(name); k++) name = `${FRAMEWORK_SHEET} (${k})`;
      const spec = frameworkSheet(edition, { name, group });
      const sheet = renderSheet(ss, spec, readSheetState(ss, spec, reader));
      sheet.activate();
      return { sheet: name, sheetId: sheet.getSheetId(), spreadsheetUrl: ss.getUrl(), framework: edition.labelTh, group };
    }),
  );
}

/** Menu: copies the edition of the detected score sheet's year (newest when none). */
export function menuInsertFramework(): FrameworkResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const detected = detectSource(ss, readerOf(ss));
  return insertFramework(detected?.year ? { year: detected.year } : {});
}
