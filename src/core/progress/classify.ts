/**
 * Where a measure stands at the end of a round, and why, by one set of rules (the README's table):
 * done; cancelled; late (its deadline passed, or a milestone passed more than 30 days ago with the
 * progress below the milestone's share of the steps); at risk (a milestone passed within 30 days with
 * progress below it, planned to start more than 30 days ago and not started, progress well behind
 * the share of time gone, or due within 30 days and behind); else on track. A status typed that says
 * nothing known is first of all: 'unread', counted apart, never guessed from the dates.
 * The deadline judged is the new one a division typed, when it typed one; the original stays in the
 * report beside it, so a postponement is always shown.
 */
import { daysBetween, thaiDate, type Day } from '../dates';
import type { Milestone } from '../plan/milestones';
import { milestoneShares, stepList } from '../plan/milestones';
import { compareDays } from '../plan/schedule';

/** 'unread': the status typed says nothing we know; counted apart until the division picks one. */
export type MeasureState = 'done' | 'onTrack' | 'atRisk' | 'late' | 'unread' | 'cancelled';
/** The order lists show measures in: what needs attention first. */
export const STATE_ORDER: readonly MeasureState[] = ['late', 'atRisk', 'unread', 'onTrack', 'done', 'cancelled'];
/** The order counts are listed in, in tables and summaries. */
export const COUNT_ORDER: readonly MeasureState[] = ['done', 'onTrack', 'atRisk', 'late', 'unread', 'cancelled'];
export const STATE_LABEL: Record<MeasureState, string> = {
  done: 'แล้วเสร็จ',
  onTrack: 'เป็นไปตามกำหนด',
  atRisk: 'เสี่ยงล่าช้า',
  late: 'ล่าช้ากว่ากำหนด',
  unread: 'อ่านสถานะไม่ได้',
  cancelled: 'ยกเลิก',
};
/** States the coordinator has to act on: listed under "needs attention". */
export const NEEDS_ATTENTION: readonly MeasureState[] = ['late', 'atRisk', 'unread'];
/** Days before a deadline when being behind puts a measure at risk; days after its planned start when not starting does. */
export const AT_RISK_DAYS = 30;
/** Points of progress behind the share of time gone that put a measure at risk whatever its deadline. */
export const WELL_BEHIND = 25;

/** The rules in one sentence, for the follow-up sheet and document (the README has them as a table). */
export const RULES_TEXT =
  'ล่าช้ากว่ากำหนด คือครบกำหนดแล้วแต่ยังไม่แล้วเสร็จ (ใช้กำหนดใหม่เมื่อหน่วยงานขอเลื่อน) หรือพ้นหมุดหมายของขั้นตอนมาเกิน 30 วันโดยความคืบหน้ายังไม่ถึงสัดส่วนของขั้นตอนนั้น ' +
  'เสี่ยงล่าช้า คือพ้นหมุดหมายมาไม่เกิน 30 วันโดยความคืบหน้ายังไม่ถึง ถึงวันเริ่มตามแผนมาเกิน 30 วันแต่ยังไม่เริ่ม ความคืบหน้าน้อยกว่าระยะเวลาที่ผ่านไปตั้งแต่ 25 จุดขึ้นไป ' +
  'หรือเหลือเวลาไม่เกิน 30 วันและความคืบหน้าน้อยกว่าระยะเวลาที่ผ่านไป';

export type StatusKind = 'notStarted' | 'inProgress' | 'done' | 'cancelled' | 'blank' | 'unknown';

export interface Judged {
  state: MeasureState;
  /** Why, in one short phrase (Arabic digits; the sheet and the document set their own). */
  reason: string;
  /** Days past the deadline (or the milestone missed) at the end of the round (0 when due that day); 0 unless late. */
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
  /** Milestones as the follow-up cell states them, earliest first. */
  milestones?: readonly Milestone[];
  /** How many steps the measure has (0 when unknown). */
  steps?: number;
  /** The status as typed and where ('คอลัมน์ L แถวที่ 6'), named in the reason when it cannot be read. */
  typed?: { text: string; where: string };
}

const short = (d: Day) => thaiDate(d, { short: true });

