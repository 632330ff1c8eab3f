/**
 * Where a measure stands at the end of a round: done, on track, at risk (due within 30 days with
 * its progress behind the time gone), late (due on or before the round's last day and not done),
 * or cancelled. The deadline judged is the new one a division typed, when it typed one; the
 * original stays in the report beside it, so a postponement is always shown.
 */
import { daysBetween, type Day } from '../dates';
import { compareDays } from '../plan/schedule';

export type MeasureState = 'done' | 'onTrack' | 'atRisk' | 'late' | 'cancelled';
/** The order lists show measures in: what needs attention first. */
export const STATE_ORDER: readonly MeasureState[] = ['late', 'atRisk', 'onTrack', 'done', 'cancelled'];
/** The order counts are listed in, in tables and summaries. */
export const COUNT_ORDER: readonly MeasureState[] = ['done', 'onTrack', 'atRisk', 'late', 'cancelled'];
export const STATE_LABEL: Record<MeasureState, string> = {
  done: 'แล้วเสร็จ',
  onTrack: 'เป็นไปตามกำหนด',
  atRisk: 'เสี่ยงล่าช้า',
  late: 'ล่าช้ากว่ากำหนด',
  cancelled: 'ยกเลิก',
};
export const AT_RISK_DAYS = 30;

export type StatusKind = 'notStarted' | 'inProgress' | 'done' | 'cancelled' | 'blank';

export interface Judged {
  state: MeasureState;
  /** Days past the deadline at the end of the round (0 when due that day); 0 unless late. */
  daysLate: number;
  /** Days left to the deadline; null when the measure is closed, late or has no deadline. */
  daysLeft: number | null;
  /** Share of the measure's time gone by the end of the round (0–100); null without a deadline. */
  elapsed: number | null;
}

export interface Standing {
  status: StatusKind;
  /** 0–100, or null when blank. */
  progress: number | null;
  /** Planned start; the fiscal year's first day stands in when none was given. */
  start: Day | null;
  /** The deadline in force: the new one when a division postponed it. */
  due: Day | null;
}

export function judge(m: Standing, asOf: Day, fyStart: Day): Judged {
  const elapsed = m.due ? timeGone(m.start ?? fyStart, m.due, asOf) : null;
  const closed = (state: MeasureState): Judged => ({ state, daysLate: 0, daysLeft: null, elapsed });
  if (m.status === 'cancelled') return closed('cancelled');
  if (m.status === 'done' || (m.progress ?? 0) >= 100) return closed('done');
  if (!m.due) return { state: 'onTrack', daysLate: 0, daysLeft: null, elapsed };
  if (compareDays(m.due, asOf) <= 0) return { state: 'late', daysLate: daysBetween(m.due, asOf), daysLeft: null, elapsed };
  const daysLeft = daysBetween(asOf, m.due);
  const behind = (m.progress ?? 0) < (elapsed ?? 0);
  return { state: daysLeft <= AT_RISK_DAYS && behind ? 'atRisk' : 'onTrack', daysLate: 0, daysLeft, elapsed };
}

/** Percent of the days from start to due (both counted) that have passed by the end of asOf. */
function timeGone(start: Day, due: Day, asOf: Day): number {
  const total = daysBetween(start, due) + 1;
  const gone = daysBetween(start, asOf) + 1;
  if (total <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, (100 * gone) / total)));
}
