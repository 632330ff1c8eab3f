/** Frameworks as data a user defines: the `กรอบการประเมิน` sheet's form, reader, checks and merge (the writer is layout/framework-sheet.ts). */
export { checkCopy, chooseFramework, readFramework, type FrameworkChoice } from './choose';
export { isFrameworkSheet } from './form';
export type { FrameworkDefinition } from './read';
