/**
 * The plan sheet as divisions left it → each measure's standing at the end of a round: the rows the
 * published plan shows (read by header text, rows added by hand included), with the status,
 * progress, new deadline and notes the divisions typed.
 */
import { dayOfCell } from '../dates';
import type { Label } from '../errors';
import type { CellValue, Grid } from '../layout/model';
import { isBlank, parseNumberText } from '../numbers';
import { STATUS, type PlanField } from '../plan/columns';
import { fieldValue, type PlanSheetRead, type PlanSheetRow } from '../plan/read';
import { readMilestones } from '../plan/milestones';
import { cellText, readPlanMeasures } from '../plan/rows';
import { judge, type StatusKind } from './classify';
import type { ProgressMeasure } from './model';
import { noteParts } from './notes';
import type { Round } from './round';

export function progressMeasures(grid: Grid, sheet: Label, round: Round): ProgressMeasure[] {
  const { read, rows } = readPlanMeasures(grid, sheet);
  return rows.map((row, k) => measureAt(read, row, k + 1, round));
}

function measureAt(read: PlanSheetRead, row: PlanSheetRow, no: number, round: Round): ProgressMeasure {
  const get = (f: PlanField) => fieldValue(read, row, f);
  const status = cellText(get('status'));
  const progress = percent(get('progress'));
  const start = dayOfCell(get('start'));
  const deadline = dayOfCell(get('deadline'));
  const revised = dayOfCell(get('revised'));
  const milestones = readMilestones(cellText(get('followUp')));
  const judged = judge({ status: statusKind(status), progress, start, due: revised ?? deadline, milestones, steps: stepCount(cellText(get('steps'))) }, round.asOf, round.from);
  const note = cellText(get('note'));
  return {
    no,
    measure: cellText(get('measure')),
    owner: cellText(get('owner')),
    coOwner: cellText(get('coOwner')),
    start,
    deadline,
    revised,
    deadlineText: deadline ? '' : cellText(get('deadline')),
    revisedText: revised ? '' : cellText(get('revised')),
    status,
    progress,
    note,
    ...judged,
    added: cellText(get('key')) === '',
    ...noteParts(note, judged.state === 'late' || judged.state === 'atRisk'),
  };
}

/** Numbered lines of the steps cell ('1. …', '๒) …'). */
function stepCount(text: string): number {
  return text.split('\n').filter((line) => /^\s*[0-9๐-๙]+\s*[.)]/.test(line)).length;
}

/** The status column's words, compared without spaces; anything else typed counts as no status. */
function statusKind(text: string): StatusKind {
  const t = text.replace(/\s+/g, '');
  const found = (Object.keys(STATUS) as (keyof typeof STATUS)[]).find((k) => STATUS[k] === t);
  return found ?? 'blank';
}

/** 60, '60', '60%', '๖๐ %' → 60, kept within 0–100; null when blank or not a number. */
function percent(v: CellValue): number | null {
  if (isBlank(v)) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v.replace(/[%％]/g, '')) : null;
  return n === null || !Number.isFinite(n) ? null : Math.min(100, Math.max(0, n));
}
