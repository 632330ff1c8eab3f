/**
 * The framework of one ITA edition, as data: built in (src/core/editions) or defined by a user in
 * the `กรอบการประเมิน` sheet, in the same form. Every number the score depends on lives here.
 */

/** The three survey families; a reported tool belongs to one of them. */
export type ToolFamily = 'IIT' | 'EIT' | 'OIT';

/** Reported tools: 2561–2565 report IIT, EIT, OIT; from 2566 EIT is split into two parts. */
export type ToolId = 'IIT' | 'EIT' | 'EIT1' | 'EIT2' | 'OIT';

export interface ToolDef {
  id: ToolId;
  family: ToolFamily;
  /** Percent of the total (all tools of an edition add up to 100). */
  weight: number;
  nameTh: string;
  nameEn: string;
}

export interface IndicatorDef {
  /** 1–10, the same ten every year (their names may change). */
  no: number;
  nameTh: string;
  nameEn: string;
  family: ToolFamily;
}

/** The built-in item lists, which the recommendation catalogue is keyed by. */
export type ItemListId = 'iit-2561' | 'iit-2566' | 'iit-2568' | 'eit-2561' | 'eit-2568' | 'oit-2564' | 'oit-2566' | 'oit-2568';

export interface ItemDef {
  /** Lower-case code: 'i2', 'e4', 'o36'. */
  code: string;
  indicator: number;
  /** OIT only: the sub-indicator id ('9.2'). */
  sub?: string;
  /** What the item asks or the document it checks (the official OIT name). */
  nameTh: string;
}

export interface SubIndicatorDef {
  id: string;
  indicator: number;
  nameTh: string;
  /** Item codes averaged into this sub-indicator. */
  items: string[];
}

export interface ItemList {
  /** A built-in list's id, or 'user-oit' etc. for a list a user defined (advice is then found by name). */
  id: ItemListId | `user-${Lowercase<ToolFamily>}`;
  family: ToolFamily;
  items: ItemDef[];
  /** How items roll up into indicators, where the list has sub-indicators (OIT). */
  subIndicators?: SubIndicatorDef[];
  /** False where ITA-FRAMEWORK.md marks the list or its grouping unverified: results built on it are estimates. */
  verified: boolean;
  /** What is unverified, for the user (Thai, English). */
  caveatTh?: string;
  caveatEn?: string;
}

export type LevelScheme = 'letter' | 'pass';

export interface LetterBand {
  level: string;
  min: number;
}

/** Thresholds of the pass scheme: a total and, for the top two levels, an every-tool minimum. */
export interface PassRules {
  excellent: { total: number; everyTool: number };
  good: { total: number; everyTool: number };
  pass: { total: number };
  improve: { total: number };
}

/** What the total and the level depend on: enough for the custom functions, which never load item lists. */
export interface Scoring {
  /** '2561-2565', '2566', '2569+'; with an agency group, ' (group)' follows. Never shown to users. */
  id: string;
  /** First and last B.E. fiscal year this edition applies to (inclusive). */
  fromYear: number;
  toYear: number;
  /** The agency group it is for (สถานศึกษา, …); absent for every agency. */
  agencyGroup?: string;
  labelTh: string;
  tools: ToolDef[];
  indicators: IndicatorDef[];
  levelScheme: LevelScheme;
  /** Letter scheme: bands, highest first, the last one starting at 0. */
  bands?: LetterBand[];
  /** Pass scheme: its thresholds. */
  passRules?: PassRules;
  /** The default target of the analysis (85). */
  target: number;
  /** Said with every result: the edition is itself an assumption (2567, 2569+). */
  noteTh?: string;
  noteEn?: string;
}

export interface Edition extends Scoring {
  itemLists: { IIT: ItemList; EIT: ItemList; OIT: ItemList };
  /**
   * The assessment calendar as a user states it: the last day OIT evidence may be published (month and
   * day in the calendar year the fiscal year ends in). Absent: the built-in calendar (plan/ita-calendar.ts).
   */
  oitEvidenceBy?: MonthDay;
}

export interface MonthDay {
  m: number;
  d: number;
}
