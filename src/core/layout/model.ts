/**
 * SheetModel: what a generated sheet holds, independent of where it is drawn. One layout
 * produces it; the Apps Script renderer (src/gas) and the ExcelJS renderer (src/cli) draw it.
 * Rows and columns are 1-based, as in both spreadsheet APIs.
 */

import { type CellValue, columnLetter } from '../grid';

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** '#rrggbb' */
  fontColor?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Spreadsheet number format, e.g. '0.00', 'd mmm yyyy'. */
  numberFormat?: string;
  /** Thin border around every cell of the rect. */
  border?: boolean;
}

export interface StyleRun {
  rect: Rect;
  style: CellStyle;
}

export type Validation =
  | { kind: 'list'; rect: Rect; values: string[]; strict: boolean; helpText?: string }
  /** A dropdown of the values in another sheet's range; `values` is their current content. */
  | { kind: 'listFromRange'; rect: Rect; sheet: string; a1: string; values: string[]; strict: boolean; helpText?: string }
  | { kind: 'number'; rect: Rect; min: number; max: number; helpText?: string }
  | { kind: 'date'; rect: Rect; min: string; max: string; helpText?: string };

/**
 * Conditional formatting by a custom formula written for the rect's top-left cell
 * (relative references move across the rect, as both spreadsheet programs do).
 */
export interface ConditionalRule {
  rect: Rect;
  formula: string;
  background: string;
  fontColor?: string;
}

export interface ChartSpec {
  /** 'bar': scores against the target; 'line': scores over the years (categories are years). */
  kind: 'bar' | 'line';
  title: string;
  /** Category labels in the first column, one series per further column; the first row holds series names. */
  data: Rect;
  anchor: { row: number; col: number };
  width: number;
  height: number;
  /** The score axis (default 0–100): a narrower one shows small changes between years. */
  axis?: { min: number; max: number };
}

export interface SheetSpec {
  name: string;
  /**
   * 'replace': the sheet is cleared and rewritten (generated sheets).
   * 'update': only the model's cells are written, and rows of the model's columns below them
   * are left as they are (sheets people type in).
   */
  mode: 'replace' | 'update';
  rows: CellValue[][];
  /** 1-based sheet row of rows[0] (default 1): rows above it are left as people left them. */
  startRow?: number;
  /** Single cells written on their own (our title lines above a table that starts lower). */
  cells?: { row: number; col: number; value: CellValue }[];
  /** Pixels, one per column from A. */
  colWidths: number[];
  frozenRows: number;
  frozenCols: number;
  fontFamily: string;
  fontSize: number;
  styles: StyleRun[];
  merges: Rect[];
  validations: Validation[];
  conditional: ConditionalRule[];
  charts: ChartSpec[];
  print: {
    landscape: boolean;
    fitToWidth: boolean;
    /** Columns 1..cols only (the analysis sheet leaves out its chart's helper columns); all when absent. */
    cols?: number;
    /** The header row (1-based) printed again at the top of every page. */
    repeatRow?: number;
    /** Without the fills and colours (the plan's status colours are for the screen). */
    monochrome?: boolean;
  };
  tabColor?: string;
  /** 1-based columns to hide (the plan's key column). */
  hiddenCols?: number[];
  /**
   * Written whole on every run (analysis, summary, follow-up): the .xlsx protects it without a
   * password and says why in a note, so nobody types where the next run writes.
   */
  rewritten?: boolean;
}

/** The note on a sheet we rewrite whole (the .xlsx's protection has no password: it warns, it does not lock anyone out). */
export const REWRITTEN_NOTE =
  'แผ่นงานนี้โปรแกรม ITA Sheets เขียนใหม่ทั้งแผ่นทุกครั้งที่สร้างการวิเคราะห์หรือติดตามผล สิ่งที่พิมพ์ในแผ่นงานนี้จะไม่ถูกเก็บไว้ โปรดแก้ไขที่แผ่นงานคะแนนหรือแผ่นงานมาตรการ (การป้องกันแผ่นงานไม่มีรหัสผ่าน)';

export interface SheetModel {
  sheets: SheetSpec[];
}

export const THAI_FONT = 'Sarabun';

/** Text from a sheet that starts like a formula gets a leading apostrophe, so it stays text. */
export function asLiteralText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** 'A1' notation of a rect ('B3:D9'). */
export function a1(rect: Rect): string {
  const tl = `${columnLetter(rect.col)}${rect.row}`;
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
}
