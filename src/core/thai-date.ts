/**
 * One reader for dates as Thai officers type them, whoever asks: the plan's date columns (with the
 * plan's fiscal year at hand), the document date of a report (--doc-date, the sidebar), a date cell
 * of the report fields. Each caller decides which forms it accepts from what the reader says it saw.
 */
import { BE_OFFSET, daysInMonth, fiscalYearRange, isoToDay, THAI_MONTHS, THAI_MONTHS_SHORT, type Day } from './dates';
import { toArabicDigits } from './numbers';

/**
 * 'iso': 2568-11-20 or 2025-11-20; 'numeric': 20/11/2568, 20.11.68, 20-11-2025; 'named': 20 พ.ย. 2568,
 * ๒๐ พฤศจิกายน ๒๕๖๘; 'month': ธ.ค. 68 (its last day); 'fiscal-year': ตลอดปีงบประมาณ 2569 (its last day).
 */
export type DateTextForm = 'iso' | 'numeric' | 'named' | 'month' | 'fiscal-year';

export interface DateText {
  day: Day;
  form: DateTextForm;
  /** The year was written with two digits ('68', read as B.E. 2568). */
  shortYear: boolean;
  /** Words stood before the date ('ภายใน', 'ก่อน', 'วันที่'). */
  lead: boolean;
}

const MONTHS = new Map<string, number>();
THAI_MONTHS.forEach((name, k) => MONTHS.set(name, k + 1));
THAI_MONTHS_SHORT.forEach((name, k) => MONTHS.set(name.replace(/\./g, ''), k + 1));

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// A month's name may start with a leading vowel (เมษายน, เม.ย.).
const NAMED = /^(?:(\d{1,2})\s*)?([ก-ฮเ-ไ][ก-๙.\s]*?)\s*(?:พ\.?\s*ศ\.?\s*)?(\d{2}|\d{4})$/;
const LEAD = /^(?:ภายใน|ก่อน|ถึง)?\s*(?:วันที่|เดือน)?\s*/;
const WHOLE_YEAR = /^ตลอด(?:ปี)?(?:งบประมาณ)?\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})?$/;

/**
 * A date in text, Thai or Arabic digits, the year B.E. or C.E. (two digits: B.E.); null when the
 * text is no date or no real day (31/02). `fiscalYear` (B.E.) gives 'ตลอดปีงบประมาณ' without a year
 * its meaning.
 */
export function readDateText(text: string, fiscalYear: number | null = null): DateText | null {
  const spaced = toArabicDigits(text).replace(/\s+/g, ' ').trim();
  const t = spaced.replace(LEAD, '');
  const lead = t !== spaced;
  const found = (day: Day | null, form: DateTextForm, year: string | null): DateText | null =>
    day && { day, form, shortYear: year !== null && year.length === 2, lead };
  const whole = WHOLE_YEAR.exec(t.replace(/\s+/g, ''));
  if (whole) {
    const year = whole[1] ? Number(whole[1]) : fiscalYear;
    return year ? found(fiscalYearRange(year).end, 'fiscal-year', null) : null;
  }
  const iso = ISO.exec(t);
  if (iso) return found(dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])), 'iso', iso[1]);
  const numeric = NUMERIC.exec(t);
  if (numeric) return found(dayOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])), 'numeric', numeric[3]);
  const named = NAMED.exec(t);
  if (!named) return null;
  const month = MONTHS.get(named[2].replace(/[.\s]/g, '')) ?? MONTHS.get(named[2].trim());
  if (!month) return null;
  const day = named[1] ? dayOf(Number(named[3]), month, Number(named[1])) : dayOf(Number(named[3]), month, null);
  return found(day, named[1] ? 'named' : 'month', named[3]);
}

/**
 * A day from a cell as people leave it: a date cell, or text naming a whole day with a four-digit
 * year ('2025-03-31', '31 มีนาคม 2569', '31 มี.ค. ๒๕๖๙'); null when it reads as no day.
 */
export function dayOfCell(v: unknown): Day | null {
  if (typeof v === 'object' && v !== null && typeof (v as { date?: unknown }).date === 'string') return isoToDay((v as { date: string }).date);
  if (typeof v !== 'string') return null;
  const read = readDateText(v);
  return read && !read.lead && !read.shortYear && (read.form === 'iso' || read.form === 'named') ? read.day : null;
}

/** A day from a year of 2 digits (B.E.), 4 digits B.E. or C.E.; no day: the month's last. */
function dayOf(year: number, m: number, d: number | null): Day | null {
  const full = year < 100 ? 2500 + year : year;
  const ce = full > 2400 ? full - BE_OFFSET : full;
  if (m < 1 || m > 12) return null;
  const day = d ?? daysInMonth(ce, m);
  return day >= 1 && day <= daysInMonth(ce, m) ? { y: ce, m, d: day } : null;
}
