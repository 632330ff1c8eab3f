/**
 * The follow-up's rules (classify.ts) as spreadsheet arithmetic, for what judges the plan live: the
 * plan's colours, the division views' order and the summary's late column. Arithmetic only (no IF,
 * no N), so one expression works on a row's cells and over whole columns (ARRAYFORMULA,
 * SUMPRODUCT); Google Sheets, Excel and LibreOffice read it the same way. The milestones written in
 * the follow-up text reach it through the plan's hidden helper columns (their days and the progress
 * each asks for), which Generate computes from that text.
 */
import { MILESTONE_FIELDS, STATUS, type PlanField } from '../forms/plan-columns';
import { AT_RISK_DAYS, WELL_BEHIND } from './classify';

/** A row's cells (or the same columns as ranges). */
export interface LiveCells {
  status: string;
  progress: string;
  start: string;
  deadline: string;
  revised: string;
  /** The helper columns of the milestones: day and progress asked for (see MILESTONE_FIELDS). */
  milestones?: readonly { by: string; share: string }[];
}

export interface LiveRules {
  /** 1 when open and past its deadline in force, else 0. */
  late: string;
  /** 1 when open, not late, and at risk, else 0. */
  atRisk: string;
}

/** The cells of our columns, by the reference each gets (a row's cell or a whole column's range). */
export function liveCells(ref: (f: PlanField) => string): LiveCells {
  return {
    status: ref('status'),
    progress: ref('progress'),
    start: ref('start'),
    deadline: ref('deadline'),
    revised: ref('revised'),
    milestones: MILESTONE_FIELDS.map((m) => ({ by: ref(m.by), share: ref(m.share) })),
  };
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
  // A milestone passed with progress below its share: at risk, late after the grace days (classify.ts).
  // Compared, never subtracted: a blank text cell would make the whole rule an error.
  const missedBy = (days: string) => anyOf((c.milestones ?? []).map((ms) => `(${ms.by}<>"")*(${ms.by}<TODAY()-${days})*(${c.progress}<${ms.share})`));
  const pastDue = `((${dated}*(${due}<TODAY())+${missedBy(String(AT_RISK_DAYS))})>0)`;
  const late = `${open}*${pastDue}`;
  const elapsed = `(100*(TODAY()-${start}+1)/(${due}-${start}+1))`;
  const notStarted = `${started}*((${c.status}="${STATUS.notStarted}")+(${c.status}=""))*(${c.progress}=0)*(TODAY()-${start}>${AT_RISK_DAYS})`;
  const behind = `${started}*${dated}*((${elapsed}-${c.progress}>=${WELL_BEHIND})+(${due}-TODAY()<=${AT_RISK_DAYS})*(${c.progress}<${elapsed}))`;
  const atRisk = `${open}*(1-${pastDue})*((${missedBy('0')}+${notStarted}+${behind})>0)`;
  return { late: `IFERROR(${late},0)`, atRisk: `IFERROR(${atRisk},0)` };
}

/**
 * How urgent a plan row is today, for sorting: 3 late, 2 at risk (a missed milestone or a late start
 * count without a deadline too), 1 open with a deadline, 0 done, cancelled or open without one.
 */
export function urgencyKey(c: LiveCells): string {
  const { late, atRisk } = liveRules(c);
  return `IFERROR(${openOf(c)}*((${datedOf(c)}+${late}+${atRisk})>0)+2*${late}+${atRisk},0)`;
}

/** 1 when any term is, else 0 ("0" for none). */
function anyOf(terms: string[]): string {
  return terms.length ? `((${terms.join('+')})>0)` : '0';
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
