/**
 * The one rule for "today" on the command line: the calendar day of the machine's own time zone,
 * as the add-on takes the spreadsheet's (a Thai officer's computer keeps Thai time).
 */
import type { Day } from '../core/dates';

export function todayHere(now = new Date()): Day {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
