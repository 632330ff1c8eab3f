/** The framework of one ITA edition, as data. Every number the score depends on lives here. */

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
  /** 1–10, the same ten every year. */
  no: number;
  nameTh: string;
  nameEn: string;
  family: ToolFamily;
}

/** Names an item list, so advice can be keyed by the list an item code belongs to. */
export type ItemListId =
  | 'iit-2561'
  | 'iit-2566'
  | 'iit-2568'
  | 'eit-2561'
  | 'eit-2568'
  | 'oit-2564'
  | 'oit-2566'
  | 'oit-2568';

export interface ItemDef {
  /** Lower-case code: 'i2', 'e4', 'o36'. */
  code: string;
  indicator: number;
  /** OIT only: the sub-indicator id ('9.2'). */
  sub?: string;
  /** Official wording where known (OIT); IIT/EIT wording comes from the item-wording table. */
  nameTh?: string;
}

export interface SubIndicatorDef {
  id: string;
  indicator: number;
  nameTh: string;
  nameEn: string;
  /** Item codes averaged into this sub-indicator. */
  items: string[];
}

export interface ItemList {
  id: ItemListId;
  family: ToolFamily;
  items: ItemDef[];
  /** OIT lists only: how items roll up into indicators. */
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

export interface Edition {
  /** Stable id: '2561-2565', '2566', '2567', '2568', '2569+'. */
  id: string;
  /** First and last B.E. fiscal year this edition applies to (inclusive). */
  fromYear: number;
  toYear: number;
  labelTh: string;
  tools: ToolDef[];
  indicators: IndicatorDef[];
  itemLists: { IIT: ItemList; EIT: ItemList; OIT: ItemList };
  levelScheme: LevelScheme;
  /** Letter editions: bands, highest first. */
  bands?: LetterBand[];
  /** True when the edition is itself an assumption (2567, 2569+). */
  assumed: boolean;
  noteTh?: string;
  noteEn?: string;
}
