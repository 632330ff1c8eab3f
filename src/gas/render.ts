/**
 * SheetModel → Google Sheets with batched calls: one setValues per sheet, one plural setter per
 * format property, one setConditionalFormatRules. Style runs are folded into per-cell matrices
 * first, so the number of service calls does not grow with the number of rows.
 */
import { a1, asLiteralText, type SheetSpec } from '../core/layout/model';
import { type CellValue, isDateValue, isFormulaValue } from '../core/grid';
import { startOfDay, type SheetReader } from './sheets-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | boolean | Date;

/** What renderSheet needs to know of a sheet before it writes: read for every sheet first. */
export interface SheetState {
  sheet: Sheet | null;
  maxRows: number;
  maxCols: number;
  charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  /** An updated sheet's conditional formats people made for columns we do not write: kept. */
  theirRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  /** The spreadsheet's time zone when the sheet holds dates: each is written as that zone's midnight. */
  zone: string | null;
}

/**
 * Reads the sizes and charts of the sheets a model will write, and the time zone its dates are
 * written in, before any write.
 */
export function readSheetState(ss: Spreadsheet, spec: SheetSpec, reader: SheetReader): SheetState {
  const sheet = ss.getSheetByName(spec.name);
  const zone = holdsDates(spec) ? reader.zone() : null;
  if (!sheet) return { sheet: null, maxRows: 0, maxCols: 0, charts: [], theirRules: [], zone };
  return {
    zone,
    sheet,
    maxRows: sheet.getMaxRows(),
    maxCols: sheet.getMaxColumns(),
    charts: spec.mode === 'replace' ? sheet.getCharts() : [],
    theirRules: spec.mode === 'update' ? sheet.getConditionalFormatRules().filter((rule) => outsideOurColumns(rule, spec)) : [],
  };
}

/**
 * A rule whose every range lies in columns the layout does not write (width 0: columns people
 * added) is theirs; setConditionalFormatRules replaces the sheet's whole list, so it is kept.
 */
function outsideOurColumns(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, spec: SheetSpec): boolean {
  const ours = (col: number) => (spec.colWidths[col - 1] ?? 0) > 0;
  return rule.getRanges().every((range) => {
    for (let c = range.getColumn(); c < range.getColumn() + range.getNumColumns(); c++) if (ours(c)) return false;
    return true;
  });
}

/** Date cells or a date validation: the sheet needs the spreadsheet's time zone to be written. */
function holdsDates(spec: SheetSpec): boolean {
  return (
    spec.rows.some((row) => row.some(isDateValue)) || (spec.cells ?? []).some((c) => isDateValue(c.value)) || spec.validations.some((v) => v.kind === 'date')
  );
}

export function renderSheet(ss: Spreadsheet, spec: SheetSpec, state: SheetState): Sheet {
  const sheet = state.sheet ?? ss.insertSheet(spec.name);
  const top = spec.startRow ?? 1;
  const singles = spec.cells ?? [];
  const height = Math.max(top + spec.rows.length - 1, ...singles.map((c) => c.row), ...spec.styles.map((s) => s.rect.row + s.rect.rows - 1), 1);
  const width = Math.max(1, ...spec.rows.map((r) => r.length), ...singles.map((c) => c.col), ...spec.styles.map((s) => s.rect.col + s.rect.cols - 1));
  // A new sheet has Sheets' default size; reading it would be a read after a write.
  const size = state.sheet ? { rows: state.maxRows, cols: state.maxCols } : { rows: 1000, cols: 26 };
  if (spec.mode === 'replace' && state.sheet) {
    sheet.clear();
    sheet.getRange(1, 1, size.rows, size.cols).clearDataValidations().breakApart();
    for (const chart of state.charts) sheet.removeChart(chart);
  }
  ensureSize(sheet, size, height, width);

  const cell = (v: CellValue) => toSheetValue(v, state.zone);
  if (spec.rows.length) {
    sheet.getRange(top, 1, spec.rows.length, width).setValues(spec.rows.map((r) => pad(r.map(cell), width)));
  }
  for (const c of singles) sheet.getRange(c.row, c.col).setValue(cell(c.value));
  applyStyles(sheet, spec, height, width);
  for (const m of spec.merges) sheet.getRange(a1(m)).merge();
  const bordered = spec.styles.filter((s) => s.style.border).map((s) => a1(s.rect));
  if (bordered.length) sheet.getRangeList(bordered).setBorder(true, true, true, true, true, true);
  applyValidations(sheet, spec, state.zone);
  sheet.setConditionalFormatRules([
    ...state.theirRules,
    ...spec.conditional.map((c) =>
      withColours(SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(c.formula), c.background, c.fontColor)
        .setRanges([sheet.getRange(a1(c.rect))])
        .build(),
    ),
  ]);
  for (const c of spec.charts) {
    // Bars lie along the horizontal axis; lines rise on the vertical one, one point per year.
    const line = c.kind === 'line';
    const chart = sheet
      .newChart()
      .setChartType(line ? Charts.ChartType.LINE : Charts.ChartType.BAR)
      .addRange(sheet.getRange(a1(c.data)))
      .setNumHeaders(1)
      .setPosition(c.anchor.row, c.anchor.col, 0, 0)
      .setOption('title', c.title)
      .setOption('width', c.width)
      .setOption('height', c.height)
      .setOption(line ? 'vAxis' : 'hAxis', { viewWindow: c.axis ?? { min: 0, max: 100 } })
      .setOption('pointSize', line ? 5 : 0)
      .build();
    sheet.insertChart(chart);
  }
  // Width 0: a column people added, whose width stays theirs.
  spec.colWidths.forEach((w, k) => w > 0 && sheet.setColumnWidth(k + 1, w));
  sheet.setFrozenRows(spec.frozenRows);
  sheet.setFrozenColumns(spec.frozenCols);
  for (const col of spec.hiddenCols ?? []) sheet.hideColumns(col);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  return sheet;
}

