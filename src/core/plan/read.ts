/**
 * Reads the plan sheet back as people left it: the header row is found by its content and each
 * column by its header text, wherever they now stand; columns people added are remembered in
 * place; formulas people typed come back as formulas.
 */
import { isBlank } from '../numbers';
import type { CellValue, Grid } from '../grid';
import { ItaError } from '../errors';
import { fieldOfHeader, headersFor, HELPER_FIELDS, REQUIRED_FIELDS, type PlanField } from '../forms/plan-columns';

/** Our title and subtitle lines above the header start with these, so they can be found again. */
export const PLAN_TITLE_PREFIX = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ';
export const PLAN_SUBTITLE_MARK = 'จัดทำจากผลการประเมิน ITA';

/** A header needs this many of our columns (the measure or the key among them) to count as ours. */
const MIN_HEADER_FIELDS = 4;

export interface PlanSheetRow {
  /** 0-based row in the grid. */
  index: number;
  /** The whole row as wide as the sheet; a cell holding a formula is a FormulaValue. */
  cells: CellValue[];
  blank: boolean;
}

export interface PlanSheetRead {
  /** 0-based row of the header in the grid; -1 when no header could be found. */
  headerRow: number;
  /** 0-based sheet column of each of our columns found by its header. */
  columns: Partial<Record<PlanField, number>>;
  /** The header text each of our columns has now (people may have reworded it: it stays as they left it). */
  headers: Partial<Record<PlanField, CellValue>>;
  /** Header text of the columns people added, by 0-based sheet column. */
  extraColumns: Map<number, CellValue>;
  width: number;
  /** Rows under the header down to the last one holding anything, blank ones included. */
  rows: PlanSheetRow[];
  /** 0-based rows of our title and subtitle above the header, -1 when gone. */
  titleRow: number;
  subtitleRow: number;
  /** Rows and cells above the header that are not our title lines. */
  userTextAbove: boolean;
  /** The rows above the header as they are (values). */
  above: Grid;
}

/**
 * `formulas` is the same rectangle's formula text ('' where a cell holds a plain value), as
 * Sheets' getFormulas and our xlsx reader give it.
 */
export function readPlanSheet(values: Grid, formulas?: readonly (readonly string[])[]): PlanSheetRead {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const cell = (r: number, c: number): CellValue => {
    const f = formulas?.[r]?.[c];
    if (typeof f === 'string' && f.startsWith('=')) return { formula: f };
    return values[r]?.[c] ?? '';
  };
  const headerRow = findHeaderRow(values);
  const columns: Partial<Record<PlanField, number>> = {};
  const headers: Partial<Record<PlanField, CellValue>> = {};
  const extraColumns = new Map<number, CellValue>();
  if (headerRow >= 0) {
    for (let c = 0; c < width; c++) {
      const text = values[headerRow][c];
      const f = fieldOfHeader(text);
      if (f && columns[f] === undefined) {
        columns[f] = c;
        headers[f] = text;
      } else if (!isBlank(text) || columnHasData(values, headerRow, c)) extraColumns.set(c, cell(headerRow, c));
    }
  }
  const rows: PlanSheetRow[] = [];
  if (headerRow >= 0) {
    let last = values.length - 1;
    while (last > headerRow && values[last].every(isBlank) && !formulas?.[last]?.some(Boolean)) last--;
    for (let r = headerRow + 1; r <= last; r++) {
      const cells = Array.from({ length: width }, (_, c) => cell(r, c));
      rows.push({ index: r, cells, blank: cells.every(isBlank) });
    }
  }
  const above = headerRow >= 0 ? values.slice(0, headerRow) : [];
  const titleRow = above.findIndex((r) => r.some((v) => typeof v === 'string' && v.startsWith(PLAN_TITLE_PREFIX)));
  const subtitleRow = above.findIndex((r) => r.some((v) => typeof v === 'string' && v.includes(PLAN_SUBTITLE_MARK)));
  const userTextAbove = above.some((r, k) => k !== titleRow && k !== subtitleRow && r.some((v) => !isBlank(v)));
  return { headerRow, columns, headers, extraColumns, width, rows, titleRow, subtitleRow, userTextAbove, above };
}

/** The value of one of our columns in a row read back ('' when the column is gone). */
export function fieldValue(read: PlanSheetRead, row: PlanSheetRow, f: PlanField): CellValue {
  const c = read.columns[f];
  return c === undefined ? '' : (row.cells[c] ?? '');
}

/** The first row holding the most of our header texts, if enough of them. */
function findHeaderRow(values: Grid): number {
  let best = -1;
  let bestCount = MIN_HEADER_FIELDS - 1;
  values.forEach((row, r) => {
    const found = new Set<PlanField>();
    for (const v of row) {
      const f = typeof v === 'string' ? fieldOfHeader(v) : null;
      // The helper columns are ours alone: they say nothing of whether people's headers are still there.
      if (f && !HELPER_FIELDS.includes(f)) found.add(f);
    }
    if (found.size > bestCount && (found.has('measure') || found.has('key'))) {
      best = r;
      bestCount = found.size;
    }
  });
  return best;
}

function columnHasData(values: Grid, headerRow: number, c: number): boolean {
  for (let r = headerRow + 1; r < values.length; r++) if (!isBlank(values[r][c])) return true;
  return false;
}

/**
 * The owner, status, progress and notes columns decide who edits which row and what the follow-up
 * reports: when one cannot be found by its header, nothing is written (a second column filled with
 * defaults would move rights to the defaults). The error names the header looked for.
 */
export function requireColumns(read: PlanSheetRead, sheet: string): void {
  if (read.headerRow < 0) return;
  const missing = REQUIRED_FIELDS.filter((f) => read.columns[f] === undefined);
  if (!missing.length) return;
  const th = missing
    .map(
      (f) =>
        `"${headersFor(f)[0]}" (หรือ ${headersFor(f)
          .slice(1)
          .map((h) => `"${h}"`)
          .join(', ')})`,
    )
    .join(' และ ');
  const en = missing.map((f) => `"${headersFor(f)[0]}"`).join(' and ');
  throw new ItaError(
    `แผ่นงาน "${sheet}" แถวที่ ${read.headerRow + 1}: ไม่พบคอลัมน์ ${th} จึงยังไม่ได้เขียนสิ่งใด โปรดตั้งหัวคอลัมน์ให้ขึ้นต้นด้วยข้อความนี้แล้วสั่งอีกครั้ง`,
    `Sheet "${sheet}" row ${read.headerRow + 1}: no column headed ${en} was found, so nothing was written; give the column a header starting with that text and run again`,
  );
}
