/**
 * Earlier years' results and how the year assessed compares with them, as plain data: the analysis
 * sheet, the plan and the report model all read the same comparison.
 */
import type { ToolId } from '../editions/types';
import type { Label } from '../errors';
import type { Grid } from '../grid';

/** One earlier year as a coordinator keeps it: what was given, nothing computed. */
export interface YearScores {
  /** B.E. */
  year: number;
  /** Indicators 1–10 (index 0 = indicator 1); null where that year gives none. */
  indicators: (number | null)[];
  tools: Partial<Record<ToolId, number>>;
  /** The total as given (the published one, as a rule). */
  total: number | null;
  level: string | null;
  /** Where it was read, for notes and warnings ('แผ่นงาน "2567"'). */
  source: Label;
}

/** A sheet of the file, by name. */
export interface SheetGrid {
  name: string;
  grid: Grid;
}

export type Trend = 'up' | 'down' | 'same';

/** The total or one indicator across the years of the comparison. */
export interface TrendRow {
  /** 0 for the total, 1–10 for an indicator. */
  no: number;
  nameTh: string;
  /** One per year of the comparison, oldest first; null where that year gave none. */
  values: (number | null)[];
  /** This year's value minus the latest earlier one (2 decimals); null without an earlier value. */
  change: number | null;
  /** The year the change is measured from. */
  fromYear: number | null;
  trend: Trend | null;
  /** Fell in each of its last two comparisons. */
  fellTwice: boolean;
  /** At or above the target in the earlier year, below it this year. */
  fellBelowTarget: boolean;
  /** The row's sentence in the formal register, Arabic digits (layouts put it in their digits). */
  sentenceTh: string;
  /** What the plan's analysis cell says of an indicator ranked up; null when it is not. */
  planNoteTh: string | null;
}

export interface YearComparison {
  /** Oldest first; the last is the year assessed. */
  years: number[];
  levels: (string | null)[];
  total: TrendRow;
  indicators: TrendRow[];
  /** What rose, what fell, and what the plan does about it. */
  summaryTh: string[];
  /** Editions that differ between the years, totals computed rather than given, years left out. */
  notesTh: string[];
  /** Indicators that fell two years running or fell below the target this year: the plan ranks their measures up. */
  rankedUp: number[];
  /** The earlier years as merged from every source, oldest first. */
  earlier: YearScores[];
}
