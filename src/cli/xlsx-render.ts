/**
 * Draws a SheetModel into an ExcelJS workbook (the command line's renderer). The Apps Script
 * renderer draws the same model in Google Sheets; sheet-grid.ts reads a worksheet back.
 */
import ExcelJS from 'exceljs';
import { isoToDay, thaiDate } from '../core/dates';
import type { Label } from '../core/errors';
import { LIST_SHEET } from '../core/sheet-names';
import { a1, type ConditionalRule, type Rect, REWRITTEN_NOTE, type SheetModel, type SheetSpec, type Validation } from '../core/layout/model';
import { type CellValue, columnLetter, columnNumber, isDateValue, isFormulaValue } from '../core/grid';
import { protectWorksheet } from './sheet-protection';
import { applyStyles, argb, cellKey, forEachCell, shareEmptyStyles } from './xlsx-styles';

export { LIST_SHEET };

/** Line height in points for estimating wrapped rows, which ExcelJS cannot auto-fit. */
const LINE_PT = 15;
/** Roughly how many pixels a character of Thai or Latin text takes at 11 pt. */
const PX_PER_CHAR = 6.5;
/** Excel column width is in characters of the default font; about 7 px each. */
const PX_PER_WIDTH_UNIT = 7;
/** Excel rejects an inline list (the "Source" text) longer than 255 characters. */
export const INLINE_LIST_MAX = 255;
/** Excel's limit on a validation prompt's length. */
const MESSAGE_MAX = 255;
/** Excel refuses to open a file with a longer cell text; longer text is cut and marked. */
export const CELL_TEXT_MAX = 32_767;
export const CUT_MARK = ' …〔ตัดข้อความเกินขนาด〕';
const A4 = 9 as ExcelJS.PaperSize;

/** Parts of ExcelJS's worksheet that its type definitions leave out. */
type SheetInternals = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

/** `notify` hears of anything changed on the way (text cut to Excel's limit), in Thai and English. */
export function renderWorkbook(
  model: SheetModel,
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
  notify: (n: Label) => void = () => undefined,
): ExcelJS.Workbook {
  for (const spec of model.sheets) renderSheet(workbook, spec, notify);
  // Formulas are written without cached results; ask Excel to compute them on open.
  if (model.sheets.some((s) => s.rows.some((r) => r.some(isFormulaValue)))) workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

/** One sentence per chart: ExcelJS cannot write charts, so the Excel file goes without them. */
export function chartNotes(model: SheetModel): string[] {
  return model.sheets.flatMap((s) =>
    s.charts.map(
      (c) =>
        `แผนภูมิ "${c.title}" ในแผ่นงาน "${s.name}" แสดงเฉพาะใน Google Sheets ไม่มีในไฟล์ Excel / ` +
        `The chart "${c.title}" on sheet "${s.name}" is drawn in Google Sheets only; the Excel file does not include it.`,
    ),
  );
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, notify: (n: Label) => void): void {
  const fresh = !wb.getWorksheet(spec.name) || spec.mode === 'replace';
  const ws = prepareSheet(wb, spec);
  const dates = writeValues(ws, spec, notify);
  applyStyles(ws, spec, dates, fresh);
  spec.colWidths.forEach((px, i) => {
    if (px > 0) ws.getColumn(i + 1).width = Math.round((px / PX_PER_WIDTH_UNIT) * 100) / 100;
  });
  ws.views = spec.frozenRows > 0 || spec.frozenCols > 0 ? [{ state: 'frozen', xSplit: spec.frozenCols, ySplit: spec.frozenRows }] : [{ state: 'normal' }];
  for (const m of spec.merges) mergeRect(ws, m);
  fitWrappedRows(ws, spec);
  for (const col of spec.hiddenCols ?? []) ws.getColumn(col).hidden = true;
  clearValidations(
    ws,
    spec.validations.map((v) => v.rect),
  );
  for (const v of spec.validations) addValidation(wb, ws, v);
  for (const rule of spec.conditional) addConditional(ws, rule);
  Object.assign(ws.pageSetup, {
    paperSize: A4,
    orientation: spec.print.landscape ? 'landscape' : 'portrait',
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    blackAndWhite: spec.print.monochrome ?? false,
  });
  if (spec.print.cols) ws.pageSetup.printArea = `A1:${columnLetter(spec.print.cols)}${Math.max(ws.rowCount, 1)}`;
  if (spec.print.repeatRow) ws.pageSetup.printTitlesRow = `${spec.print.repeatRow}:${spec.print.repeatRow}`;
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.rewritten) protectWorksheet(ws, REWRITTEN_NOTE);
  if (fresh) shareEmptyStyles(ws);
}

