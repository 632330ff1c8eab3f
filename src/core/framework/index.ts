/** Frameworks as data a user defines: the `กรอบการประเมิน` sheet's form, reader, checks, merge and writer. */
export { checkCopy, chooseFramework, readFramework, type FrameworkChoice } from './choose';
export { FRAMEWORK_SHEET, isFrameworkSheet, isFrameworkSheetName } from './form';
export type { FrameworkDefinition } from './read';
export { frameworkSheet } from './write';
