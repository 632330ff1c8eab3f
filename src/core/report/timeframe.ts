/**
 * ระยะเวลาดำเนินการ as the agencies write it, from the plan's start and deadline cells:
 * "ตลอดปีงบประมาณ พ.ศ. 2569", "ตุลาคม – ธันวาคม 2568", "ตุลาคม 2568 – มีนาคม 2569",
 * "1 ตุลาคม 2568 – 15 พฤศจิกายน 2568". Text people typed instead of a date is kept as they wrote it.
 * Digits are Arabic here; the renderer sets the document's one digit style.
 */
import { BE_OFFSET, daysInMonth, endOfMonthAfter, fiscalYearRange, isoToDay, THAI_MONTHS, type Day } from '../dates';
import { type CellValue, isDateValue } from '../grid';
import { isBlank } from '../numbers';

export function timeframeText(start: CellValue, deadline: CellValue, planYear: number): string {
  const a = dayOf(start);
  const b = dayOf(deadline);
  if (a && b) return range(a, b, planYear);
  const aText = a ? null : plain(start);
  const bText = b ? null : plain(deadline);
  if (b && !aText) return `ภายใน${monthOrDay(b, 'end')}`;
  if (a && !bText) return `ตั้งแต่${monthOrDay(a, 'start')} เป็นต้นไป`;
  const left = a ? full(a) : aText;
  const right = b ? full(b) : bText;
  return [left, right].filter(Boolean).join(' – ');
}

function range(a: Day, b: Day, planYear: number): string {
  const fy = fiscalYearRange(planYear);
  if (same(a, fy.start) && same(b, fy.end)) return `ตลอดปีงบประมาณ พ.ศ. ${planYear}`;
  // A measure whose last step reports on the whole year ends the month after it (schedule.ts).
  if (same(a, fy.start) && same(b, endOfMonthAfter(fy.end, 1)))
    return `ตลอดปีงบประมาณ พ.ศ. ${planYear} และรายงานผลภายในเดือน${THAI_MONTHS[b.m - 1]} ${b.y + BE_OFFSET}`;
  const fyA = fiscalYearOf(a);
  if (fyA === fiscalYearOf(b) && same(a, fiscalYearRange(fyA).start) && same(b, fiscalYearRange(fyA).end)) return `ตลอดปีงบประมาณ พ.ศ. ${fyA}`;
  if (!(a.d === 1 && b.d === daysInMonth(b.y, b.m))) return `${full(a)} – ${full(b)}`;
  if (a.y === b.y && a.m === b.m) return `${THAI_MONTHS[a.m - 1]} ${a.y + BE_OFFSET}`;
  if (a.y === b.y) return `${THAI_MONTHS[a.m - 1]} – ${THAI_MONTHS[b.m - 1]} ${b.y + BE_OFFSET}`;
  return `${THAI_MONTHS[a.m - 1]} ${a.y + BE_OFFSET} – ${THAI_MONTHS[b.m - 1]} ${b.y + BE_OFFSET}`;
}

/** A whole month reads "เดือนพฤศจิกายน 2568"; another day "วันที่ 15 พฤศจิกายน 2568". */
function monthOrDay(day: Day, side: 'start' | 'end'): string {
  const whole = side === 'start' ? day.d === 1 : day.d === daysInMonth(day.y, day.m);
  return whole ? `เดือน${THAI_MONTHS[day.m - 1]} ${day.y + BE_OFFSET}` : `วันที่ ${full(day)}`;
}

function full(day: Day): string {
  return `${day.d} ${THAI_MONTHS[day.m - 1]} ${day.y + BE_OFFSET}`;
}

function fiscalYearOf(day: Day): number {
  return day.y + BE_OFFSET + (day.m >= 10 ? 1 : 0);
}

function same(a: Day, b: Day): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

function dayOf(v: CellValue): Day | null {
  if (isDateValue(v)) return isoToDay(v.date);
  if (typeof v === 'string') return isoToDay(v.trim());
  return null;
}

function plain(v: CellValue): string | null {
  if (isBlank(v) || (typeof v === 'object' && v !== null)) return null;
  return String(v).trim();
}
