/**
 * The sheets ITA Sheets writes into a workbook, recognised by content first and by name second:
 * a coordinator may rename a sheet but keeps its header cells. A workbook we wrote can then be
 * read again as input without its analysis or plan passing for another agency's scores.
 */
import { HISTORY_LABELS, HISTORY_SHEET } from './history/form';
import { ANALYSIS_SHEET, ANALYSIS_TITLE, INDICATOR_SECTION } from './layout/analysis-sheet';
import { isDateValue, type Grid, type GridValue } from './layout/model';
import { DIVISIONS_HEADER, DIVISIONS_SHEET, PLAN_SHEET, SUMMARY_COUNT_HEADER, SUMMARY_SHEET } from './layout/plan-sheet';
import { isBackupName } from './plan/backup';
import { VIEW_PREFIX } from './sharing';
import { holdsFrameworkTable, isFrameworkSheetName } from './framework/form';
import { TEMPLATE_SHEET } from './layout/template-sheet';
import { PROGRESS_SHEET, PROGRESS_TITLE } from './layout/progress-sheet';
import { COL, PLAN_COLUMNS, STATUS_VALUES } from './plan';
import { SETTINGS_HEADER, SETTINGS_SHEET } from './settings';

/** Hidden sheet holding dropdown lists too long to write inline (written by the xlsx renderer). */
export const LIST_SHEET = '_ita_lists';
/** Read-only per-division sheets made by "share with divisions": 'มาตรการ ITA - กองคลัง'. */
export const DIVISION_VIEW_PREFIX = VIEW_PREFIX;
/** Header rows sit near the top; a renamed sheet is recognised from these rows. */
const HEADER_ROWS = 12;
/** A division view repeats the plan's header without the hidden key column. */
const PLAN_HEADERS_FOR_VIEW = 6;

export type OurSheet = 'scores' | 'history' | 'analysis' | 'plan' | 'division view' | 'summary' | 'divisions' | 'settings' | 'framework' | 'lists' | 'progress';

export const OUR_SHEET_LABEL: Record<OurSheet, { th: string; en: string }> = {
  scores: { th: 'แผ่นงานคะแนน', en: 'score sheet' },
  history: { th: 'แผ่นงานผลย้อนหลัง', en: 'earlier results sheet' },
  analysis: { th: 'แผ่นงานการวิเคราะห์ผล', en: 'analysis sheet' },
  plan: { th: 'แผ่นงานมาตรการ', en: 'measures plan sheet' },
  'division view': { th: 'แผ่นงานมาตรการของหน่วยงานภายใน', en: "division's view of the plan" },
  summary: { th: 'แผ่นงานสรุปมาตรการ', en: 'plan summary sheet' },
  divisions: { th: 'แผ่นงานหน่วยงานภายใน', en: 'divisions sheet' },
  settings: { th: 'แผ่นงานตั้งค่าเกณฑ์', en: 'settings sheet' },
  framework: { th: 'แผ่นงานกรอบการประเมิน', en: 'framework sheet' },
  lists: { th: 'แผ่นงานรายการตัวเลือก (ซ่อน)', en: 'hidden list sheet' },
  progress: { th: 'แผ่นงานติดตามผลมาตรการ', en: 'follow-up sheet' },
};

const BY_NAME = new Map<string, OurSheet>([
  [TEMPLATE_SHEET, 'scores'],
  [HISTORY_SHEET, 'history'],
  [ANALYSIS_SHEET, 'analysis'],
  [PLAN_SHEET, 'plan'],
  [SUMMARY_SHEET, 'summary'],
  [DIVISIONS_SHEET, 'divisions'],
  [SETTINGS_SHEET, 'settings'],
  [LIST_SHEET, 'lists'],
  [PROGRESS_SHEET, 'progress'],
]);

/** Which of our sheets this is, or null for a sheet of the user's own. */
export function ourSheetKind(name: string, grid: Grid): OurSheet | null {
  return byContent(name, grid) ?? byName(name);
}

/** One of our sheets other than the score sheet (generated, or the earlier results): never read as an agency's scores. */
export function isGeneratedSheet(kind: OurSheet | null): boolean {
  return kind !== null && kind !== 'scores';
}

/** A workbook holding our analysis or plan is one we wrote (a settings sheet alone is not). */
export function isOurWorkbook(kinds: (OurSheet | null)[]): boolean {
  return kinds.some((k) => k === 'analysis' || k === 'plan' || k === 'division view' || k === 'summary');
}

/** Which of our sheets a name is, without reading it (the add-on's cheap check); a kept copy of an old plan counts as a plan. */
export function ourSheetByName(name: string): OurSheet | null {
  return byName(name);
}

function byName(name: string): OurSheet | null {
  const trimmed = name.trim();
  if (trimmed.startsWith(DIVISION_VIEW_PREFIX)) return 'division view';
  if (isBackupName(trimmed)) return 'plan';
  if (isFrameworkSheetName(trimmed)) return 'framework';
  return BY_NAME.get(trimmed) ?? null;
}

function byContent(name: string, grid: Grid): OurSheet | null {
  const top = grid.slice(0, HEADER_ROWS).map((row) => row.map(text));
  const has = (cell: string) => top.some((row) => row.includes(cell));
  if (has(PLAN_COLUMNS[COL.key])) return 'plan';
  // Before the plan's headers: the follow-up repeats several of them.
  if (top.some((row) => row.some((t) => t.startsWith(PROGRESS_TITLE)))) return 'progress';
  const planHeaders = Math.max(0, ...top.map((row) => PLAN_COLUMNS.filter((h) => row.includes(h)).length));
  if (planHeaders >= PLAN_HEADERS_FOR_VIEW) return byName(name) === 'division view' ? 'division view' : 'plan';
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
