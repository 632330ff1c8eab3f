/**
 * The data the sidebar and the server functions exchange through google.script.run.
 * Plain data only: dates travel as ISO strings. What the sidebar sends is typed from the argument
 * schemas (args.ts), so a field the server refuses cannot be typed here.
 */
import type * as z from 'zod/mini';
import type { Label } from '../core/errors';
import type { StateCounts } from '../core/progress';
import type {
  divisionSchema,
  frameworkOptionsSchema,
  generateOptionsSchema,
  progressOptionsSchema,
  reportOptionsSchema,
  rollupOptionsSchema,
  templateOptionsSchema,
} from './args';

/** What the sidebar may send for a schema: the options object (every field optional). */
type Sent<S extends z.ZodMiniType> = NonNullable<z.input<S>>;

/** A กอง/สำนัก: its name as the plan's owner column shows it, and its members' addresses. */
export type Division = z.output<typeof divisionSchema>;

export interface SidebarState {
  /** Names of all sheets in the spreadsheet. */
  sheets: string[];
  detected: {
    /** The sheet that looks like a score sheet, or null. */
    sourceSheet: string | null;
    /** B.E. fiscal year read from it, or null. */
    year: number | null;
    agency: string | null;
  };
  divisions: Division[];
  /** Plan sheets a follow-up can be made from: the current plan first, then earlier years' kept plans. */
  plans: string[];
}

export type GenerateOptions = Sent<typeof generateOptionsSchema>;

export interface GenerateResult {
  score: number;
  level: string;
  levelEn: string;
  passing: number;
  failing: number;
  analysisSheet: string;
  /** Sheet id (gid) for a link that jumps to it: '#gid=123'. */
  analysisSheetId: number;
  planSheet: string;
  planSheetId: number;
  /** The spreadsheet's address: the sidebar links to `${spreadsheetUrl}#gid=${id}`. */
  spreadsheetUrl?: string;
  measures: number;
  /** Measures this run marked no longer needed (ไม่จำเป็นแล้ว), and those kept live because work had started on them. */
  obsolete: number;
  keptForWork: number;
  warnings: { th: string; en: string }[];
  /** The copy of the old plan sheet kept before writing, when the merge could not be sure. */
  backupSheet?: string;
  /** The plan of another season (or agency) found in the file: kept under this sheet, the coordinator's alone. */
  oldPlan?: { sheet: string; planYear: number; unfinished: number; otherAgency: boolean };
  /** Issue 7: the one-line path to the target, Thai and English. */
  path?: { th: string; en: string };
  /** The framework the analysis used: a built-in edition or the user's definition, by name. */
  framework?: { th: string; en: string };
}

export type TemplateOptions = Sent<typeof templateOptionsSchema>;

export interface TemplateResult {
  sheet: string;
  sheetId: number;
  spreadsheetUrl?: string;
}

export type FrameworkOptions = Sent<typeof frameworkOptionsSchema>;

export interface FrameworkResult {
  sheet: string;
  sheetId: number;
  spreadsheetUrl?: string;
  /** The copied edition's name. */
  framework: string;
  group: string | null;
}

export interface ShareResult {
  /** Addresses to share the file with through Google's Share button (the add-on cannot). */
  shareWith: string[];
  /** Per division: how many plan rows it may edit. */
  divisions: { name: string; rows: number; emails: string[] }[];
  protectionsAdded: number;
  protectionsRemoved: number;
  /** Per-division filtered views created or refreshed. */
  views: string[];
  /** What the coordinator should put right: names merged, rows whose owner is not listed. */
  warnings: { th: string; en: string }[];
  notes: { th: string; en: string }[];
}

/** The report panel's request: getReportData answers with the ReportModel (src/core/report) as plain data. */
export type ReportRequest = Sent<typeof reportOptionsSchema>;

/** The follow-up panel's request: the round ('6', '12' or a day YYYY-MM-DD; none = today in the spreadsheet's time zone). */
export type ProgressRequest = Sent<typeof progressOptionsSchema>;

/** writeProgressSheet's answer: where the sheet is and what it found (getProgressData answers with the ProgressReportModel). */
export interface ProgressSheetResult {
  sheet: string;
  sheetId: number;
  spreadsheetUrl?: string;
  /** 'รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)' */
  round: string;
  counts: StateCounts;
  /** Plan cells that could not be read as typed, each naming its cell. */
  warnings: Label[];
}

/** The roll-up card's request (none: every user sheet, the latest year, the framework's target). */
export type RollupOptions = Sent<typeof rollupOptionsSchema>;

/** summarizeAgencies's answer: the sheets written and the figures the sidebar shows. */
export interface RollupResult {
  sheets: string[];
  /** The overview sheet's id, for a link. */
  sheetId: number;
  spreadsheetUrl?: string;
  year: number;
  previousYear: number | null;
  agencies: number;
  mean: number;
  reaching: number;
  followUp: number;
  /** Rows left out, naming sheet and cell. */
  leftOut: { th: string; en: string }[];
}

/**
 * Server functions return the data above directly. On failure they throw an Error whose message is
 * plain words, Thai then English, joined by ' / ' (never a stack trace): the sidebar shows the half
 * in the chosen language.
 */
export const ERROR_SEPARATOR = ' / ';
