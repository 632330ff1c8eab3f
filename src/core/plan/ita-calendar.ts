/**
 * The assessment calendar the agency works to, as data: OIT evidence must be on the website by the
 * end of the period in which assessors collect it. NACC's calendar for 2565 set that period to
 * 1 March – 30 April of the fiscal year (scoring in May); later years are assumed the same until
 * their calendar is entered here.
 */
import { fiscalYearRange, type Day } from '../dates';
import type { MonthDay } from '../editions/types';

interface OitCollection {
  /** First fiscal year (B.E.) the entry applies to. */
  fromYear: number;
  /** Month and day, in the calendar year the fiscal year ends in. */
  m: number;
  d: number;
}

/** Newest last. */
export const OIT_COLLECTION: readonly OitCollection[] = [{ fromYear: 2565, m: 4, d: 30 }];

/**
 * The last day OIT evidence may be published for the assessment of fiscal year planYear: the day the
 * user's framework states (กรอบการประเมิน, column เผยแพร่หลักฐาน OIT ภายใน), else this calendar's.
 */
export function oitCollectionEnd(planYear: number, stated?: MonthDay): Day {
  const entry = stated ?? [...OIT_COLLECTION].reverse().find((e) => e.fromYear <= planYear) ?? OIT_COLLECTION[0];
  return { y: fiscalYearRange(planYear).end.y, m: entry.m, d: entry.d };
}
