/** Accumulates a SheetSpec row by row, so each layout reads top to bottom like the sheet. */
import { inDigits, type DigitStyle } from '../numbers';
import { type CellStyle, type Rect, type SheetSpec, THAI_FONT } from './model';
import type { CellValue } from '../grid';

export const COLORS = {
  header: '#1f4e79',
  headerText: '#ffffff',
  band: '#deeaf6',
  pass: '#d9ead3',
  passText: '#274e13',
  fail: '#f4cccc',
  failText: '#990000',
  amber: '#fce5cd',
  muted: '#efefef',
  title: '#0b3d66',
};

/** A table's header cells: the one look of every header row we write. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  background: COLORS.header,
  fontColor: COLORS.headerText,
  hAlign: 'center',
  vAlign: 'middle',
  wrap: true,
  border: true,
};

export class SheetBuilder {
  readonly spec: SheetSpec;

  /**
   * @param digits when set, every text cell written through row/header/table/title is put in
   * these digits (numbers stay numbers); rowAsIs leaves a row's text alone.
   */
  constructor(
    name: string,
    mode: SheetSpec['mode'],
    colWidths: number[],
    private readonly digits?: DigitStyle,
  ) {
    this.spec = {
      name,
      mode,
      rows: [],
      colWidths,
      frozenRows: 0,
      frozenCols: 0,
      fontFamily: THAI_FONT,
      fontSize: 11,
      styles: [],
      merges: [],
      validations: [],
      conditional: [],
      charts: [],
      print: { landscape: true, fitToWidth: true },
    };
  }

  /** Next row number (1-based). */
  get next(): number {
    return this.spec.rows.length + 1;
  }

  /** Text in the sheet's digits, for text that is not a cell (a chart's title). */
  text(value: string): string {
    return this.digits ? inDigits(value, this.digits) : value;
  }

  row(values: CellValue[], style?: CellStyle): number {
    return this.rowAsIs(this.cells(values), style);
  }

  /** A row written as given: messages that name cells (C13) keep their Arabic digits. */
  rowAsIs(values: CellValue[], style?: CellStyle): number {
    const r = this.next;
    this.spec.rows.push(values);
    if (style) this.style({ row: r, col: 1, rows: 1, cols: values.length }, style);
    return r;
  }

  /** One cell outside the rows (see SheetSpec.cells), with its style. */
  cell(row: number, col: number, value: CellValue, style?: CellStyle): void {
    (this.spec.cells ??= []).push({ row, col, value });
    if (style) this.style({ row, col, rows: 1, cols: 1 }, style);
  }

  /** Values written into rows already laid out, from column `col` on (chart data beside a table). */
  put(row: number, col: number, values: CellValue[]): void {
    const cells = this.spec.rows[row - 1];
    while (cells.length < col - 1) cells.push(null);
    cells.splice(col - 1, values.length, ...this.cells(values));
  }

  blank(): void {
    this.spec.rows.push([]);
  }

  style(rect: Rect, style: CellStyle): void {
    this.spec.styles.push({ rect, style });
  }

  /** A title across `cols` columns. */
  title(text: string, cols: number, size = 14): number {
    const r = this.row([text], { bold: true, fontSize: size, fontColor: COLORS.title });
    this.spec.merges.push({ row: r, col: 1, rows: 1, cols });
    return r;
  }

  header(values: string[]): number {
    return this.row(values, HEADER_STYLE);
  }

  /** Rows of a table with borders and top-aligned wrapped text. */
  table(rows: CellValue[][], cols: number): Rect {
    const first = this.next;
    for (const r of rows) this.spec.rows.push(this.cells(r));
    const rect = { row: first, col: 1, rows: rows.length, cols };
    if (rows.length) this.style(rect, { border: true, vAlign: 'top', wrap: true });
    return rect;
  }

  private cells(values: CellValue[]): CellValue[] {
    return this.digits ? values.map((v) => (typeof v === 'string' ? inDigits(v, this.digits!) : v)) : values;
  }
}
