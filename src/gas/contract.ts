/**
 * The data the sidebar and the server functions exchange through google.script.run.
 * Plain data only: dates travel as ISO strings.
 */
import type { Label } from '../core/errors';
import type { StateCounts } from '../core/progress';

export interface Division {
  /** กอง/สำนัก name as the plan's owner column shows it. */
  name: string;
  emails: string[];
}

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

export interface GenerateOptions {
  sourceSheet?: string;
  year?: number;
  target?: number;
  planYear?: number;
  agency?: string;
  /** ISO date (C.E.) the executive approves the plan; measures are scheduled from it. */
  approvalDate?: string;
  includeKeep?: boolean;
}

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

export interface TemplateOptions {
  year?: number;
  agency?: string;
  agencyType?: string;
}

export interface TemplateResult {
  sheet: string;
  sheetId: number;
  spreadsheetUrl?: string;
}

export interface FrameworkOptions {
  /** B.E. year whose built-in edition is copied (newest when omitted). */
  year?: number;
  /** กลุ่มหน่วยงาน written on every row (blank: every agency). */
  group?: string;
}

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
export interface ReportRequest {
  sourceSheet?: string;
  form?: 'report' | 'memo';
  digits?: 'thai' | 'arabic';
  /** Names and positions typed in the sidebar; they win over the ข้อมูลรายงาน sheet's. */
  fields?: Partial<Record<'preparerName' | 'preparerPosition' | 'proposerName' | 'proposerPosition' | 'executiveName' | 'executivePosition', string>>;
  /** The document's one date as typed ('20 พ.ย. 2568', '20/11/2568', YYYY-MM-DD); blank: the default for the document. */
  docDate?: string;
  /** 'public' (the website, the default) or 'internal' (with the path to the target and the program's notes). */
  audience?: 'public' | 'internal';
}

/** The follow-up panel's request: the round ('6', '12' or a day YYYY-MM-DD; none = today in the spreadsheet's time zone). */
export interface ProgressRequest {
  round?: string;
  /** The plan sheet to follow up (an earlier year's kept plan); none = the current plan. */
  plan?: string;
  digits?: 'thai' | 'arabic';
  fields?: ReportRequest['fields'];
  docDate?: string;
}

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
export interface RollupOptions {
  sourceSheet?: string;
  year?: number;
  target?: number;
  groupBy?: 'district' | 'type' | 'province';
  digits?: 'thai' | 'arabic';
}

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
