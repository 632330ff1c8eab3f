/**
 * `ita-analysis progress WORKBOOK.xlsx`: the follow-up of the plan for a round, from a workbook we
 * wrote as the divisions left it: a summary on stdout (counts per division, the late measures
 * first), the follow-up report (.docx) and, with --write-sheet, the `ติดตามมาตรการ ITA` sheet in the
 * workbook. Dates are judged on the Bangkok calendar, whatever the machine's time zone.
 */
import { dirname, join } from 'node:path';
import { progressSheet, PROGRESS_SHEET } from '../core/layout/progress-sheet';
import { attentionOrder, COUNT_ORDER, roundTag, roundText, STATE_LABEL, type MeasureState, type ProgressMeasure, type StateCounts } from '../core/progress';
import { progressFromSources, sourcesFromWorkbook, type ProgressReportModel } from '../core/report';
import { thaiDate } from '../core/dates';
import { renderProgressReport } from '../report-docx/progress';
import { writeWorkbookAtomically } from './atomic-write';
import { writeBytesAtomically } from './docx-write';
import { resultFileName } from './file-name';
import { todayInBangkok } from './plan-workbook';
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
    const today = todayInBangkok();
    const model = progressFromSources(sourcesFromWorkbook(input.sheets), { round: args.round, digits: args.digits, docDate: args.docDate }, { th: `ไฟล์ ${args.input}`, en: args.input }, today);
    if (args.writeSheet && input.workbook) {
      renderWorkbook({ sheets: [progressSheet(model, { madeOn: today })] }, input.workbook);
      await writeWorkbookAtomically(input.workbook, args.input, input.stamp);
    }
    const path = args.out === true ? join(dirname(args.input), resultFileName(model.agency, `${model.planYear}-${roundTag(model.round)}`, 'progress').name) : args.out;
    await writeBytesAtomically(await renderProgressReport(model), path);
    process.stdout.write(progressText(model, { report: path, sheet: args.writeSheet ? args.input : null }));
    return 0;
  } catch (e) {
    const { th, en } = errorLabel(e);
    process.stderr.write(`${th} / ${en}\n`);
    return 1;
  }
}

const EN: Record<MeasureState, string> = { done: 'done', onTrack: 'on track', atRisk: 'at risk', late: 'late', cancelled: 'cancelled' };

/** The summary printed: the round, counts (all and per division), then the late and at-risk measures. */
export function progressText(m: ProgressReportModel, written: { report: string; sheet: string | null }): string {
  const counts = (c: StateCounts, words: Record<MeasureState, string> = STATE_LABEL) => COUNT_ORDER.map((s) => `${words[s]} ${c[s]}`).join(', ');
  const urgent = attentionOrder(m.measures).filter((r) => r.state === 'late' || r.state === 'atRisk');
  return [
    `หน่วยงาน / Agency: ${m.agency} (มาตรการประจำปีงบประมาณ พ.ศ. ${m.planYear})`,
    `รอบ / Round: ${roundText(m.round)}`,
    `มาตรการ / Measures: ${m.counts.total} (${counts(m.counts)} / ${counts(m.counts, EN)})`,
    ...m.owners.map((o) => `  ${o.owner}: ${o.counts.total} (${counts(o.counts)})`),
    ...(urgent.length ? ['ต้องเร่งรัด / Needs attention:', ...urgent.map(urgentLine)] : []),
    ...(written.sheet ? [`แผ่นงาน / Sheet: ${PROGRESS_SHEET} (${written.sheet})`] : []),
    `รายงาน / Report: ${written.report}`,
    '',
  ].join('\n');
}

function urgentLine(r: ProgressMeasure): string {
  const due = r.revised ? `กำหนดใหม่ ${thaiDate(r.revised)} (ตามแผน ${r.deadline ? thaiDate(r.deadline) : r.deadlineText || '-'})` : `กำหนด ${r.deadline ? thaiDate(r.deadline) : r.deadlineText}`;
  const how = r.state === 'late' ? (r.daysLate ? `เกินกำหนด ${r.daysLate} วัน` : 'ครบกำหนดแล้ว') : `เหลือ ${r.daysLeft} วัน`;
  return `  ${r.no}. ${r.measure} (${r.owner || '-'}) ${STATE_LABEL[r.state]}: ${due}, ${how}`;
}
