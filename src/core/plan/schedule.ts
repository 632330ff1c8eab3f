/**
 * When a measure starts and ends, and how it is followed up, so that the plan does not contradict
 * itself: work starts on the day the plan is approved (never before), a deadline covers the last
 * step (a step that reports for the year, every quarter or every month runs to the end of the
 * fiscal year; a six-month report to the end of April), and the follow-up names only rounds that
 * fall inside the measure's own period. An early first phase (documents, announcements) is kept
 * as a milestone in the follow-up text.
 */
import type { FollowUp, MeasureTemplate, Timing } from '../advice/types';
import { endOfMonthAfter, firstOfMonthAfter, fiscalYearRange, THAI_MONTHS, thaiDate, type Day } from '../dates';

export interface Scheduled {
  start: Day;
  deadline: Day;
  followUpTh: string;
}

/** A step that reports for the whole year, or repeats every month or quarter, runs to 30 September. */
const ALL_YEAR = /ทุกไตรมาส|รายไตรมาส|ทุก 3 เดือน|ทุกเดือน|รายเดือน|ประจำเดือน|สิ้นปีงบประมาณ|ปีละครั้ง|รอบปี|รอบ 12 เดือน|อย่างต่อเนื่อง|ตลอดปี/;
const SIX_MONTHS = /รอบ 6 เดือน/;

/** 'รายงาน… ประจำปี' is the annual report; 'แผน… ประจำปี' (a plan for the year) is made early. */
function reportsForTheYear(step: string): boolean {
  const at = step.indexOf('รายงาน');
  if (at < 0) return false;
  const year = step.indexOf('ประจำปี', at);
  return year >= 0 && !step.startsWith('งบประมาณ', year + 'ประจำปี'.length) && !step.slice(at, year).includes('แผน');
}

/** The latest day a step's own words require, or null when it sets none. */
export function stepEnd(step: string, planYear: number): Day | null {
  const { end } = fiscalYearRange(planYear);
  if (ALL_YEAR.test(step) || reportsForTheYear(step)) return end;
  if (SIX_MONTHS.test(step)) return sixMonthReportDue(planYear);
  return null;
}

function sixMonthReportDue(planYear: number): Day {
  return endOfMonthAfter(fiscalYearRange(planYear).start, 6); // 30 April
}

export function later(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The first day work may start: the approval day, within the fiscal year. */
export function approvalStart(planYear: number, approval: Day | null): Day {
  const { start, end } = fiscalYearRange(planYear);
  if (!approval || compareDays(approval, start) < 0) return start;
  return compareDays(approval, end) > 0 ? end : approval;
}

/** The approval day people did not give: today inside the plan's fiscal year, else 1 October. */
export function defaultApproval(planYear: number, today: Day | null): Day {
  const { start, end } = fiscalYearRange(planYear);
  return today && compareDays(today, start) >= 0 && compareDays(today, end) <= 0 ? today : start;
}

/** When the main work of a timing is due, counted from the day work may start. */
function timingEnd(timing: Timing, planYear: number, start: Day, rank: number): Day {
  const fy = fiscalYearRange(planYear);
  switch (timing) {
    case 'q1':
      return endOfMonthAfter(start, rank < 2 ? 1 : 2);
    case 'q2':
      return later(endOfMonthAfter(fy.start, 5), endOfMonthAfter(start, 2)); // 31 March at the earliest
    case 'half':
      return later(sixMonthReportDue(planYear), endOfMonthAfter(start, 2));
    case 'year':
    case 'ongoing':
      return fy.end;
  }
}

export function scheduleMeasure(m: MeasureTemplate, planYear: number, rank: number, approval: Day | null): Scheduled {
  const fy = fiscalYearRange(planYear);
  const open = approvalStart(planYear, approval);
  // Second-quarter work starts in November at the earliest: October goes to the documents.
  const start = m.timing === 'q2' ? later(open, firstOfMonthAfter(fy.start, 1)) : open;
  const early = capped(timingEnd(m.timing, planYear, start, rank), fy.end);
  const ends = m.stepsTh.map((s) => stepEnd(s, planYear));
  const deadline = ends.reduce<Day>((d, e) => (e ? later(d, e) : d), early);
  const firstTimed = ends.findIndex((e) => e !== null && compareDays(e, early) > 0);
  const phase = compareDays(deadline, early) > 0 && firstTimed > 0 ? { steps: firstTimed, by: early } : null;
  return { start, deadline, followUpTh: followUpText(m.followUp, start, deadline, phase) };
}

function capped(d: Day, max: Day): Day {
  return compareDays(d, max) > 0 ? max : d;
}

/** Month ends inside [start, deadline] at which a follow-up of this kind reports. */
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

function followUpText(f: FollowUp, start: Day, deadline: Day, phase: { steps: number; by: Day } | null): string {
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
  if (phase) text += ` โดยดำเนินการขั้นตอนที่ ${phase.steps > 1 ? `1–${phase.steps}` : '1'} ให้แล้วเสร็จภายใน ${thaiDate(phase.by)}`;
  return text;
}

/** 'ก ข และ ค' */
function joinThai(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(' ')} และ${parts[parts.length - 1]}`;
}

