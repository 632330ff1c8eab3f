/** Rollup → SheetModel: the same sheets for the command line's workbook and the add-on. */
import type { DigitStyle } from '../numbers';
import type { Rollup } from '../rollup';
import type { SheetModel } from './model';
import { overviewSheet } from './rollup-overview';
import { followUpSheet, indicatorsSheet, itemsSheet, moversSheet, rankingSheet } from './rollup-tables';

export function rollupSheets(r: Rollup, digits: DigitStyle = 'thai'): SheetModel {
  return {
    sheets: [
      overviewSheet(r, digits),
      rankingSheet(r, digits),
      indicatorsSheet(r, digits),
      followUpSheet(r, digits),
      ...(r.missed.length ? [itemsSheet(r, digits)] : []),
      ...(r.previousYear !== null ? [moversSheet(r, digits)] : []),
    ],
  };
}
