/** The measures plan: its columns, how it is built from an analysis, read back and merged. */
export * from '../forms/plan-columns';
export * from './build';
export { isLiveMeasure, type MergeCounts, type PlanCell, type PlanRow, type PlanRowKind } from './merge';
export { readPlanSheet, fieldValue, PLAN_TITLE_PREFIX, PLAN_SUBTITLE_MARK, type PlanSheetRead, type PlanSheetRow } from './read';
export { cellText, measureRows, readPlanMeasures } from './rows';
