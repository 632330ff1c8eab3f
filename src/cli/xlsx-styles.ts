/**
 * Cell formats of a SheetModel drawn with ExcelJS: the model's style runs merged per cell, in
 * order (later runs override earlier ones property by property, as the Apps Script renderer
 * applies them), turned into ExcelJS styles.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle, Rect, SheetSpec } from '../core/layout/model';

const DEFAULT_DATE_FORMAT = 'd mmm yyyy';
/**
 * Dates in Excel and LibreOffice show Thai months and B.E. years through the Thai Buddhist
 * calendar locale code (30 ก.ย. 2569). Google Sheets has no such format, so the model keeps the
 * plain pattern and only this renderer translates it.
 */
const THAI_BE = '[$-107041E]';
/** A number format that shows a date ('d mmm yyyy'). */
const DATE_PATTERN = /(?=.*\bd\b)(?=.*m{3})(?=.*y{4})/;
function xlsxFormat(format: string, isDate: boolean): string {
  return isDate && !format.startsWith('[$') ? `${THAI_BE}${format}` : format;
}

/** Columns an xlsx sheet can have (XFD): a cell's number in one integer. */
const COLS = 16384;
export function cellKey(r: number, c: number): number {
  return r * COLS + c;
}

/**
 * Every written or styled cell gets the sheet's font. `fresh`: the sheet was made by this render
 * (no format of its own), so cells that look alike share one style object, which ExcelJS's writer
 * recognises by identity instead of serialising every cell's style to compare it with the others.
 * `dates` holds the cellKey of each cell holding a date.
 */
export function applyStyles(ws: ExcelJS.Worksheet, spec: SheetSpec, dates: Set<number>, fresh: boolean): void {
  const looks = new Looks(spec.styles.length);
  // Cell → look number: a national roll-up styles ~100,000 cells, so no object per cell.
  const cells = new Map<number, number>();
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const top = spec.startRow ?? 1;
  // An updated sheet keeps the formats of cells no run covers (columns people added).
  if (spec.mode === 'replace') {
    for (let r = top; r < top + spec.rows.length; r++) for (let c = 1; c <= width; c++) cells.set(cellKey(r, c), 0);
    for (const single of spec.cells ?? []) cells.set(cellKey(single.row, single.col), 0);
  }
  spec.styles.forEach((run, i) => {
    forEachCell(run.rect, (r, c) => {
      const k = cellKey(r, c);
      cells.set(k, looks.after(cells.get(k) ?? 0, i, run.style));
    });
  });
  const shared: Partial<ExcelJS.Style>[] = [];
  let row: ExcelJS.Row | undefined;
  for (const [k, look] of cells) {
    const r = Math.floor(k / COLS);
    if (row?.number !== r) row = ws.getRow(r);
    const cell = row.getCell(k % COLS);
    const isDate = dates.has(k);
    if (!fresh) restyleCell(cell, looks.style(look), spec, isDate);
    else cell.style = shared[look * 2 + Number(isDate)] ??= excelStyle(looks.style(look), spec, isDate);
  }
}

/**
 * The distinct merged styles of a sheet, numbered (0: no run): a cell holds a look's number, and
 * a run moves it to the look "this one, then the run", worked out once per pair.
 */
class Looks {
  private readonly styles: CellStyle[] = [{}];
  private readonly numbers = new Map<string, number>([[styleKey({}), 0]]);
  private readonly moves = new Map<number, number>();
  constructor(private readonly runs: number) {}

  after(look: number, run: number, style: CellStyle): number {
    const move = look * this.runs + run;
    let next = this.moves.get(move);
    if (next === undefined) {
      const merged = { ...this.styles[look], ...style };
      const key = styleKey(merged);
      next = this.numbers.get(key);
      if (next === undefined) {
        next = this.styles.push(merged) - 1;
        this.numbers.set(key, next);
      }
      this.moves.set(move, next);
    }
    return next;
  }

  style(look: number): CellStyle {
    return this.styles[look];
  }
}

/** The same text for equal styles whatever order their properties were merged in. */
function styleKey(s: CellStyle): string {
  return JSON.stringify([s.bold, s.italic, s.fontSize, s.fontColor, s.background, s.hAlign, s.vAlign, s.wrap, s.numberFormat, s.border]);
}

/** A new ExcelJS style for a cell with no format of its own. */
function excelStyle(s: CellStyle, spec: SheetSpec, isDate: boolean): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: spec.fontFamily, size: s.fontSize ?? spec.fontSize };
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  const style: Partial<ExcelJS.Style> = { font };
  if (s.background) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } };
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.hAlign) alignment.horizontal = s.hAlign;
    if (s.vAlign) alignment.vertical = s.vAlign;
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    style.alignment = alignment;
  }
  const numFmt = s.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  // A date column's blank cells (the new deadline people type later) get the Thai date format too.
  if (numFmt) style.numFmt = xlsxFormat(numFmt, isDate || DATE_PATTERN.test(numFmt));
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return style;
}

/**
 * A cell of an existing sheet keeps what the run does not set (a format people chose). ExcelJS
 * gives all cells read with the same format one style object: the cell gets its own copy, or
 * restyling one cell would restyle every cell that shared its format.
 */
function restyleCell(cell: ExcelJS.Cell, s: CellStyle, spec: SheetSpec, isDate: boolean): void {
  const fresh = excelStyle(s, spec, isDate);
  const style: Partial<ExcelJS.Style> = { ...cell.style, font: { ...cell.style.font, ...fresh.font } };
  if (fresh.fill) style.fill = fresh.fill;
  if (fresh.alignment) style.alignment = { ...cell.style.alignment, ...fresh.alignment };
  if (fresh.numFmt) style.numFmt = fresh.numFmt;
  if (fresh.border) style.border = fresh.border;
  cell.style = style;
}

/** '#rrggbb' (or '#rgb') → ExcelJS 'FFRRGGBB'. */
export function argb(color: string): string {
  let hex = color.replace(/^#/, '');
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  return `FF${hex.toUpperCase()}`;
}

export function forEachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) fn(r, c);
}

/**
 * Rows and columns of a sheet made anew carry no format, each in an empty style object of its own
 * that ExcelJS's writer serialises one by one: they share one instead. Nothing sets a format
 * on a whole row or column of ours (its setters would write into the shared object).
 */
export function shareEmptyStyles(ws: ExcelJS.Worksheet): void {
  const none: Partial<ExcelJS.Style> = {};
  // ExcelJS's type definitions leave out a row's and a column's `style`.
  const share = (x: unknown) => {
    const held = x as { style: Partial<ExcelJS.Style> };
    if (Object.keys(held.style).length === 0) held.style = none;
  };
  ws.eachRow({ includeEmpty: true }, share);
  for (const col of ws.columns ?? []) share(col);
}