/** 'replace' recreates the sheet in the same tab position; 'update' keeps what is there. */
function prepareSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const old = wb.getWorksheet(spec.name) as SheetInternals | undefined;
  if (!old) return wb.addWorksheet(spec.name);
  if (spec.mode === 'update') return old;
  const orderNo = old.orderNo;
  wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name) as SheetInternals;
  ws.orderNo = orderNo;
  return ws;
}

/**
 * Writes the rectangle the model's rows cover (short rows padded with empty cells, so 'update'
 * clears stale values inside it and nothing outside). Returns the keys (cellKey) of cells holding dates.
 */
function writeValues(ws: ExcelJS.Worksheet, spec: SheetSpec, notify: (n: Label) => void): Set<number> {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const top = spec.startRow ?? 1;
  const dates = new Set<number>();
  const write = (row: ExcelJS.Row, c: number, v: CellValue) => {
    // Row by row: ws.getCell(r, c) decodes an address for every cell.
    const cell = row.getCell(c);
    const value = excelValue(fitText(v, spec.name, cell, notify));
    // ExcelJS writes a merged-away cell's value into its master: padding a merged title row
    // with empty cells erased the title. An empty value leaves the merge alone; a real one ends it.
    if (cell.isMerged && cell.master !== cell) {
      if (value === null) return;
      ws.unMergeCells(cell.master.address);
    }
    cell.value = value;
    if (cell.value instanceof Date) dates.add(cellKey(row.number, c));
  };
  spec.rows.forEach((values, i) => {
    const row = ws.getRow(top + i);
    for (let c = 0; c < width; c++) write(row, c + 1, values[c] ?? null);
  });
  for (const single of spec.cells ?? []) write(ws.getRow(single.row), single.col, single.value);
  return dates;
}

/** Text longer than Excel allows, cut (never inside a character) and marked, with a notice. */
function fitText(v: CellValue, sheet: string, cell: ExcelJS.Cell, notify: (n: Label) => void): CellValue {
  if (typeof v !== 'string' || v.length <= CELL_TEXT_MAX) return v;
  const address = cell.address;
  let end = CELL_TEXT_MAX - CUT_MARK.length;
  if (/[\uD800-\uDBFF]/.test(v[end - 1])) end--;
  const n = (x: number) => x.toLocaleString('en-US');
  notify({
    th: `แผ่นงาน "${sheet}" เซลล์ ${address}: ข้อความยาว ${n(v.length)} ตัวอักษร เกินขีดจำกัดของ Excel ${n(CELL_TEXT_MAX)} ตัวอักษร จึงตัดส่วนท้ายออกและต่อท้ายด้วย "${CUT_MARK.trim()}"`,
    en: `Sheet "${sheet}" cell ${address}: the text of ${n(v.length)} characters is over Excel's ${n(CELL_TEXT_MAX)}-character limit, so its end was cut and marked "${CUT_MARK.trim()}"`,
  });
  return `${v.slice(0, end)}${CUT_MARK}`;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || typeof v === 'boolean') return v;
  // ExcelJS never parses strings, so '=1+1' stays text (cell type String).
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (isFormulaValue(v)) return { formula: v.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  if (isDateValue(v)) {
    const day = isoToDay(v.date);
    // A malformed date is shown as written rather than dropped.
    return day ? new Date(Date.UTC(day.y, day.m - 1, day.d)) : v.date;
  }
  return null;
}

