/**
 * The plan sheet as divisions left it → each measure's standing at the end of a round: the rows the
 * published plan shows (read by header text, rows added by hand included), with the status,
 * progress, new deadline and notes the divisions typed.
 */
import type { Label } from '../errors';
import { columnLetter, type Grid } from '../grid';
import type { PlanField } from '../forms/plan-columns';
import { fieldValue, type PlanSheetRead, type PlanSheetRow } from '../plan/read';
import { readMilestones, stepCount } from '../plan/milestones';
import { cellText, readPlanMeasures } from '../plan/rows';
import { progressIsFraction, readDay, readProgress, statusMeaning } from '../plan/values';
import { judge } from './classify';
import type { ProgressMeasure } from './model';
import { noteParts } from './notes';
import type { Round } from './round';

/** The measures, and what could not be read as typed (each naming its cell). */
export function progressMeasures(grid: Grid, sheet: Label, round: Round): { measures: ProgressMeasure[]; warnings: Label[] } {
  const { read, rows } = readPlanMeasures(grid, sheet);
  const warnings: Label[] = [];
  const fraction = progressIsFraction(rows.map((row) => fieldValue(read, row, 'progress')));
  const measures = rows.map((row, k) => measureAt(read, row, k + 1, round, { sheet, fraction, warn: (w) => warnings.push(w) }));
  return { measures, warnings };
}

interface Context {
  sheet: Label;
  /** The progress column holds fractions of a percent format (0.5 is 50 %). */
  fraction: boolean;
  warn: (w: Label) => void;
}

function measureAt(read: PlanSheetRead, row: PlanSheetRow, no: number, round: Round, ctx: Context): ProgressMeasure {
  const get = (f: PlanField) => fieldValue(read, row, f);
  const column = (f: PlanField) => columnLetter((read.columns[f] ?? 0) + 1);
  const where = (f: PlanField): Label => {
    const cell = `${column(f)}${row.index + 1}`;
    return { th: `${ctx.sheet.th} เซลล์ ${cell}`, en: `${ctx.sheet.en} cell ${cell}` };
  };
  const said = <T extends { warning: Label | null }>(r: T): T => {
    if (r.warning) ctx.warn(r.warning);
    return r;
  };
  const status = cellText(get('status'));
  const meaning = statusMeaning(status);
  if (meaning === 'unknown') ctx.warn(unreadStatus(where('status'), status));
  const progress = said(readProgress(get('progress'), ctx.fraction, where('progress'))).value;
  const start = said(readDay(get('start'), round.planYear, where('start'))).day;
  const deadline = said(readDay(get('deadline'), round.planYear, where('deadline'))).day;
  const revised = said(readDay(get('revised'), round.planYear, where('revised'))).day;
  // Column and row apart: in Thai digits 'แถวที่ ๖' reads well where 'L๖' would not.
  const typed = { text: status, where: `คอลัมน์ ${column('status')} แถวที่ ${row.index + 1}` };
  const milestones = readMilestones(cellText(get('followUp')));
  const judged = judge(
    { status: meaning, progress, start, due: revised ?? deadline, milestones, steps: stepCount(cellText(get('steps'))), typed },
    round.asOf,
    round.from,
  );
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

function unreadStatus(where: Label, text: string): Label {
  return {
    th: `${where.th}: อ่านสถานะ "${text}" ไม่ได้ จึงนับแยกเป็น "อ่านสถานะไม่ได้" ไม่นับเป็นแล้วเสร็จหรือยังไม่แล้วเสร็จ โปรดเลือกสถานะจากรายการ (ยังไม่เริ่ม กำลังดำเนินการ เสร็จแล้ว ยกเลิก)`,
    en: `${where.en}: the status "${text}" cannot be read, so the measure is counted apart as "status unreadable", neither done nor not done; choose a status from the list`,
  };
}
