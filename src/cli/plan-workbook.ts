/**
 * The plan inside a workbook we wrote before, as people left it: found by name or (renamed) by
 * its key column's header, read with its formulas, and copied whole before an unsure merge.
 */
import type ExcelJS from 'exceljs';
import { isBackupName, isSeasonName, PLAN_SHEET, VIEW_PREFIX } from '../core/sheet-names';
import { KEY_HEADER } from '../core/forms/plan-columns';

/** Excel refuses sheet names longer than 31 characters. */
export const EXCEL_MAX_SHEET_NAME = 31;

export function findPlanWorksheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const named = workbook.getWorksheet(PLAN_SHEET);
  if (named) return named;
  // A new season always leaves a `มาตรการ ITA` beside the year it kept: without one, a sheet named
  // like a kept plan ('มาตรการ ITA 2569') is the plan the coordinator renamed.
  const plans = workbook.worksheets.filter((ws) => !ws.name.startsWith(VIEW_PREFIX) && holdsKeyHeader(ws));
  return plans.find((ws) => !isBackupName(ws.name)) ?? plans.find((ws) => isSeasonName(ws.name));
}

function holdsKeyHeader(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (!found) row.eachCell({ includeEmpty: false }, (cell) => (found ||= typeof cell.value === 'string' && cell.value.trim() === KEY_HEADER));
  });
  return found;
}

/** Formula text ('=…') of each cell of the used range from A1, '' where a cell holds a value. */
export function readSheetFormulas(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type !== 6 /* ExcelJS.ValueType.Formula */ || !cell.formula) return;
      (out[r - 1] ??= [])[c - 1] = `=${cell.formula}`;
    });
  });
  return Array.from({ length: out.length }, (_, r) => Array.from({ length: out[r]?.length ?? 0 }, (_, c) => out[r]?.[c] ?? ''));
}

/** A full copy of a worksheet (values, formulas, styles, merges, widths) under a new name. */
export function copyWorksheet(workbook: ExcelJS.Workbook, source: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const copy = workbook.addWorksheet(name);
  const model = source.model as ExcelJS.WorksheetModel & { merges?: string[] };
  copy.model = { ...model, name, id: copy.id, mergeCells: model.merges } as unknown as ExcelJS.WorksheetModel;
  copy.name = name;
  return copy;
}
