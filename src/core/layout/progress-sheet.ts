/**
 * The follow-up → the `ติดตามมาตรการ ITA` sheet (rewritten at every follow-up): counts per division, then
 * every measure with the most urgent first: late, at risk, status unreadable, on track, done, cancelled. The original
 * deadline and a new one a division typed stand side by side. Text is in Thai digits by default.
 */
import { thaiDate, dayToIso, type Day } from '../dates';
import type { DigitStyle } from '../numbers';
import {
  attentionOrder,
  COUNT_ORDER,
  NO_OWNER,
  roundText,
  RULES_TEXT,
  shownStates,
  STATE_LABEL,
  type MeasureState,
  type ProgressMeasure,
  type StateCounts,
} from '../progress';
import type { ProgressReportModel } from '../report/progress-model';
import { COLORS, SheetBuilder } from './builder';
import type { SheetSpec } from './model';
import type { CellValue } from '../grid';
import { DATE_FORMAT } from './plan-sheet';
import { PLAN_SHEET, PROGRESS_SHEET, PROGRESS_TITLE } from '../sheet-names';

const COLUMNS = [
  'ลำดับในแผน',
  'มาตรการ/โครงการ/กิจกรรม',
  'ผู้รับผิดชอบ',
  'กำหนดแล้วเสร็จ (ตามแผน)',
  'กำหนดแล้วเสร็จใหม่ (กรณีเลื่อน)',
  'สถานะที่รายงาน',
  'ความคืบหน้า (%)',
  'ระยะเวลาที่ผ่านไป (%)',
  'ผลการติดตาม',
  'เหตุผล',
  'เกินกำหนด (วัน)',
  'ผลการดำเนินงาน ปัญหา และข้อเสนอแนะ',
];
const WIDTHS = [70, 300, 170, 120, 130, 120, 90, 100, 140, 260, 90, 360];
const FILL: Record<MeasureState, string | null> = {
  late: COLORS.fail,
  atRisk: COLORS.amber,
  unread: COLORS.amber,
  onTrack: null,
  done: COLORS.pass,
  cancelled: COLORS.muted,
};

export interface ProgressSheetOptions {
  /** The day the sheet is written (Thai time). */
  madeOn: Day;
  digits?: DigitStyle;
}

export function progressSheet(m: ProgressReportModel, options: ProgressSheetOptions): SheetSpec {
  const b = new SheetBuilder(PROGRESS_SHEET, 'replace', WIDTHS, options.digits ?? m.digits);
  b.spec.rewritten = true;
  b.title(`${PROGRESS_TITLE} ${roundText(m.round)}`, COLUMNS.length);
  b.row([`${m.agency} · มาตรการประจำปีงบประมาณ พ.ศ. ${m.planYear} · จากแผ่นงาน ${PLAN_SHEET} ตามที่หน่วยงานรายงาน ณ วันที่ ${thaiDate(options.madeOn)}`], {
    italic: true,
  });
  b.row([`สถานะ ณ สิ้นวันที่ ${thaiDate(m.round.asOf)}: ${RULES_TEXT}`], { fontColor: '#555555' });
  b.spec.frozenRows = 1;

  b.blank();
  b.row(['สรุปรายหน่วยงาน'], { bold: true, fontSize: 12 });
  const states = shownStates(COUNT_ORDER, m.counts);
  const headers = ['ผู้รับผิดชอบ', 'จำนวนมาตรการ', ...states.map((s) => STATE_LABEL[s])];
  b.header(headers);
  const counts = (c: StateCounts): CellValue[] => [c.total, ...states.map((s) => c[s])];
  const owners = b.table([...m.owners.map((o) => [o.owner, ...counts(o.counts)]), ['รวมทุกหน่วยงาน', ...counts(m.counts)]], headers.length);
  b.style({ ...owners, col: 2, cols: headers.length - 1 }, { hAlign: 'center' });
  b.style({ ...owners, row: owners.row + owners.rows - 1, rows: 1 }, { bold: true, background: COLORS.band });

  b.blank();
  b.row(['รายมาตรการ เรียงตามความเร่งด่วน (ล่าช้ากว่ากำหนดก่อน)'], { bold: true, fontSize: 12 });
  b.header(COLUMNS);
  const ordered = attentionOrder(m.measures);
  const table = b.table(ordered.map(measureRow), COLUMNS.length);
  ordered.forEach((r, k) => {
    const fill = FILL[r.state];
    if (fill)
      b.style(
        { row: table.row + k, col: 1, rows: 1, cols: COLUMNS.length },
        { background: fill, ...(r.state === 'late' ? { fontColor: COLORS.failText } : {}) },
      );
  });
  for (const col of [1, 7, 8, 11]) b.style({ ...table, col, cols: 1 }, { hAlign: 'center' });
  for (const col of [4, 5]) b.style({ ...table, col, cols: 1 }, { numberFormat: DATE_FORMAT, hAlign: 'center' });
  if (m.warnings.length) {
    b.blank();
    b.row(['ข้อสังเกตจากการอ่านแผ่นงานมาตรการ'], { bold: true, fontSize: 12 });
    // Messages name cells (L6): their digits stay Arabic.
    for (const w of m.warnings) b.rowAsIs([`• ${w.th}`], { fontColor: COLORS.failText });
  }
  b.spec.print.landscape = true;
  return b.spec;
}

function measureRow(r: ProgressMeasure): CellValue[] {
  const day = (d: Day | null, typed: string): CellValue => (d ? { date: dayToIso(d) } : typed);
  const outcome = `${STATE_LABEL[r.state]}${r.revised ? ' (เลื่อนกำหนด)' : ''}`;
  const said = [...r.results, ...r.problems.map((t) => `ปัญหา/อุปสรรค: ${t}`), ...r.suggestions.map((t) => `ข้อเสนอแนะ: ${t}`)].join('\n');
  return [
    r.no,
    r.added ? `${r.measure} (เพิ่มเติมโดยหน่วยงาน)` : r.measure,
    r.owner || NO_OWNER,
    day(r.deadline, r.deadlineText),
    day(r.revised, r.revisedText),
    r.status || '-',
    r.progress ?? '',
    r.elapsed ?? '',
    outcome,
    r.reason,
    r.state === 'late' ? r.daysLate : '',
    said,
  ];
}
