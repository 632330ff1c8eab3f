/**
 * The catalogue's data in one object. The Apps Script build swaps this module for one that reads
 * the same object from dist/catalogue.html on first use (see scripts/build.mjs), so the Thai text
 * stays out of Code.js, which Sheets re-evaluates on every custom-function call.
 */
import { GENERIC_ADVICE, type GenericAdvice } from './generic';
import { INDICATOR_ADVICE } from './indicators';
import { ITEM_ADVICE } from './items';
import { MEASURES } from './measures';
import type { IndicatorAdvice, ItemAdvice, MeasureTemplate } from './types';

export interface CatalogueData {
  measures: readonly MeasureTemplate[];
  items: readonly ItemAdvice[];
  indicators: readonly IndicatorAdvice[];
  generic: GenericAdvice;
}

export function loadCatalogue(): CatalogueData {
  return { measures: MEASURES, items: ITEM_ADVICE, indicators: INDICATOR_ADVICE, generic: GENERIC_ADVICE };
}
