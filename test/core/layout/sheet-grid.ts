/** Test helper: a SheetSpec as the grid a spreadsheet holds after drawing it (formulas as text). */
export { specToGrid } from '../../../src/core/layout/spec-grid';
