/**
 * The one date a document carries (cover, คำนำ, the memo's วันที่, the signature lines). The
 * coordinator's date wins; otherwise the analysis report and the memo are dated the plan's approval
 * day, and a follow-up report the first working day after the round it reports on, so nothing about
 * a period is dated before the period ends unless a person typed that date.
 */
import { BE_OFFSET, type Day } from '../dates';
import { dayOfCell } from '../thai-date';
import type { Label } from '../errors';
import type { Grid } from '../grid';
import { fieldValue, readPlanMeasures } from '../plan';
import { compareDays, defaultApproval } from '../plan/schedule';
import type { Round } from '../progress';
import type { ReportDate } from './model';

export const toReportDate = (day: Day): ReportDate => ({ d: day.d, m: day.m, y: day.y + BE_OFFSET });

/**
 * The approval day the plan was made with: the earliest start date in the plan sheet (every
 * measure starts on or after it, the routine ones on it), else the default approval day.
 */
export function planApprovalDay(plan: Grid, sheet: Label, planYear: number, today: Day): Day {
  let first: Day | null = null;
  try {
    const { read, rows } = readPlanMeasures(plan, sheet);
    for (const row of rows) {
      const day = dayOfCell(fieldValue(read, row, 'start'));
      if (day && (!first || compareDays(day, first) < 0)) first = day;
    }
  } catch {
    // No header: the measures reader reports it when the document is built.
  }
  return first ?? defaultApproval(planYear, today);
}

/** The first weekday after the round's last day (holidays are the coordinator's to set). */
export function afterRound(round: Pick<Round, 'kind' | 'asOf'>): Day {
  if (round.kind === 'date') return round.asOf;
  const next = new Date(Date.UTC(round.asOf.y, round.asOf.m - 1, round.asOf.d + 1));
  while (next.getUTCDay() === 0 || next.getUTCDay() === 6) next.setUTCDate(next.getUTCDate() + 1);
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
}
