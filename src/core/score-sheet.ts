import type { ToolId } from './editions/types';
import type { Label } from './errors';
import type { YearScores } from './forms/history-types';

/** An item score read from the sheet, with where it came from. */
export interface ItemScore {
  /** Lower-case code: 'i2', 'e4', 'o36'. */
  code: string;
  /** The wording as typed or pasted (may be empty). */
  text: string;
  score: number;
  /** A1 address of the score cell, for messages. */
  cell: string;
}

/** A row that held a score but was read as nothing, kept for the "indicator not found" message. */
export interface UnreadRow {
  /** 1-based row number. */
  row: number;
  text: string;
}

/** One agency's result as read from a score sheet: what the sheet gave, nothing computed. */
export interface ScoreSheet {
  sheetName: string;
  agency: string | null;
  agencyType: string | null;
  /** B.E. fiscal year of the assessment, when the sheet says it. */
  year: number | null;
  publishedTotal: number | null;
  publishedLevel: string | null;
  /** Tool scores given (IIT, EIT or EIT1/EIT2, OIT). */
  tools: Partial<Record<ToolId, number>>;
  /** Indicator scores 1–10 (index 0 = indicator 1); null where the sheet has none. */
  indicators: (number | null)[];
  items: ItemScore[];
  /** Where each indicator/tool value was read from, for messages ('C7'). */
  cells: Record<string, string>;
  /** What reading noticed and set aside: values given twice that disagree, rows it could not place. */
  warnings: Label[];
  /** Where the year came from, and other years seen: they matter only when no year is given. */
  yearNotes: Label[];
  yearWarnings: Label[];
  /** Rows where indicator scores were read, and rows with a score read as nothing. */
  indicatorRows: number[];
  unread: UnreadRow[];
  /** Earlier years given in the same table, a column each (ตัวชี้วัด | 2566 | 2567 | 2568), oldest first. */
  earlier: YearScores[];
}
