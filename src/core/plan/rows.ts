/**
 * Which rows of the plan sheet, as people left it, are measures of the plan: rows holding
 * something in a column that describes a measure (ลำดับ alone does not), except rows marked no
 * longer needed. Rows added by hand count. The published plan and the follow-up read the same rows.
 */
import { ItaError, type Label } from '../errors';
import { type CellValue, type Grid, isDateValue } from '../grid';
import { isBlank } from '../numbers';
import { fieldOfHeader, OBSOLETE_MARK, type PlanField } from '../forms/plan-columns';
import { fieldValue, readPlanSheet, type PlanSheetRead, type PlanSheetRow } from './read';

const CONTENT: readonly PlanField[] = ['indicator', 'items', 'measure', 'steps', 'owner', 'start', 'deadline', 'followUp'];

export function measureRows(read: PlanSheetRead): PlanSheetRow[] {
  return read.rows.filter((row) => {
    if (row.blank || CONTENT.every((f) => isBlank(fieldValue(read, row, f)))) return false;
    if (repeatsHeader(row) || numbersColumns(row)) return false;
    const note = fieldValue(read, row, 'note');
    return !(typeof note === 'string' && note.trimStart().startsWith(OBSOLETE_MARK));
  });
}

/** A header repeated below the header (a pasted table, a page break), every cell a column's name. */
function repeatsHeader(row: PlanSheetRow): boolean {
  const filled = row.cells.filter((v) => !isBlank(v));
  return filled.every((v) => typeof v === 'string' && fieldOfHeader(v) !== null);
}

/** The row that numbers the columns under a printed header: (1) (2) … (15). */
function numbersColumns(row: PlanSheetRow): boolean {
  const filled = row.cells.filter((v) => !isBlank(v));
  return filled.length >= 3 && filled.every((v) => (typeof v === 'number' || typeof v === 'string') && /^\(?\s*[0-9๐-๙]{1,2}\s*\)?$/.test(String(v).trim()));
}

/** The plan sheet read for a document: its measure rows, or a plain error when its header is gone. */
export function readPlanMeasures(grid: Grid, sheet: Label): { read: PlanSheetRead; rows: PlanSheetRow[] } {
  const read = readPlanSheet(grid);
  if (read.headerRow < 0) {
    throw new ItaError(
      `${sheet.th}: ไม่พบแถวหัวตารางของแผนมาตรการ (ลำดับ | ตัวชี้วัด | มาตรการ/โครงการ/กิจกรรม | …) อาจถูกลบไป โปรดนำแถวหัวตารางกลับมา หรือกดสร้างการวิเคราะห์อีกครั้ง`,
      `${sheet.en}: the plan's header row (ลำดับ | ตัวชี้วัด | มาตรการ/โครงการ/กิจกรรม | …) was not found; it may have been deleted: restore it, or generate the analysis again`,
    );
  }
  return { read, rows: measureRows(read) };
}

/** A cell as the text a document shows: a date as its ISO day, a formula's text never. */
export function cellText(v: CellValue): string {
  if (isBlank(v)) return '';
  if (isDateValue(v)) return v.date;
  if (typeof v === 'object' && v !== null) return '';
  return String(v).trim();
}
