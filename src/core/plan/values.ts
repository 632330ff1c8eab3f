/**
 * What divisions type in the plan's status, progress and date columns, read as they meant it:
 * statuses by meaning ('ดำเนินการแล้วเสร็จ', 'Done'), progress stored as a fraction by a percent
 * format, deadlines typed as text ('31/12/68', 'ธ.ค. 68', '15 ม.ค. 2569'). What cannot be read is
 * said, naming the sheet and cell, never defaulted quietly. The merge and the follow-up call this.
 */
import { BE_OFFSET, daysBetween, dayToIso, fiscalYearRange, isoToDay, serialToDay, thaiDate, type Day } from '../dates';
import type { Label } from '../errors';
import { type CellValue, isDateValue } from '../grid';
import { isBlank, parseNumberText } from '../numbers';
import { readDateText } from '../thai-date';
import { shownValue } from '../thai-months';
import type { STATUS } from '../forms/plan-columns';

/** A status by meaning; 'unknown' is text that says none of them. */
export type StatusMeaning = keyof typeof STATUS | 'blank' | 'unknown';

type Meaning = Exclude<StatusMeaning, 'blank' | 'unknown'>;

/**
 * The words each status is read by, in the text without spaces: anywhere in it, at its start, or
 * as the whole of it (Latin letters in any case). One table for the follow-up (statusMeaning) and
 * the summary sheet's formulas (status-formula.ts), so both read a status alike.
 */
export const STATUS_WORDS: Record<Meaning, { anywhere: string[]; start: string[]; whole: string[] }> = {
  cancelled: { anywhere: ['ยกเลิก'], start: [], whole: ['cancelled', 'canceled'] },
  notStarted: { anywhere: [], start: ['ยังไม่เริ่ม', 'ยังไม่ได้เริ่ม', 'ยังไม่ดำเนินการ', 'ยังไม่ได้ดำเนินการ'], whole: ['notstarted', 'todo'] },
  inProgress: { anywhere: ['กำลัง', 'ระหว่าง', 'ดำเนินการอยู่', 'ยังไม่เสร็จ', 'ยังไม่แล้วเสร็จ'], start: [], whole: ['inprogress', 'ongoing', 'doing'] },
  done: { anywhere: ['เสร็จ', 'เรียบร้อย'], start: [], whole: ['ดำเนินการแล้ว', 'done', 'complete', 'completed', 'finished'] },
};
/** Checked in this order: 'ยังไม่ดำเนินการ' says ดำเนินการ, 'ยังไม่แล้วเสร็จ' says เสร็จ. */
export const MEANING_ORDER: readonly Meaning[] = ['cancelled', 'notStarted', 'inProgress', 'done'];

export function statusMeaning(text: string): StatusMeaning {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  if (!compact) return 'blank';
  const says = ({ anywhere, start, whole }: (typeof STATUS_WORDS)[Meaning]) =>
    anywhere.some((w) => compact.includes(w)) || start.some((w) => compact.startsWith(w)) || whole.includes(compact);
  return MEANING_ORDER.find((m) => says(STATUS_WORDS[m])) ?? 'unknown';
}

/**
 * True when the column's numbers are fractions of a percent format: every number at most 1 and
 * one strictly between 0 and 1 (0.5 shown as 50 %). A lone 1 or 0 says nothing either way.
 */
export function progressIsFraction(values: readonly CellValue[]): boolean {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length > 0 && numbers.every((n) => n >= 0 && n <= 1) && numbers.some((n) => n > 0 && n < 1);
}

