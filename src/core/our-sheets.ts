/**
 * Our sheets recognised by content first and by name second: a coordinator may rename a sheet but
 * keeps its header cells. A workbook we wrote can then be read again as input without its analysis
 * or plan passing for another agency's scores. The names themselves are in sheet-names.ts.
 */
import { HISTORY_LABELS } from './forms/history-form';
import { ANALYSIS_TITLE, DIVISIONS_HEADER, INDICATOR_SECTION, ourSheetByName, PROGRESS_TITLE, SUMMARY_COUNT_HEADER, type OurSheet } from './sheet-names';
import { isDateValue, type Grid, type GridValue } from './grid';
import { holdsFrameworkTable } from './framework/form';
import { COL, PLAN_COLUMNS, STATUS_VALUES } from './forms/plan-columns';
import { SETTINGS_HEADER } from './settings';

/** Header rows sit near the top; a renamed sheet is recognised from these rows. */
const HEADER_ROWS = 12;
/** A division view repeats the plan's header without the hidden key column. */
const PLAN_HEADERS_FOR_VIEW = 6;

/** Which of our sheets this is, or null for a sheet of the user's own. */
export function ourSheetKind(name: string, grid: Grid): OurSheet | null {
  return byContent(name, grid) ?? ourSheetByName(name);
}

/** One of our sheets other than the score sheet (generated, or the earlier results): never read as an agency's scores. */
export function isGeneratedSheet(kind: OurSheet | null): boolean {
  return kind !== null && kind !== 'scores';
}

/** A workbook holding our analysis or plan is one we wrote (a settings sheet alone is not). */
export function isOurWorkbook(kinds: (OurSheet | null)[]): boolean {
  return kinds.some((k) => k === 'analysis' || k === 'plan' || k === 'division view' || k === 'summary');
}

function byContent(name: string, grid: Grid): OurSheet | null {
  const top = grid.slice(0, HEADER_ROWS).map((row) => row.map(text));
  const has = (cell: string) => top.some((row) => row.includes(cell));
  if (has(PLAN_COLUMNS[COL.key])) return 'plan';
  // Before the plan's headers: the follow-up repeats several of them.
  if (top.some((row) => row.some((t) => t.startsWith(PROGRESS_TITLE)))) return 'progress';
  const planHeaders = Math.max(0, ...top.map((row) => PLAN_COLUMNS.filter((h) => row.includes(h)).length));
  if (planHeaders >= PLAN_HEADERS_FOR_VIEW) return ourSheetByName(name) === 'division view' ? 'division view' : 'plan';
  if (top.some((row) => row.some((t) => t.startsWith(ANALYSIS_TITLE)))) return 'analysis';
  if (grid.some((row) => text(row[0] ?? null) === INDICATOR_SECTION)) return 'analysis';
  if (top.some((row) => row.includes(SUMMARY_COUNT_HEADER) && STATUS_VALUES.every((s) => row.includes(s)))) return 'summary';
  if (has(DIVISIONS_HEADER)) return 'divisions';
  if (top.some((row) => SETTINGS_HEADER.slice(0, 3).every((h) => row.includes(h)))) return 'settings';
  if (holdsFrameworkTable(grid)) return 'framework';
  if (top.some((row) => Object.values(HISTORY_LABELS).every((h) => row.includes(h)))) return 'history';
  return null;
}

function text(v: GridValue): string {
  if (v === null) return '';
  return isDateValue(v) ? v.date : String(v).trim();
}