/** Sets each row with wrapped text tall enough for its longest cell (merged cells count their span). */
function fitWrappedRows(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const wrapped = new Set<number>();
  for (const run of spec.styles) {
    if (!run.style.wrap) continue;
    forEachCell(run.rect, (r, c) => wrapped.add(cellKey(r, c)));
  }
  const spans = new Map<number, number>();
  for (const m of spec.merges) if (!spans.has(cellKey(m.row, m.col))) spans.set(cellKey(m.row, m.col), m.cols);
  const width = (c: number, span = 1) => spec.colWidths.slice(c - 1, c - 1 + span).reduce((a, b) => a + (b || 100), 0);
  const top = spec.startRow ?? 1;
  spec.rows.forEach((row, k) => {
    const r = top + k;
    let lines = 1;
    row.forEach((v, j) => {
      const c = j + 1;
      if (typeof v !== 'string' || !wrapped.has(cellKey(r, c))) return;
      const perLine = Math.max(1, Math.floor(width(c, spans.get(cellKey(r, c))) / PX_PER_CHAR));
      lines = Math.max(
        lines,
        v.split('\n').reduce((n, seg) => n + Math.max(1, Math.ceil(seg.length / perLine)), 0),
      );
    });
    if (lines > 1) ws.getRow(r).height = Math.min(409, lines * LINE_PT);
  });
}

function mergeRect(ws: ExcelJS.Worksheet, rect: Rect): void {
  if (rect.rows * rect.cols <= 1) return;
  const [top, left, bottom, right] = [rect.row, rect.col, rect.row + rect.rows - 1, rect.col + rect.cols - 1];
  // ExcelJS throws on overlapping merges; an updated sheet may hold an older one.
  ws.unMergeCells(top, left, bottom, right);
  ws.mergeCells(top, left, bottom, right);
}

function addValidation(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, v: Validation): void {
  const dv = validationFor(wb, v);
  if (!dv) return;
  if (v.helpText) Object.assign(dv, { showInputMessage: true, prompt: clip(v.helpText, MESSAGE_MAX) });
  (ws as SheetInternals).dataValidations.model[a1(v.rect)] = dv;
}

function validationFor(wb: ExcelJS.Workbook, v: Validation): ExcelJS.DataValidation | null {
  const base = { allowBlank: true, showErrorMessage: true };
  switch (v.kind) {
    case 'list':
    case 'listFromRange': {
      if (v.kind === 'list' && v.values.length === 0) return null; // nothing to choose from
      const source = v.kind === 'listFromRange' ? `${quoteSheet(v.sheet)}!${absoluteA1(v.a1)}` : listSource(wb, v.values);
      return {
        ...base,
        type: 'list',
        formulae: [source],
        // A non-strict list warns but lets the typed value stand, like Google's "show a warning".
        ...(v.strict ? {} : { errorStyle: 'warning' }),
        errorTitle: 'ค่าไม่อยู่ในรายการ',
        error: v.strict ? 'กรุณาเลือกค่าจากรายการที่กำหนด' : 'ค่านี้ไม่อยู่ในรายการที่กำหนด ต้องการใช้ค่านี้หรือไม่',
      };
    }
    case 'number':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [v.min, v.max],
        errorTitle: 'ตัวเลขไม่ถูกต้อง',
        error: `กรุณากรอกตัวเลขตั้งแต่ ${v.min} ถึง ${v.max}`,
      };
    case 'date': {
      const [min, max] = [isoToDay(v.min), isoToDay(v.max)];
      if (!min || !max) return null;
      return {
        ...base,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(min.y, min.m - 1, min.d)), new Date(Date.UTC(max.y, max.m - 1, max.d))],
        errorTitle: 'วันที่ไม่ถูกต้อง',
        error: `กรุณากรอกวันที่ตั้งแต่ ${thaiDate(min)} ถึง ${thaiDate(max)}`,
      };
    }
  }
}