export function judge(m: Standing, asOf: Day, fyStart: Day): Judged {
  const start = m.start ?? fyStart;
  const elapsed = m.due ? timeGone(start, m.due, asOf) : null;
  const progress = m.progress ?? 0;
  const result = (state: MeasureState, reason: string, extra: Partial<Judged> = {}): Judged => ({
    state,
    reason,
    daysLate: 0,
    daysLeft: null,
    elapsed,
    ...extra,
  });
  // Before anything else: progress or dates cannot tell done from cancelled from "not done".
  if (m.status === 'unknown') return result('unread', `อ่านสถานะ "${m.typed?.text ?? ''}"${m.typed ? ` (${m.typed.where})` : ''} ไม่ได้ โปรดเลือกสถานะจากรายการ`);
  if (m.status === 'cancelled') return result('cancelled', 'หน่วยงานแจ้งยกเลิก');
  if (m.status === 'done' || progress >= 100) return result('done', m.status === 'done' ? 'หน่วยงานรายงานว่าเสร็จแล้ว' : 'ความคืบหน้า 100%');
  if (m.due && compareDays(m.due, asOf) <= 0) {
    const days = daysBetween(m.due, asOf);
    return result('late', `กำหนด ${short(m.due)} ${days ? `ผ่านไปแล้ว ${days} วัน` : 'ครบกำหนดแล้ว'} ความคืบหน้า ${progress}%`, { daysLate: days });
  }
  const daysLeft = m.due ? daysBetween(asOf, m.due) : null;
  const open = (state: MeasureState, reason: string, extra: Partial<Judged> = {}) => result(state, reason, { daysLeft, ...extra });
  const missed = missedMilestone(m, asOf, progress);
  if (missed) {
    const what = `ขั้นตอนที่ ${stepList(missed.milestone.steps)} กำหนด ${short(missed.milestone.by)} ยังไม่แล้วเสร็จ ความคืบหน้า ${progress}%`;
    const reason = progress ? `${what} (ควรถึง ${missed.expected}%)` : what;
    // A milestone missed by more than the grace days is a broken commitment; within them there is still time.
    const since = daysBetween(missed.milestone.by, asOf);
    return since > AT_RISK_DAYS ? result('late', reason, { daysLate: since }) : open('atRisk', reason);
  }
  const notStarted = m.status === 'notStarted' || (m.status === 'blank' && !progress);
  const idle = daysBetween(start, asOf);
  if (notStarted && idle > AT_RISK_DAYS) {
    return open('atRisk', `เริ่มตามแผน ${short(start)} ผ่านมาแล้ว ${idle} วัน ${m.status === 'blank' ? 'ยังไม่รายงานสถานะ' : 'ยังไม่เริ่ม'}`);
  }
  if (elapsed === null) return open('onTrack', 'ไม่ได้ระบุกำหนดแล้วเสร็จ');
  const timeAndProgress = `ผ่านไปแล้ว ${elapsed}% ของเวลา ความคืบหน้า ${progress}%`;
  if (elapsed - progress >= WELL_BEHIND) return open('atRisk', timeAndProgress);
  if (daysLeft !== null && daysLeft <= AT_RISK_DAYS && progress < elapsed) return open('atRisk', `เหลือ ${daysLeft} วัน ${timeAndProgress}`);
  return open('onTrack', timeAndProgress);
}

/** The first milestone passed by the end of the round whose share of the steps the progress has not reached. */
function missedMilestone(m: Standing, asOf: Day, progress: number): { milestone: Milestone; expected: number } | null {
  const all = m.milestones ?? [];
  const shares = milestoneShares(all, m.steps ?? 0);
  const k = all.findIndex((ms, i) => compareDays(ms.by, asOf) < 0 && progress < shares[i]);
  return k < 0 ? null : { milestone: all[k], expected: shares[k] };
}

/** Percent of the days from start to due (both counted) that have passed by the end of asOf. */
function timeGone(start: Day, due: Day, asOf: Day): number {
  const total = daysBetween(start, due) + 1;
  const gone = daysBetween(start, asOf) + 1;
  if (total <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, (100 * gone) / total)));
}
