/**
 * What kind of work each step of the catalogue's measures is, so its date agrees with its words:
 * a one-off task is due by the measure's first milestone; a periodic one at each period's end and a
 * continuous one at the end of the fiscal year; a step that publishes data is due only after the
 * period the data covers (a month, the first six months, the whole year) or, for OIT evidence, by
 * the date the assessors check it. Kept beside the catalogue, keyed by measure id and step order,
 * so the steps' wording can change without touching their schedule; a step the table does not
 * cover (a catalogue edited since, a user's own measure) is read from its words.
 */

export type StepKind =
  | { kind: 'once' }
  | { kind: 'periodic'; every: 'month' | 'quarter' | 'round' }
  | { kind: 'continuous' }
  | { kind: 'afterData'; data: 'month' | 'half' | 'year' | 'oit' };

const once: StepKind = { kind: 'once' };
const all: StepKind = { kind: 'continuous' };
const monthly: StepKind = { kind: 'periodic', every: 'month' };
const quarterly: StepKind = { kind: 'periodic', every: 'quarter' };
const eachRound: StepKind = { kind: 'periodic', every: 'round' };
const afterMonth: StepKind = { kind: 'afterData', data: 'month' };
const afterHalf: StepKind = { kind: 'afterData', data: 'half' };
const afterYear: StepKind = { kind: 'afterData', data: 'year' };
const forOit: StepKind = { kind: 'afterData', data: 'oit' };

/** Step kinds of the catalogue's measures, in step order. */
export const STEP_KINDS: Readonly<Record<string, readonly StepKind[]>> = {
  'service-manual': [once, once, once, once, quarterly],
  'e-service': [once, once, all, once, all],
  'service-data': [once, quarterly, all, eachRound],
  'work-improvement': [once, all, all, forOit],
  'budget-participation': [once, once, afterYear, all],
  'disbursement-control': [once, all, once, quarterly],
  'procurement-disclosure': [once, all, afterMonth, all, afterYear],
  'authority-ethics': [all, once, once, once],
  'hr-fairness': [once, once, eachRound, all],
  'hr-plan-report': [once, once, all, afterYear],
  'asset-control': [once, once, once, quarterly, afterYear],
  'executive-integrity': [once, all, all, all],
  'no-gift': [once, once, all, once, afterYear],
  'ethics-code': [once, once, all, afterYear],
  'bribery-risk': [once, once, once, afterHalf, afterYear],
  'complaint-handling': [once, once, once, all, quarterly],
  'misconduct-action': [once, all, all, quarterly],
  'anti-corruption-plan': [once, once, afterHalf, afterYear],
  'ita-measures': [once, once, afterYear],
  'public-information': [once, all, all, once, monthly],
  'two-way-channel': [once, once, once, afterMonth],
  participation: [once, once, once, forOit],
  'website-disclosure-basic': [once, once, once, monthly],
  'oit-disclosure': [once, once, forOit, forOit],
  'plan-and-report': [once, once, afterHalf, afterYear],
  'keep-standard': [all, all, afterYear, all],
};

/** A report for the whole year (not a plan for it: 'แผน… ประจำปี' is made early). */
function reportsForTheYear(step: string): boolean {
  const at = step.indexOf('รายงาน');
  if (at < 0) return false;
  const year = step.indexOf('ประจำปี', at);
  return year >= 0 && !step.startsWith('งบประมาณ', year + 'ประจำปี'.length) && !step.slice(at, year).includes('แผน');
}

/** A step's kind read from its words, for steps the table does not cover. */
export function kindFromText(step: string): StepKind {
  if (reportsForTheYear(step) || /สิ้นปีงบประมาณ|รอบ 12 เดือน|รอบปี/.test(step)) return afterYear;
  if (/รอบ 6 เดือน/.test(step)) return afterHalf;
  if (/สรุป[^ ]*รายเดือน|รายงาน[^ ]*รายเดือน/.test(step)) return afterMonth;
  if (/ทุกเดือน|ประจำเดือน/.test(step)) return monthly;
  if (/ทุกไตรมาส|รายไตรมาส|ทุก 3 เดือน/.test(step)) return quarterly;
  if (/อย่างต่อเนื่อง|ตลอดปี|เป็นระยะ|อย่างสม่ำเสมอ|ปีละครั้ง/.test(step)) return all;
  return once;
}

/** The kinds of a measure's steps: the table's when it fits the steps, else read from their words. */
export function stepKinds(measureId: string, steps: readonly string[]): StepKind[] {
  const known = STEP_KINDS[measureId];
  return known && known.length === steps.length ? [...known] : steps.map(kindFromText);
}