/** 60, '60', '60%', '๖๐ %', 0.6 in a fraction column → 60; out of 0–100 is kept within it and said. */
export function readProgress(v: CellValue, fraction: boolean, where: Label): { value: number | null; warning: Label | null } {
  if (isBlank(v)) return { value: null, warning: null };
  const n = typeof v === 'number' ? (fraction ? v * 100 : v) : typeof v === 'string' ? parseNumberText(v.replace(/[%％]/g, '')) : null;
  if (n === null || !Number.isFinite(n)) {
    return {
      value: null,
      warning: {
        th: `${where.th}: อ่านความคืบหน้า "${shown(v)}" เป็นร้อยละไม่ได้ จึงไม่ได้นำมาใช้ โปรดใส่ตัวเลข 0–100`,
        en: `${where.en}: the progress "${shown(v)}" is not a percentage, so it was left out; type a number 0–100`,
      },
    };
  }
  const value = Math.round(Math.min(100, Math.max(0, n)) * 100) / 100;
  if (n >= 0 && n <= 100) return { value, warning: null };
  return {
    value,
    warning: {
      th: `${where.th}: ความคืบหน้า ${shown(v)} อยู่นอกช่วง 0–100 จึงอ่านเป็น ${value} โปรดตรวจสอบ`,
      en: `${where.en}: the progress ${shown(v)} is outside 0–100, so it was read as ${value}; please check`,
    },
  };
}

export interface DayRead {
  day: Day | null;
  /** Said about the cell: a B.E. year stored as a date, a date far from the plan's year, text that is no date. */
  warning: Label | null;
}

/** Spreadsheet serial days of 2000–2100: a date cell that lost its format. */
const SERIALS = [36526, 73051];

/**
 * A date cell or date text as a day. A year of two digits is B.E. ('68' is 2568); a month without a
 * day is its last day; 'ตลอดปีงบประมาณ' is the fiscal year's last day.
 */
export function readDay(v: CellValue, planYear: number | null, where: Label): DayRead {
  if (isBlank(v)) return { day: null, warning: null };
  let day: Day | null = null;
  let beStored = false;
  if (isDateValue(v)) {
    const d = isoToDay(v.date);
    // A date typed with its B.E. year (2568-12-31) is stored 543 years late.
    beStored = d !== null && d.y > 2400;
    day = d && beStored ? isoToDay(dayToIso({ ...d, y: d.y - BE_OFFSET })) : d;
  } else if (typeof v === 'number' && Number.isInteger(v) && v >= SERIALS[0] && v <= SERIALS[1]) day = serialToDay(v);
  else if (typeof v === 'string') day = readDateText(v, planYear)?.day ?? null;
  if (!day) {
    return {
      day: null,
      warning: {
        th: `${where.th}: อ่าน "${shown(v)}" เป็นวันที่ไม่ได้ จึงไม่ได้ใช้ในการติดตาม โปรดพิมพ์วันที่ เช่น 31 ธ.ค. 2568`,
        en: `${where.en}: "${shown(v)}" cannot be read as a date, so the follow-up does not use it; type a date such as 31 ธ.ค. 2568`,
      },
    };
  }
  if (beStored) {
    return {
      day,
      warning: {
        th: `${where.th}: วันที่พิมพ์ปีเป็น พ.ศ. ในช่องวันที่ จึงอ่านเป็น ${thaiDate(day)}`,
        en: `${where.en}: a date typed with its B.E. year, read as ${dayToIso(day)}`,
      },
    };
  }
  return { day, warning: planYear === null ? null : farFromYear(day, planYear, where) };
}

/** More than a year before the plan's fiscal year starts or after it ends: most likely a typo. */
function farFromYear(day: Day, planYear: number, where: Label): Label | null {
  const { start, end } = fiscalYearRange(planYear);
  if (daysBetween(day, start) <= 366 && daysBetween(end, day) <= 366) return null;
  return {
    th: `${where.th}: วันที่ ${thaiDate(day)} ห่างจากปีงบประมาณ พ.ศ. ${planYear} ของแผนเกินหนึ่งปี โปรดตรวจสอบปีที่พิมพ์`,
    en: `${where.en}: ${dayToIso(day)} is more than a year outside the plan's fiscal year ${planYear}; check the year typed`,
  };
}

/** A cell as a message quotes it: a date in Thai, never a script's date string; a formula not at all. */
function shown(v: CellValue): string {
  return typeof v === 'object' && v !== null && !isDateValue(v) ? '' : shownValue(v).trim();
}
