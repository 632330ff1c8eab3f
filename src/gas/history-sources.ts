/**
 * The sheets where earlier years may be: every sheet of the user's but the score sheet analysed,
 * and the ผลย้อนหลัง sheet; our generated sheets are never read. One read per sheet, before any
 * write: the calls grow with the sheets of the file, never with the cells a search would find.
 * The core decides which of them are the same agency's earlier years.
 */
import type { SheetGrid } from '../core/history';
import { ourSheetByName } from '../core/sheet-names';
import type { NamedSheet, SheetReader } from './sheets-io';

/** `sheets`: the spreadsheet's sheets as listSheets gives them; `source`: the score sheet analysed. */
export function readOtherSheets(sheets: NamedSheet[], source: string, reader: SheetReader): SheetGrid[] {
  return sheets
    .filter((s) => s.name !== source && [null, 'scores', 'history'].includes(ourSheetByName(s.name)))
    .map((s) => ({ name: s.name, grid: reader.grid(s.sheet) }));
}
