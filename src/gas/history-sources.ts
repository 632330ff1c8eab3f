/**
 * The sheets where earlier years may be: every sheet of the user's but the score sheet analysed,
 * and the ผลย้อนหลัง sheet; our generated sheets are never read. One read per sheet, before any
 * write: the calls grow with the sheets of the file, never with the cells a search would find.
 * The core decides which of them are the same agency's earlier years.
 */
import type { SheetGrid } from '../core/history';
import { ourSheetByName } from '../core/our-sheets';
import { readGrid } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readOtherSheets(ss: Spreadsheet, source: Sheet): SheetGrid[] {
  const name = source.getName();
  return ss
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((s) => s.name !== name && [null, 'scores', 'history'].includes(ourSheetByName(s.name)))
    .map((s) => ({ name: s.name, grid: readGrid(s.sheet) }));
}
