/**
 * A measure's milestones: which steps are due by which day ("ขั้นตอนที่ 1–4 ภายใน 30 พฤศจิกายน 2568").
 * The plan writes them at the end of the follow-up cell in these words and the follow-up reads them
 * back from there, in Thai or Arabic digits, so a division that edits the dates moves them.
 */
import { dayToIso, thaiDate, type Day } from '../dates';
import { dayOfCell } from '../thai-date';
import { toArabicDigits } from '../numbers';

export interface Milestone {
  /** 1-based step numbers, ascending. */
  steps: number[];
  by: Day;
}

/** [1, 2, 3, 4] → '1–4'; [1, 2, 4] → '1–2 และ 4'; [1, 3, 5] → '1, 3 และ 5'. */
export function stepList(steps: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < steps.length;) {
    let j = k;
    while (j + 1 < steps.length && steps[j + 1] === steps[j] + 1) j++;
    runs.push(j > k ? `${steps[k]}–${steps[j]}` : `${steps[k]}`);
    k = j + 1;
  }
  return runs.length < 2 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} และ ${runs[runs.length - 1]}`;
}

/** 'โดยดำเนินการขั้นตอนที่ 1–3 ให้แล้วเสร็จภายใน 30 พฤศจิกายน 2568 และขั้นตอนที่ 4 ภายใน 30 เมษายน 2569' */
export function milestonesText(milestones: readonly Milestone[]): string {
  const parts = milestones.map((m, k) => `ขั้นตอนที่ ${stepList(m.steps)} ${k === 0 ? 'ให้แล้วเสร็จ' : ''}ภายใน ${thaiDate(m.by)}`);
  return `โดยดำเนินการ${parts.join(' และ')}`;
}

const MILESTONE = /ขั้นตอนที่\s*([0-9][0-9\s,–\-และ]*?)\s*(?:ให้แล้วเสร็จ)?\s*ภายใน(?:วันที่)?\s*([0-9]{1,2}\s*[ก-ฮะ-์.]+\s*(?:พ\.\s*ศ\.\s*)?[0-9]{4})/g;

/** The milestones written in a follow-up cell (what people typed there included); none when it names none. */
export function readMilestones(text: string): Milestone[] {
  const out: Milestone[] = [];
  for (const m of toArabicDigits(text).matchAll(MILESTONE)) {
    const by = dayOfCell(m[2].replace(/\s+/g, ' '));
    const steps = parseSteps(m[1]);
    if (by && steps.length) out.push({ steps, by });
  }
  return out;
}

/** Numbered lines of a steps cell ('1. …', '๒) …'): how many steps a measure has. */
export function stepCount(text: string): number {
  return text.split('\n').filter((line) => /^\s*[0-9๐-๙]+\s*[.)]/.test(line)).length;
}

/**
 * The progress each milestone asks for: the share of the steps due by it and by those before it,
 * out of the measure's steps (or, when those are unknown, one more than the last step named). Counted
 * over all the milestones, so a share stays the same before and after later ones pass.
 */
export function milestoneShares(milestones: readonly Milestone[], steps: number): number[] {
  const last = Math.max(0, ...milestones.flatMap((ms) => ms.steps));
  const total = steps > 0 ? Math.max(steps, last) : last + 1;
  const done = new Set<number>();
  return milestones.map((ms) => {
    for (const n of ms.steps) done.add(n);
    return Math.round((100 * done.size) / total);
  });
}

/**
 * The first `slots` milestones of a follow-up cell as cells a formula compares with TODAY(): the
 * day (a date cell) and the progress it asks for; blank where the cell names fewer.
 */
export function milestoneCells(followUp: unknown, steps: unknown, slots: number): { by: { date: string } | ''; share: number | '' }[] {
  const milestones = readMilestones(typeof followUp === 'string' ? followUp : '');
  const shares = milestoneShares(milestones, stepCount(typeof steps === 'string' ? steps : ''));
  return Array.from({ length: slots }, (_, k) => (milestones[k] ? { by: { date: dayToIso(milestones[k].by) }, share: shares[k] } : { by: '', share: '' }));
}

/** '1–4', '1-4', '1, 2 และ 4' → step numbers. */
function parseSteps(text: string): number[] {
  const steps = new Set<number>();
  for (const part of text.split(/,|และ|\s+/).filter(Boolean)) {
    const range = /^(\d+)[–-](\d+)$/.exec(part);
    if (range) for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 50; n++) steps.add(n);
    else if (/^\d+$/.test(part)) steps.add(Number(part));
  }
  return [...steps].sort((a, b) => a - b);
}
