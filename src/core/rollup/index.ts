/** Many agencies at once: a province's, a district office's or a ministry's roll-up. */
export type * from './model';
export { GROUP_BY_WORDS, readGroupBy } from './model';
export type * from './types';
export { buildRollup, keyOf, type RollupOptions } from './build';
export { readAgencies, type InputSheet } from './read';
export type { AgencyResult, LevelRef } from './results';
export { TYPE_LABEL } from './agency-types';
export { percent } from './recommend';
export { rollupReportModel, ROLLUP_REPORT_TITLE, type RollupReportModel } from './report-model';
// src/core/pack.ts runs the whole pipeline per agency (core's top floor) and is imported from there.
