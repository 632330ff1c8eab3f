/**
 * When a measure starts and ends, and how it is followed up, so that the plan does not contradict
 * itself: work starts on the day the plan is approved (never before); each step is due as its kind
 * says (step-kinds.ts): a one-off step by the measure's first milestone, a periodic or continuous one
 * at the end of the fiscal year, a step that publishes data after the period of that data, OIT
 * evidence by the date the assessors collect it. A measure ends with its last step; the earlier
 * dates are its milestones, kept as data and written into its follow-up text, where the follow-up
 * reads them back (milestones.ts).
 */
import type { FollowUp, MeasureTemplate, Timing } from '../advice/types';
import type { MonthDay } from '../editions/types';
import { dayToIso, endOfMonthAfter, firstOfMonthAfter, fiscalYearRange, THAI_MONTHS, thaiDate, type Day } from '../dates';
import { ItaError } from '../errors';
import { oitCollectionEnd } from './ita-calendar';
import { milestonesText, type Milestone } from './milestones';
import { stepKinds, type StepKind } from './step-kinds';

export interface StepDue {
  kind: StepKind;
  due: Day;
}

export interface Scheduled {
  start: Day;
  deadline: Day;
  /** Each step's kind and the day it is due, in step order. */
  steps: StepDue[];
  /** One-off and data steps due before the deadline, grouped by the day they are due, earliest first. */
  milestones: Milestone[];
  followUpTh: string;
}

