/** Earlier years: read from wherever they are kept, merged, compared with the year assessed. */
import type { Analysis } from '../analysis-types';
import { chooseFramework, type FrameworkDefinition } from '../framework';
import type { ScoreSheet } from '../score-sheet';
import { gatherYears } from './collect';
import { compareYears, earlierTotalChecks } from './compare';
import type { SheetGrid } from '../forms/history-types';

export type * from '../forms/history-types';
export { HISTORY_LABELS, HISTORY_TOOLS } from '../forms/history-form';
export { changeMark } from './sentences';
export { readHistorySheet } from './sheet-read';
export { earlierSheets } from './collect';
export { MAX_YEARS, type EditionOf } from './compare';

/**
 * Sets `a.history` from the score sheet's own year columns and the file's other sheets (other
 * years' score sheets of the same agency, the ผลย้อนหลัง sheet); where each year came from goes
 * to the notes, disagreements to the warnings. Nothing is set when no earlier year is found.
 * Each earlier year is read with its own year's framework (the user's definitions, else built in).
 */
export function attachHistory(a: Analysis, sheet: ScoreSheet, others: readonly SheetGrid[], definitions: readonly FrameworkDefinition[]): void {
  const gathered = gatherYears(sheet, a.year, others);
  a.warnings.push(...gathered.warnings);
  const editionOf = (year: number) => chooseFramework(definitions, year, sheet.agencyType).edition;
  const history = compareYears(a, gathered.years, editionOf);
  if (!history) return;
  a.warnings.push(...earlierTotalChecks(gathered.years, editionOf));
  a.history = history;
  a.notes.push(...gathered.notes);
}
