/**
 * The follow-up's rules (classify.ts) as spreadsheet arithmetic, for what judges the plan live: the
 * plan's colours, the division views' order and the summary's late column. Arithmetic only (no IF,
 * no N), so one expression works on a row's cells and over whole columns (ARRAYFORMULA,
 * SUMPRODUCT); Google Sheets, Excel and LibreOffice read it the same way. What a formula cannot see,
 * the milestones written in the follow-up text, is judged by the follow-up rounds only.
 */
import { STATUS } from '../forms/plan-columns';
import { AT_RISK_DAYS, WELL_BEHIND } from './classify';

/** A row's cells (or the same columns as ranges). */
export interface LiveCells {
  status: string;
  progress: string;
  start: string;
  deadline: string;
  revised: string;
}

export interface LiveRules {
  /** 1 when open and past its deadline in force, else 0. */
  late: string;
  /** 1 when open, not late, and at risk, else 0. */
  atRisk: string;
}

/**
 * A blank start (a row added by hand) leaves out the rules that count from it; the follow-up rounds
 * count such a row from the fiscal year's first day.
 */
export function liveRules(c: LiveCells): LiveRules {
  const open = openOf(c);
  const dated = datedOf(c);
  // The new deadline when a division typed one; a blank counts as 0 and the planned one is taken.
  const due = `(${c.revised}+(${c.revised}="")*${c.deadline})`;
  const start = c.start;
  const started = `(${c.start}<>"")`;
  const late = `${open}*${dated}*(${due}<TODAY())`;
  const elapsed = `(100*(TODAY()-${start}+1)/(${due}-${start}+1))`;
  const notStarted = `${started}*((${c.status}="${STATUS.notStarted}")+(${c.status}=""))*(${c.progress}=0)*(TODAY()-${start}>${AT_RISK_DAYS})`;
  const behind = `${started}*${dated}*((${elapsed}-${c.progress}>=${WELL_BEHIND})+(${due}-TODAY()<=${AT_RISK_DAYS})*(${c.progress}<${elapsed}))`;
  const atRisk = `${open}*(1-${dated}*(${due}<TODAY()))*((${notStarted}+${behind})>0)`;
  return { late: `IFERROR(${late},0)`, atRisk: `IFERROR(${atRisk},0)` };
}

/**
 * How urgent a plan row is today, for sorting: 3 late, 2 at risk, 1 open with a deadline, 0 done,
 * cancelled or without a deadline (or not started long after its start, 1).
 */
export function urgencyKey(c: LiveCells): string {
  const { late, atRisk } = liveRules(c);
  return `IFERROR(${openOf(c)}*${datedOf(c)}+2*${late}+${atRisk},0)`;
}

/** Not done (by status or progress 100) and not cancelled. */
function openOf(c: LiveCells): string {
  // Progress typed as text ('50%') is no number: it does not close the row (text sorts above numbers).
  return `(${c.status}<>"${STATUS.done}")*(${c.status}<>"${STATUS.cancelled}")*(1-ISNUMBER(${c.progress})*(${c.progress}>=100))`;
}

/** A deadline typed, planned or new. */
function datedOf(c: LiveCells): string {
  return `((${c.revised}<>"")+(${c.deadline}<>"")>0)`;
}
