/** The follow-up of the plan as plain data: it crosses google.script.run as JSON. */
import type { Day } from '../dates';
import type { Label } from '../errors';
import type { MeasureState } from './classify';
import type { Round } from './round';

export interface ProgressMeasure {
  /** The measure's number in the plan as published (rows marked no longer needed left out). */
  no: number;
  measure: string;
  owner: string;
  coOwner: string;
  start: Day | null;
  /** The deadline as planned, never moved. */
  deadline: Day | null;
  /** The new deadline a division typed when it postponed the measure. */
  revised: Day | null;
  /** What was typed where a date could not be read ('ตลอดปีงบประมาณ'). */
  deadlineText: string;
  revisedText: string;
  /** The status as typed ('' when blank). */
  status: string;
  progress: number | null;
  /** The division's note as typed. */
  note: string;
  state: MeasureState;
  /** Why it got its state, one short phrase (Arabic digits). */
  reason: string;
  daysLate: number;
  daysLeft: number | null;
  elapsed: number | null;
  /** A row a person added to the plan (no measure key). */
  added: boolean;
  results: string[];
  problems: string[];
  suggestions: string[];
}

export type StateCounts = Record<MeasureState, number> & { total: number };

export interface OwnerCounts {
  owner: string;
  counts: StateCounts;
}

export interface Progress {
  round: Round;
  /** In the plan's order. */
  measures: ProgressMeasure[];
  counts: StateCounts;
  owners: OwnerCounts[];
  /** What the plan's cells said that could not be read as typed, each naming its sheet and cell. */
  warnings: Label[];
}
