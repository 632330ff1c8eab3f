/**
 * `ita-analysis progress WORKBOOK.xlsx`: the follow-up of the plan for a round, from a workbook we
 * wrote as the divisions left it: a summary on stdout (counts per division, the late measures
 * first), the follow-up report (.docx) and, with --write-sheet, the `ติดตามมาตรการ ITA` sheet in the
 * workbook. Dates are judged on the Bangkok calendar, whatever the machine's time zone.
 */
import { dirname, join } from 'node:path';
import { progressSheet } from '../core/layout/progress-sheet';
import { PROGRESS_SHEET } from '../core/sheet-names';
import {
  attentionOrder,
  COUNT_ORDER,
  liveCount,
  NEEDS_ATTENTION,
  nothingToReport,
  shownStates,
  roundTag,
  roundText,
  STATE_LABEL,
  type MeasureState,
  type ProgressMeasure,
  type StateCounts,
} from '../core/progress';
import { progressFromSources, type ProgressReportModel } from '../core/report';
import { sourcesFromWorkbook } from '../core/sources';
import { dayToIso, thaiDate, type Day } from '../core/dates';
import { planSheetNamed } from '../core/season';
import { renderProgressReport } from '../report-docx/progress';
import { writeWorkbookAtomically } from './atomic-write';
import { writeBytesAtomically } from './docx-write';
import { resultFileName } from './file-name';
import { todayHere } from './today';
import { readInput } from './read-input';
import { parseProgressCommand } from './report-args';
import { requireWorkbook } from './report-command';
import { errorLabel } from './summary';
import { renderWorkbook } from './xlsx-render';

export async function progressMain(argv: string[]): Promise<number> {
  try {
    const args = parseProgressCommand(argv);
    requireWorkbook(args.input);
    const input = await readInput(args.input);
    const today = todayHere();
    const where = { th: `ไฟล์ ${args.input}`, en: args.input };
    const sources = sourcesFromWorkbook(input.sheets);
    // An earlier year's plan, kept under its year when a new season started in the same file.
    if (args.plan !== undefined) sources.plan = planSheetNamed(input.sheets, args.plan, where);
    const model = progressFromSources(sources, { round: args.round, digits: args.digits, docDate: args.docDate }, where, today);
    if (args.writeSheet && input.workbook) {
      renderWorkbook({ sheets: [progressSheet(model, { madeOn: today })] }, input.workbook);
      await writeWorkbookAtomically(input.workbook, args.input, input.stamp);
    }
    const path =
      args.out === true ? join(dirname(args.input), resultFileName(model.agency, `${model.planYear}-${roundTag(model.round)}`, 'progress').name) : args.out;
    await writeBytesAtomically(await renderProgressReport(model), path);
    const written = { report: path, sheet: args.writeSheet ? args.input : null };
    process.stdout.write(args.json ? `${JSON.stringify(progressJson(model, written), null, 2)}\n` : progressText(model, written));
    return 0;
  } catch (e) {
    const { th, en } = errorLabel(e);
    process.stderr.write(`${th} / ${en}\n`);
    return 1;
  }
}

const EN: Record<MeasureState, string> = {
  done: 'done',
  onTrack: 'on track',
  atRisk: 'at risk',
  late: 'late',
  unread: 'status unreadable',
  cancelled: 'cancelled',
};

/** The summary printed: the round, counts (all and per division), then the measures late, at risk or with a status we cannot read. */
export function progressText(m: ProgressReportModel, written: { report: string; sheet: string | null }): string {
  const states = shownStates(COUNT_ORDER, m.counts);
  const counts = (c: StateCounts, words: Record<MeasureState, string> = STATE_LABEL) => states.map((s) => `${words[s]} ${c[s]}`).join(', ');
  const urgent = attentionOrder(m.measures).filter((r) => NEEDS_ATTENTION.includes(r.state));
  return [
    `หน่วยงาน / Agency: ${m.agency} (มาตรการประจำปีงบประมาณ พ.ศ. ${m.planYear})`,
    `รอบ / Round: ${roundText(m.round)}`,
    ...(liveCount(m.counts)
      ? [
          `มาตรการ / Measures: ${m.counts.total} (${counts(m.counts)} / ${counts(m.counts, EN)})`,
          ...m.owners.map((o) => `  ${o.owner}: ${o.counts.total} (${counts(o.counts)})`),
        ]
      : [`มาตรการ / Measures: ${nothingToReport(m.counts).th} / ${nothingToReport(m.counts).en}`]),
    ...(urgent.length ? ['ต้องเร่งรัด / Needs attention:', ...urgent.map(urgentLine)] : []),
    ...m.warnings.map((w) => `ข้อสังเกต / Note: ${w.th} / ${w.en}`),
    ...(written.sheet ? [`แผ่นงาน / Sheet: ${PROGRESS_SHEET} (${written.sheet})`] : []),
    `รายงาน / Report: ${written.report}`,
    '',
  ].join('\n');
}

/**
 * The follow-up for scripts: counts (every outcome, 'unread' among them), per division, and each
 * measure with its outcome in Thai, its reason and its days as ISO dates.
 */
export function progressJson(m: ProgressReportModel, written: { report: string; sheet: string | null }) {
  const iso = (d: Day | null) => (d ? dayToIso(d) : null);
  return {
    agency: m.agency,
    planYear: m.planYear,
    round: roundText(m.round),
    asOf: dayToIso(m.round.asOf),
    counts: m.counts,
    owners: m.owners,
    measures: m.measures.map((r) => ({
      no: r.no,
      measure: r.measure,
      owner: r.owner,
      status: r.status,
      progress: r.progress,
      deadline: iso(r.deadline) ?? r.deadlineText,
      revised: iso(r.revised) ?? r.revisedText,
      state: r.state,
      outcome: STATE_LABEL[r.state],
      reason: r.reason,
      daysLate: r.daysLate,
    })),
    warnings: m.warnings,
    ...written,
  };
}

function urgentLine(r: ProgressMeasure): string {
  const due = r.revised
    ? `กำหนดใหม่ ${thaiDate(r.revised)} (ตามแผน ${r.deadline ? thaiDate(r.deadline) : r.deadlineText || '-'})`
    : `กำหนด ${r.deadline ? thaiDate(r.deadline) : r.deadlineText}`;
  return `  ${r.no}. ${r.measure} (${r.owner || '-'}) ${STATE_LABEL[r.state]}: ${r.reason} (${due})`;
}
