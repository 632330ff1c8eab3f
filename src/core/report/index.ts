/** The published document's model: built from the analysis and the plan sheet as people left it. */
export type * from './model';
export { buildReport, officialFigures, type ReportInput } from './build';
export { emptyFields, fieldsFromGrid, REPORT_FIELD_ROWS, type FieldOverrides } from './fields';
export { measuresFromPlan } from './measures';
export { timeframeText } from './timeframe';
export { reportFromSources, reportOfAnalysis, type ReportOptions } from './workbook';
export type { ProgressReportModel } from './progress-model';
export { progressFromSources, type ProgressOptions, type ProgressSources } from './progress';
export { afterRound, planApprovalDay } from './doc-date';
export { DOC_DATE, parseDocDate } from './date-text';
export { approverOf, SIGNER_LABEL } from './signers';
