/**
 * SheetModel → Google Sheets with batched calls: one setValues per sheet, one plural setter per
 * format property, one setConditionalFormatRules. Style runs are folded into per-cell matrices
 * first, so the number of service calls does not grow with the number of rows.
 */
import {
  a1,
  asLiteralText,
  isDateValue,
  isFormulaValue,
  type CellValue,
  type SheetSpec,
} from '../core/layout/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | boolean | Date;

export function renderSheet(ss: Spreadsheet, spec: SheetSpec): Sheet {
  const sheet = ss.getSheetByName(spec.name) ?? ss.insertSheet(spec.name);
  const height = Math.max(spec.rows.length, ...spec.styles.map((s) => s.rect.row + s.rect.rows - 1), 1);
  const width = Math.max(1, ...spec.rows.map((r) => r.length), ...spec.styles.map((s) => s.rect.col + s.rect.cols - 1));
  if (spec.mode === 'replace') {
    sheet.clear();
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations().breakApart();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  ensureSize(sheet, height, width);

  const rows = spec.rows.length;
  if (rows) {
    sheet.getRange(1, 1, rows, width).setValues(spec.rows.map((r) => pad(r.map(toSheetValue), width)));
  }
  const range = sheet.getRange(1, 1, height, width);
  applyStyles(range, spec, height, width);
  for (const m of spec.merges) sheet.getRange(a1(m)).merge();
  const bordered = spec.styles.filter((s) => s.style.border).map((s) => a1(s.rect));
  if (bordered.length) sheet.getRangeList(bordered).setBorder(true, true, true, true, true, true);
  applyValidations(sheet, spec);
  sheet.setConditionalFormatRules(
    spec.conditional.map((c) =>
      withColours(SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(c.formula), c.background, c.fontColor)
        .setRanges([sheet.getRange(a1(c.rect))])
        .build(),
    ),
  );
  for (const c of spec.charts) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(a1(c.data)))
      .setNumHeaders(1)
      .setPosition(c.anchor.row, c.anchor.col, 0, 0)
      .setOption('title', c.title)
      .setOption('width', c.width)
      .setOption('height', c.height)
      .setOption('hAxis', { viewWindow: { min: 0, max: 100 } })
      .build();
    sheet.insertChart(chart);
  }
  spec.colWidths.forEach((w, k) => sheet.setColumnWidth(k + 1, w));
  sheet.setFrozenRows(spec.frozenRows);
  sheet.setFrozenColumns(spec.frozenCols);
  for (const col of spec.hiddenCols ?? []) sheet.hideColumns(col);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  return sheet;
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Plain strings stay text (a leading apostrophe stops = + - @); our own formulas stay formulas. */
export function toSheetValue(v: CellValue): Cell {
  if (v === null) return '';
  if (typeof v === 'string') return asLiteralText(v);
  if (isFormulaValue(v)) return v.formula;
  if (isDateValue(v)) {
    const [y, m, d] = v.date.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  return v;
}

function pad<T extends Cell>(row: T[], width: number): Cell[] {
  const out: Cell[] = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** Folds style runs into one matrix per property; later runs win, as in the layout's order. */
function applyStyles(range: GoogleAppsScript.Spreadsheet.Range, spec: SheetSpec, height: number, width: number): void {
  const grid = <T>(value: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(value));
  const bg = grid<string | null>(null);
  const color = grid('#000000');
  const weight = grid<GoogleAppsScript.Spreadsheet.FontWeight>('normal');
  const style = grid<GoogleAppsScript.Spreadsheet.FontStyle>('normal');
  const size = grid(spec.fontSize);
  const hAlign = grid<'left' | 'center' | 'right'>('left');
  const vAlign = grid<'top' | 'middle' | 'bottom'>('middle');
  const wrap = grid(false);
  const format = grid('General');
  const set = <T>(m: T[][], value: T | undefined, r: number, c: number) => {
    if (value !== undefined) m[r][c] = value;
  };
  for (const run of spec.styles) {
    const s = run.style;
    for (let r = run.rect.row - 1; r < run.rect.row - 1 + run.rect.rows; r++) {
      for (let c = run.rect.col - 1; c < run.rect.col - 1 + run.rect.cols; c++) {
        set(bg, s.background, r, c);
        set(color, s.fontColor, r, c);
        set(weight, s.bold === undefined ? undefined : s.bold ? 'bold' : 'normal', r, c);
        set(style, s.italic === undefined ? undefined : s.italic ? 'italic' : 'normal', r, c);
        set(size, s.fontSize, r, c);
        set(hAlign, s.hAlign, r, c);
        set(vAlign, s.vAlign, r, c);
        set(wrap, s.wrap, r, c);
        set(format, s.numberFormat, r, c);
      }
    }
  }
  range
    .setFontFamily(spec.fontFamily)
    .setBackgrounds(bg as string[][])
    .setFontColors(color)
    .setFontWeights(weight)
    .setFontStyles(style)
    .setFontSizes(size)
    .setHorizontalAlignments(hAlign)
    .setVerticalAlignments(vAlign)
    .setWraps(wrap)
    .setNumberFormats(format);
}

function applyValidations(sheet: Sheet, spec: SheetSpec): void {
  for (const v of spec.validations) {
    const b = SpreadsheetApp.newDataValidation();
    switch (v.kind) {
      case 'list':
        b.requireValueInList(v.values, true).setAllowInvalid(!v.strict);
        break;
      case 'listFromRange': {
        const source = sheet.getParent().getSheetByName(v.sheet);
        if (source) b.requireValueInRange(source.getRange(v.a1), true);
        else b.requireValueInList(v.values, true);
        b.setAllowInvalid(!v.strict);
        break;
      }
      case 'number':
        b.requireNumberBetween(v.min, v.max).setAllowInvalid(false);
        break;
      case 'date': {
        const [from, to] = [v.min, v.max].map((iso) => {
          const [y, m, d] = iso.split('-').map(Number);
          return new Date(y, m - 1, d);
        });
        b.requireDateBetween(from, to).setAllowInvalid(false);
        break;
      }
    }
    if (v.helpText) b.setHelpText(v.helpText);
    sheet.getRange(a1(v.rect)).setDataValidation(b.build());
  }
}

function withColours(
  b: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  background: string,
  fontColor?: string,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  b.setBackground(background);
  if (fontColor) b.setFontColor(fontColor);
  return b;
}
