/**
 * The bottom of core: a sheet as every edge reads it (Apps Script's getValues, ExcelJS, a .csv),
 * the values our layouts write, and the cell addressing both share. Nothing here imports anything.
 * Rows and columns are 1-based, as in both spreadsheet APIs.
 */

/** A calendar day as ISO 'YYYY-MM-DD' (no time, no time zone). */
export interface DateValue {
  date: string;
}

/** A formula the layout wrote itself. Plain strings are always literal text, never formulas. */
export interface FormulaValue {
  formula: string;
}

export type CellValue = string | number | boolean | null | DateValue | FormulaValue;

/** What the edges hand the core when they read a sheet: dates arrive as DateValue. */
export type GridValue = string | number | boolean | null | DateValue;
export type Grid = GridValue[][];

export function isDateValue(v: unknown): v is DateValue {
  return typeof v === 'object' && v !== null && typeof (v as DateValue).date === 'string';
}

export function isFormulaValue(v: unknown): v is FormulaValue {
  return typeof v === 'object' && v !== null && typeof (v as FormulaValue).formula === 'string';
}

/** 'C' for column 3, as messages name a cell ('C12'). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'AB' → 28, the inverse of columnLetter. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