function ensureSize(sheet: Sheet, size: { rows: number; cols: number }, rows: number, cols: number): void {
  if (size.rows < rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (size.cols < cols) sheet.insertColumnsAfter(size.cols, cols - size.cols);
}

/** readSheetState asks the zone of every sheet that holds a date, so a date never meets a null one. */
function zoneFor(zone: string | null): string {
  if (zone === null) throw new Error('render: a date to write without the spreadsheet time zone (readSheetState did not see it)');
  return zone;
}

/** Plain strings stay text (a leading apostrophe stops = + - @); our own formulas stay formulas. */
export function toSheetValue(v: CellValue, zone: string | null): Cell {
  if (v === null) return '';
  if (typeof v === 'string') return asLiteralText(v);
  if (isFormulaValue(v)) return v.formula;
  if (isDateValue(v)) return startOfDay(v.date, zoneFor(zone));
  return v;
}

function pad<T extends Cell>(row: T[], width: number): Cell[] {
  const out: Cell[] = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/**
 * Folds style runs into one matrix per property (later runs win, as in the layout's order) and
 * sets each property with one plural call per block. A replaced sheet is one block; an updated
 * one is split into the blocks the runs cover, so cells we do not own keep their formats.
 */
function applyStyles(sheet: Sheet, spec: SheetSpec, height: number, width: number): void {
  const covered = Array.from({ length: height }, () => new Array<boolean>(width).fill(spec.mode === 'replace'));
  for (const run of spec.styles) forEachCell(run.rect, (r, c) => (covered[r][c] = true));
  for (const block of blocksOf(covered)) applyBlock(sheet.getRange(block.row + 1, block.col + 1, block.rows, block.cols), spec, block);
}

interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rectangles of covered cells: runs of rows that cover the same columns, cut into column runs. */
export function blocksOf(covered: boolean[][]): Block[] {
  const blocks: Block[] = [];
  const signature = (r: number) => covered[r].map((v) => (v ? '1' : '0')).join('');
  for (let r = 0; r < covered.length;) {
    let end = r;
    while (end + 1 < covered.length && signature(end + 1) === signature(r)) end++;
    const row = covered[r];
    for (let c = 0; c < row.length;) {
      if (!row[c]) {
        c++;
        continue;
      }
      let last = c;
      while (last + 1 < row.length && row[last + 1]) last++;
      blocks.push({ row: r, col: c, rows: end - r + 1, cols: last - c + 1 });
      c = last + 1;
    }
    r = end + 1;
  }
  return blocks;
}

function applyBlock(range: GoogleAppsScript.Spreadsheet.Range, spec: SheetSpec, block: Block): void {
  const grid = <T>(value: T): T[][] => Array.from({ length: block.rows }, () => new Array<T>(block.cols).fill(value));
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
    forEachCell(run.rect, (r, c) => {
      const [i, j] = [r - block.row, c - block.col];
      if (i < 0 || j < 0 || i >= block.rows || j >= block.cols) return;
      set(bg, s.background, i, j);
      set(color, s.fontColor, i, j);
      set(weight, s.bold === undefined ? undefined : s.bold ? 'bold' : 'normal', i, j);
      set(style, s.italic === undefined ? undefined : s.italic ? 'italic' : 'normal', i, j);
      set(size, s.fontSize, i, j);
      set(hAlign, s.hAlign, i, j);
      set(vAlign, s.vAlign, i, j);
      set(wrap, s.wrap, i, j);
      set(format, s.numberFormat, i, j);
    });
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

/** Calls fn with 0-based row and column for each cell of a 1-based rect. */
function forEachCell(rect: { row: number; col: number; rows: number; cols: number }, fn: (r: number, c: number) => void): void {
  for (let r = rect.row - 1; r < rect.row - 1 + rect.rows; r++) for (let c = rect.col - 1; c < rect.col - 1 + rect.cols; c++) fn(r, c);
}

function applyValidations(sheet: Sheet, spec: SheetSpec, zone: string | null): void {
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
        const [from, to] = [v.min, v.max].map((iso) => startOfDay(iso, zoneFor(zone)));
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
