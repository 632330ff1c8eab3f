/** Counts of a follow-up (all measures, per division) and the order lists show measures in. */
import { STATE_ORDER, type MeasureState } from './classify';
import type { OwnerCounts, ProgressMeasure, StateCounts } from './model';

export const NO_OWNER = 'ไม่ระบุผู้รับผิดชอบ';

/** Measures still to follow (not cancelled): with none, a round has nothing to report. */
export function liveCount(c: StateCounts): number {
  return c.total - c.cancelled;
}

/** Said instead of empty tables, in the document and on the command line. */
export function nothingToReport(c: StateCounts): { th: string; en: string } {
  return c.total
    ? {
        th: `มาตรการทั้ง ${c.total} มาตรการในแผนถูกยกเลิก จึงไม่มีมาตรการที่ต้องติดตามผลในรอบนี้`,
        en: `all ${c.total} measures of the plan are cancelled: nothing to follow up in this round`,
      }
    : {
        th: 'แผ่นงานมาตรการยังไม่มีมาตรการที่ต้องติดตามผล จึงไม่มีผลการดำเนินการที่จะรายงานในรอบนี้',
        en: 'the plan sheet holds no measure to follow up: nothing to report in this round',
      };
}

/**
 * The states a printed table shows, in the given order: 'unread' only when a measure has it, so a
 * report whose statuses all read carries no column of zeros for it.
 */
export function shownStates(order: readonly MeasureState[], c: StateCounts): MeasureState[] {
  return order.filter((s) => s !== 'unread' || c.unread > 0);
}

export function countStates(measures: readonly ProgressMeasure[]): StateCounts {
  const counts: StateCounts = { total: measures.length, done: 0, onTrack: 0, atRisk: 0, late: 0, unread: 0, cancelled: 0 };
  for (const m of measures) counts[m.state]++;
  return counts;
}

/** Per owner as the plan names it (the summary sheet counts the same way), in the plan's order. */
export function countByOwner(measures: readonly ProgressMeasure[]): OwnerCounts[] {
  const groups = new Map<string, ProgressMeasure[]>();
  for (const m of measures) {
    const owner = m.owner || NO_OWNER;
    groups.set(owner, [...(groups.get(owner) ?? []), m]);
  }
  return [...groups].map(([owner, ms]) => ({ owner, counts: countStates(ms) }));
}

/** Late measures first (the longest overdue first), then at risk (the soonest due first), then the rest in the plan's order. */
export function attentionOrder(measures: readonly ProgressMeasure[]): ProgressMeasure[] {
  const rank = (s: MeasureState) => STATE_ORDER.indexOf(s);
  return [...measures].sort(
    (a, b) => rank(a.state) - rank(b.state) || b.daysLate - a.daysLate || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.no - b.no,
  );
}