export function later(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The first day work may start: the approval day, from the first day of the fiscal year. */
export function approvalStart(planYear: number, approval: Day | null): Day {
  const { start } = fiscalYearRange(planYear);
  return !approval || compareDays(approval, start) < 0 ? start : approval;
}

/** An approval after the plan's fiscal year leaves nothing to schedule: refused, never moved quietly. */
export function checkApproval(planYear: number, approval: Day): void {
  const { end } = fiscalYearRange(planYear);
  if (compareDays(approval, end) <= 0) return;
  throw new ItaError(
    `วันที่อนุมัติแผน ${thaiDate(approval)} อยู่หลังสิ้นปีงบประมาณ พ.ศ. ${planYear} ของแผนมาตรการ (${thaiDate(end)}): โปรดตรวจสอบวันที่อนุมัติหรือปีงบประมาณของแผน`,
    `The plan's approval date ${dayToIso(approval)} is after the end of the plan's fiscal year B.E. ${planYear} (${dayToIso(end)}): check the approval date or the plan's year`,
  );
}

/** The approval day people did not give: today inside the plan's fiscal year, else 1 October. */
export function defaultApproval(planYear: number, today: Day | null): Day {
  const { start, end } = fiscalYearRange(planYear);
  return today && compareDays(today, start) >= 0 && compareDays(today, end) <= 0 ? today : start;
}

/** The first milestone: one-off work, counted from the day work may start. */
function firstMilestone(timing: Timing, planYear: number, start: Day, rank: number): Day {
  const fy = fiscalYearRange(planYear);
  // Second-quarter work (a system, a public forum) is due by 31 March; the rest within one or two months.
  if (timing === 'q2') return later(endOfMonthAfter(fy.start, 5), endOfMonthAfter(start, 2));
  return endOfMonthAfter(start, rank < 2 ? 1 : 2);
}

/** The day a step of this kind is due. Data exists only after its period: reports on it follow a month later. */
function stepDue(kind: StepKind, planYear: number, start: Day, first: Day, oitBy?: MonthDay): Day {
  const fy = fiscalYearRange(planYear);
  switch (kind.kind) {
    case 'once':
      return first;
    case 'periodic':
    case 'continuous':
      return fy.end;
    case 'afterData':
      if (kind.data === 'half') return later(endOfMonthAfter(fy.start, 6), endOfMonthAfter(start, 1)); // 30 April
      if (kind.data === 'oit') return later(oitCollectionEnd(planYear, oitBy), first);
      return endOfMonthAfter(fy.end, 1); // the last month's or the whole year's data: October after the year
  }
}

/**
 * rank: position among the plan's measures of the same timing; the first two get the earliest
 * milestone. oitBy: the framework's own last day for OIT evidence, when it states one.
 */
export function scheduleMeasure(m: MeasureTemplate, planYear: number, rank: number, approval: Day | null, oitBy?: MonthDay): Scheduled {
  const fy = fiscalYearRange(planYear);
  const open = approvalStart(planYear, approval);
  // Second-quarter work starts in November at the earliest: October goes to the documents.
  const start = m.timing === 'q2' ? later(open, firstOfMonthAfter(fy.start, 1)) : open;
  const first = firstMilestone(m.timing, planYear, start, rank);
  const steps = stepKinds(m.id, m.stepsTh).map((kind) => ({ kind, due: stepDue(kind, planYear, start, first, oitBy) }));
  const deadline = steps.reduce<Day>((d, s) => later(d, s.due), start);
  const milestones = milestonesOf(steps, deadline);
  return { start, deadline, steps, milestones, followUpTh: followUpText(m.followUp, start, deadline, milestones) };
}

function milestonesOf(steps: StepDue[], deadline: Day): Milestone[] {
  const byDay = new Map<string, Milestone>();
  steps.forEach((s, k) => {
    // Periodic and continuous work runs on to its last day: only work done by a day is a milestone.
    if (s.kind.kind === 'periodic' || s.kind.kind === 'continuous' || compareDays(s.due, deadline) >= 0) return;
    const key = `${s.due.y}-${s.due.m}-${s.due.d}`;
    const m = byDay.get(key) ?? { steps: [], by: s.due };
    m.steps.push(k + 1);
    byDay.set(key, m);
  });
  return [...byDay.values()].sort((a, b) => compareDays(a.by, b.by));
}

/** Month ends inside [start, deadline] at which a follow-up of this kind reports (within twelve months of the start). */
export function followUpRounds(f: FollowUp, start: Day, deadline: Day): Day[] {
  const months = f === 'monthly' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : f === 'quarterly' ? [12, 3, 6, 9] : [3, 9];
  const rounds: Day[] = [];
  for (let k = 0; k < 12; k++) {
    const end = endOfMonthAfter(start, k);
    if (compareDays(end, deadline) > 0) break;
    if (months.includes(end.m)) rounds.push(end);
  }
  return rounds;
}

function followUpText(f: FollowUp, start: Day, deadline: Day, milestones: Milestone[]): string {
  const rounds = followUpRounds(f, start, deadline);
  const months = (days: Day[]) => joinThai(days.map((d) => THAI_MONTHS[d.m - 1]));
  const last = rounds[rounds.length - 1];
  const onCompletion = !last || compareDays(last, deadline) < 0 ? ' และเมื่อดำเนินการแล้วเสร็จ' : '';
  let text: string;
  if (f === 'monthly') text = 'รายงานความก้าวหน้าในการประชุมประจำเดือนของหน่วยงานจนกว่าจะแล้วเสร็จ';
  else if (!rounds.length) text = 'รายงานผลต่อผู้บริหารเมื่อดำเนินการแล้วเสร็จ';
  else if (f === 'quarterly') text = `รายงานผลต่อผู้บริหารทุกไตรมาส (${months(rounds)})${onCompletion}`;
  else {
    const named = rounds.map((d) => `${d.m === 3 ? 'รอบ 6 เดือน' : 'รอบ 12 เดือน'} (ณ ${thaiDate(d)})`);
    text = `รายงานผลต่อผู้บริหาร${joinThai(named)}${onCompletion}`;
  }
  return milestones.length ? `${text} ${milestonesText(milestones)}` : text;
}

/** 'ก ข และ ค' */
function joinThai(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(' ')} และ${parts[parts.length - 1]}`;
}