/** An inline list when Excel can hold it, else a range on the hidden list sheet. */
function listSource(wb: ExcelJS.Workbook, values: string[]): string {
  const inline = `"${values.join(',')}"`;
  // Commas and quotes cannot be escaped inside an inline list.
  if (inline.length <= INLINE_LIST_MAX && !values.some((s) => /[,"]/.test(s))) return inline;
  const ws = wb.getWorksheet(LIST_SHEET) ?? wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  let col = 1;
  for (; col <= ws.columnCount; col++) {
    const held = ws.getColumn(col).values.slice(1);
    // Reuse a column holding the same list, so re-rendering does not pile up copies.
    if (held.length === values.length && values.every((s, i) => held[i] === s)) break;
  }
  if (col > ws.columnCount) values.forEach((s, i) => (ws.getCell(i + 1, col).value = s));
  const letter = columnLetter(col);
  return `${quoteSheet(LIST_SHEET)}!$${letter}$1:$${letter}$${values.length}`;
}

/**
 * Drops validations overlapping the model's rects (an updated sheet may hold older ones) and
 * regroups the single-cell entries ExcelJS creates when reading a file into column ranges:
 * its writer sorts addresses as text (B10 before B2) and would emit overlapping ranges.
 */
function clearValidations(ws: ExcelJS.Worksheet, rects: Rect[]): void {
  const model = (ws as SheetInternals).dataValidations.model;
  const singles = new Map<string, { col: number; rows: number[]; dv: ExcelJS.DataValidation }>();
  for (const [address, dv] of Object.entries(model)) {
    const range = parseRange(address);
    if (!dv || !range || rects.some((r) => overlaps(r, range))) {
      delete model[address];
      continue;
    }
    if (range.rows === 1 && range.cols === 1) {
      const group = `${range.col}|${JSON.stringify(dv)}`;
      const entry = singles.get(group) ?? { col: range.col, rows: [], dv };
      entry.rows.push(range.row);
      singles.set(group, entry);
      delete model[address];
    }
  }
  for (const { col, rows, dv } of singles.values()) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      model[a1({ row: rows[i], col, rows: j - i + 1, cols: 1 })] = dv;
      i = j + 1;
    }
  }
}

function addConditional(ws: ExcelJS.Worksheet, rule: ConditionalRule): void {
  const ref = a1(rule.rect);
  const formula = rule.formula.replace(/^=/, '');
  // Re-rendering an updated sheet must not stack copies of the same rule.
  ws.removeConditionalFormatting(
    (cf: ExcelJS.ConditionalFormattingOptions) => !(cf.ref === ref && cf.rules.every((r) => r.type === 'expression' && r.formulae?.[0] === formula)),
  );
  const style: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } } };
  if (rule.fontColor) style.font = { color: { argb: argb(rule.fontColor) } };
  // ExcelJS numbers priorities itself when a rule has none.
  const expression = { type: 'expression', formulae: [formula], style } as ExcelJS.ExpressionRuleType;
  ws.addConditionalFormatting({ ref, rules: [expression] });
}

// ── small helpers ───────────────────────────────────────────────────────────

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** 'B2' or 'B2:D9' → Rect; null for anything else. */
function parseRange(address: string): Rect | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'A2:A20' → '$A$2:$A$20', so the dropdown source does not move with the cell. */
export function absoluteA1(ref: string): string {
  return ref
    .split(':')
    .map((part) => part.replace(/^\$?([A-Za-z]*)\$?(\d*)$/, (_, col: string, row: string) => (col ? `$${col.toUpperCase()}` : '') + (row ? `$${row}` : '')))
    .join(':');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
