/** The roll-up of many agencies: what the workbook's sheets, the add-on and the report show. */
import type { Label } from '../errors';
import type { AgencyResult, LevelRef } from './results';
import type { AgencyType } from './types';

export type GroupBy = 'district' | 'type' | 'province';

/** Each grouping in the words a user reads (Thai) and the value the command line and server take. */
export const GROUP_BY_WORDS: Readonly<Record<GroupBy, string>> = { district: 'อำเภอ', type: 'ประเภท', province: 'จังหวัด' };

/** A grouping given as its value (`district`) or its Thai word (`อำเภอ`); null when it is neither. */
export function readGroupBy(text: string): GroupBy | null {
  const t = text.trim();
  const found = (Object.keys(GROUP_BY_WORDS) as GroupBy[]).find((g) => g === t.toLowerCase() || GROUP_BY_WORDS[g] === t);
  return found ?? null;
}

export interface GroupRow {
  label: string;
  count: number;
  mean: number;
  median: number;
  /** Agencies at or above the target. */
  reaching: number;
  /** Counts per level, in the order of Rollup.levels. */
  levels: number[];
}

export interface RankRow {
  rank: number;
  agency: AgencyResult;
  group: string;
  previousRank: number | null;
  /** Places moved up since last year (last year's rank minus this year's); null when last year is not known. */
  rankChange: number | null;
  previousTotal: number | null;
  previousLevel: string | null;
  /** Total now minus last year's; null when last year is not known. */
  change: number | null;
}

export interface IndicatorRow {
  no: number;
  nameTh: string;
  /** Agencies with this indicator's score. */
  count: number;
  mean: number;
  below: number;
  lowest: { name: string; score: number }[];
}

export interface FollowUpRow {
  agency: AgencyResult;
  gap: number;
  /** Indicators below the target, lowest first (at most three). */
  weakest: { no: number; score: number }[];
  /** The fewest OIT items whose publication reaches the target, when item scores are given. */
  items: { codes: string[]; reached: boolean } | null;
}

export interface MissedItem {
  code: string;
  nameTh: string;
  /** Agencies below the target on it, and agencies whose score for it is known. */
  missed: number;
  of: number;
  agencies: string[];
}

export interface Mover {
  name: string;
  from: number;
  to: number;
  change: number;
  levelFrom: string | null;
  levelTo: string | null;
}

export interface Recommendation {
  /** A short heading and the sentence the office writes to its agencies. */
  titleTh: string;
  textTh: string;
  agencies: number;
}

export interface Rollup {
  year: number;
  previousYear: number | null;
  target: number;
  groupBy: GroupBy | null;
  levels: LevelRef[];
  agencies: AgencyResult[];
  overview: GroupRow;
  /** Last year's figures over the agencies given for it. */
  previousOverview: GroupRow | null;
  byType: (GroupRow & { type: AgencyType })[];
  byGroup: GroupRow[];
  ranking: RankRow[];
  indicators: IndicatorRow[];
  followUp: FollowUpRow[];
  missed: MissedItem[];
  movers: { up: Mover[]; down: Mover[] };
  recommendations: Recommendation[];
  /** Rows left out, naming sheet and row. */
  bad: Label[];
  notes: Label[];
  /** Agencies of last year with no row this year (matched by name). */
  missing: string[];
}
