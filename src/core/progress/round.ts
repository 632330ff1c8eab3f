/**
 * The round a follow-up reports on: 6 months (1 October – 31 March), 12 months (the whole fiscal
 * year, to 30 September) or any day. A round reports the state at the end of its last day, so a
 * measure due that very day and not done is counted late in it.
 */
import { fiscalYearRange, parseDateText, thaiDate, type Day } from '../dates';
import { ItaError, type Label } from '../errors';
import { toArabicDigits } from '../numbers';
import { compareDays } from '../plan/schedule';

export type RoundKind = 'half' | 'year' | 'date';
export type RoundChoice = { kind: 'half' } | { kind: 'year' } | { kind: 'date'; day: Day };

export interface Round {
  kind: RoundKind;
  /** The plan's fiscal year (B.E.). */
  planYear: number;
  /** First day of the fiscal year. */
  from: Day;
  /** The last day the round covers. */
  asOf: Day;
}

/** '6', '12' (Thai digits too) or a date YYYY-MM-DD in B.E. or C.E. */
export function parseRound(text: string, what: Label): RoundChoice {
  const t = toArabicDigits(text).trim();
  if (t === '6') return { kind: 'half' };
  if (t === '12') return { kind: 'year' };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return { kind: 'date', day: parseDateText(t, what) };
  throw new ItaError(
    `${what.th} ต้องเป็น 6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2569-01-15 ("${text}")`,
    `${what.en} must be 6 (six months), 12 (twelve months) or a date written YYYY-MM-DD, such as 2026-01-15 ("${text}")`,
  );
}

export function roundOf(choice: RoundChoice, planYear: number): Round {
  const { start, end } = fiscalYearRange(planYear);
  if (choice.kind === 'half') return { kind: 'half', planYear, from: start, asOf: { y: end.y, m: 3, d: 31 } };
  if (choice.kind === 'year') return { kind: 'year', planYear, from: start, asOf: end };
  if (compareDays(choice.day, start) < 0) {
    throw new ItaError(
      `วันที่ติดตามผล ${thaiDate(choice.day)} อยู่ก่อนวันเริ่มปีงบประมาณ พ.ศ. ${planYear} (${thaiDate(start)}) ของแผนมาตรการ`,
      `The follow-up date ${thaiDate(choice.day)} is before the start of the plan's fiscal year ${planYear} (${thaiDate(start)})`,
    );
  }
  return { kind: 'date', planYear, from: start, asOf: choice.day };
}

/** With no round chosen: today, or the 12-month round once the fiscal year is over. */
export function defaultRound(today: Day, planYear: number): RoundChoice {
  return compareDays(today, fiscalYearRange(planYear).end) > 0 ? { kind: 'year' } : { kind: 'date', day: today };
}

/** 'รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)', 'รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569', 'ณ วันที่ 15 มกราคม 2569'. */
export function roundText(r: Round): string {
  if (r.kind === 'half') return `รอบ 6 เดือน (${thaiDate(r.from)} – ${thaiDate(r.asOf)})`;
  if (r.kind === 'year') return `รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. ${r.planYear}`;
  return `ณ วันที่ ${thaiDate(r.asOf)}`;
}

/** For file names: '6m', '12m' or the day. */
export function roundTag(r: Round): string {
  if (r.kind === 'date') return `${r.asOf.y}-${String(r.asOf.m).padStart(2, '0')}-${String(r.asOf.d).padStart(2, '0')}`;
  return r.kind === 'half' ? '6m' : '12m';
}
