/**
 * What an analysis holds. The types live a floor below analysis.ts so that the narrative and the
 * path summary, which analysis.ts calls, can read them without importing it back.
 */
import type { FrameworkDefinition } from './framework';
import type { Edition, ItemList, ToolFamily, ToolId } from './editions/types';
import type { Label } from './errors';
import type { YearComparison } from './forms/history-types';
import type { DigitStyle } from './numbers';
import type { Paths } from './path-summary';
import type { Rating } from './rating';
import type { ScoreSheet } from './score-sheet';

/** Thai and English text of one message. */
export type Bilingual = Label;

export interface ToolRow {
  id: ToolId;
  nameTh: string;
  nameEn: string;
  weight: number;
  score: number;
  points: number;
  pass: boolean;
}

export interface LowItem {
  code: string;
  indicator: number;
  list: ItemList['id'];
  wordingTh: string;
  score: number;
  /** 'fix': below the target; 'develop': at or above it, yet short of 100. */
  kind: 'fix' | 'develop';
  issueTh: string;
  adviceTh: string;
  fixedBy: { code: string; nameTh: string }[];
  /** The measure's id in the catalogue (the plan's row key); show its titleTh, never the id. */
  measure: string;
  /** The catalogue has no advice for the item: issue and advice were built from its name. */
  generic: boolean;
}

export interface IndicatorRow {
  no: number;
  nameTh: string;
  nameEn: string;
  family: ToolFamily;
  score: number;
  pass: boolean;
  /** Points to the target (0 when reached). */
  gap: number;
  /** 1 = highest; ties share a rank. */
  rank: number;
  findingTh: string;
  /** Items below the target. */
  lowItems: LowItem[];
  narrativeTh: string;
}

export interface Analysis {
  agency: string;
  agencyType: string | null;
  year: number;
  edition: Edition;
  /** The framework's name and where it came from (built in, or the user's sheet), for the user. */
  framework: Bilingual;
  target: number;
  /** Recomputed from the scores given, rounded as published: the check on the official figure. */
  total: number;
  exact: number;
  /** The level of the recomputed total. */
  level: Rating | null;
  /**
   * The figure of record: the total the report published when it gives one (its rounding is the
   * NACC's), else the recomputed total. Titles, headers and summaries show this one.
   */
  officialTotal: number;
  /** The published level when given, else the level of officialTotal. */
  officialLevel: Rating | null;
  /** Whether officialTotal was published ('report') or had to be recomputed ('computed'). */
  officialSource: 'report' | 'computed';
  /** Why the level could not be decided, when it could not. */
  levelNote: Bilingual | null;
  tools: ToolRow[];
  indicators: IndicatorRow[];
  /** Indicator numbers at or above target, best first; below target, worst first. */
  strengths: number[];
  weaknesses: number[];
  items: ScoreSheet['items'];
  /**
   * Items to improve though they pass (lowest first): when fewer than a handful of items fall
   * below the target, the lowest ones under 100 fill the list, as agencies scoring 99 still do.
   */
  developItems: LowItem[];
  /** What publishing each missing OIT item is worth, when item scores were given. */
  paths: Paths | null;
  /** Digits of the text meant for the document (paragraphs, titles, table text). */
  digits: DigitStyle;
  warnings: Bilingual[];
  /** Where a value came from (the year read from a title, say): worth knowing, nothing to fix. */
  notes: Bilingual[];
  /** This year beside the earlier years, when the file gives any (set by history/attachHistory). */
  history?: YearComparison;
}

export interface AnalysisOptions {
  year?: number;
  target?: number;
  agency?: string;
  /** The user's framework definitions (กรอบการประเมิน, ตั้งค่า ITA); the built-in editions fill the rest. */
  definitions?: readonly FrameworkDefinition[];
  /** Thai digits (๙๖.๔๗, the default, as agencies' documents print them) or Arabic (96.47). */
  digits?: DigitStyle;
}
