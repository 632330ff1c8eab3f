/**
 * A plan as divisions leave it by the middle of the year: statuses, progress, a postponed
 * deadline and notes typed, one measure cancelled, one marked no longer needed, one added by hand
 * (GRID_FAILING's plan for 2569: 14 generated rows, 13 of them live, and the added one as no. 14).
 */
import type { Grid } from '../../../src/core/grid';
import { ANALYSIS_SHEET, PLAN_SHEET } from '../../../src/core/sheet-names';
import { runPipeline } from '../../../src/core/pipeline';
import { COL, OBSOLETE_MARK, STATUS } from '../../../src/core/plan';
import type { DigitStyle } from '../../../src/core/numbers';
import { countByOwner, countStates, type RoundChoice } from '../../../src/core/progress';
import { progressFromSources, type ProgressReportModel, type ProgressSources } from '../../../src/core/report';
import { specToGrid } from '../layout/sheet-grid';
import { GRID_FAILING } from '../report/fixtures';

/** Row index in the grid of plan measure no (header on sheet row 3). */
export const rowOf = (no: number) => 2 + no;
export const ADDED_MEASURE = 'อบรมจริยธรรมสำหรับพนักงานจ้างใหม่';
export const EDUCATION = 'กองการศึกษา ศาสนาและวัฒนธรรม';

export interface Edit {
  status?: string;
  progress?: number | string;
  revised?: string;
  note?: string;
}

/** Measures the plan spread to other divisions that the coordinator's office (สำนักปลัด) took back. */
export const TAKEN_BACK = [6, 7, 8, 11];

/** What the divisions typed, by plan measure number. */
export const EDITS: Record<number, Edit> = {
  1: { status: STATUS.inProgress, progress: 60, note: 'ผลการดำเนินงาน: เผยแพร่แผนดำเนินงานประจำปีบนเว็บไซต์แล้ว' },
  2: { status: STATUS.inProgress, progress: 40, note: 'ปัญหา/อุปสรรค: ผู้รับจ้างพัฒนาระบบส่งงานล่าช้า\nข้อเสนอแนะ: เร่งรัดการตรวจรับและทดสอบระบบ' },
  3: { status: STATUS.done, progress: 100, note: 'ปรับปรุงช่องทางร้องเรียนออนไลน์และแจ้งเวียนทุกกองแล้ว' },
  4: { status: STATUS.cancelled, note: 'ยกเลิกเนื่องจากรวมไว้ในมาตรการที่ 1' },
  5: { status: '', progress: '' },
  6: { status: STATUS.inProgress, progress: '50%', note: 'บุคลากรติดภารกิจการเลือกตั้งท้องถิ่น' },
  7: { status: STATUS.inProgress, progress: 40, revised: '2026-05-31', note: 'เลื่อนการจัดเวทีประชาคมเป็นเดือนเมษายน ข้อเสนอแนะ: ประสานผู้นำชุมชนล่วงหน้า' },
  8: { status: STATUS.inProgress, progress: 20 },
  9: { status: STATUS.inProgress, progress: 50 },
  10: { status: STATUS.done, progress: 100 },
  11: { status: STATUS.done, progress: '' },
  12: { status: STATUS.inProgress, progress: 70 },
  // 13 left as generated: not started.
  14: { note: `${OBSOLETE_MARK} ` }, // a regeneration found it no longer needed
};

const run = () => runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', today: { y: 2025, m: 10, d: 1 } });

/** The sheets the follow-up reads: the analysis sheet (agency, year) and the plan as divisions left it. */
export function followedSources(fields?: Grid): ProgressSources {
  const analysis = specToGrid(run().model.sheets.find((s) => s.name === ANALYSIS_SHEET)!);
  return { analysis, plan: { name: PLAN_SHEET, grid: followedPlan() }, fields };
}

export function followedModel(round: RoundChoice, opts: { fields?: Grid; digits?: DigitStyle } = {}): ProgressReportModel {
  return progressFromSources(followedSources(opts.fields), { round, digits: opts.digits }, { th: 'ไฟล์ทดสอบ', en: 'the test file' }, { y: 2026, m: 4, d: 3 });
}

/** The model with measure `no`'s status typed as 'รอ' (row 9 of the plan sheet), as the follow-up judges it. */
export function withUnreadStatus(m: ProgressReportModel, no: number): ProgressReportModel {
  const reason = 'อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ 9) ไม่ได้ โปรดเลือกสถานะจากรายการ';
  const measures = m.measures.map((r) => (r.no === no ? { ...r, status: 'รอ', state: 'unread' as const, reason } : r));
  return { ...m, measures, counts: countStates(measures), owners: countByOwner(measures) };
}

export function followedPlan(): Grid {
  const plan = specToGrid(run().model.sheets.find((s) => s.name === PLAN_SHEET)!);
  for (const no of TAKEN_BACK) plan[rowOf(no)][COL.owner] = 'สำนักปลัด';
  for (const [no, e] of Object.entries(EDITS)) {
    const row = plan[rowOf(Number(no))];
    if (e.status !== undefined) row[COL.status] = e.status;
    if (e.progress !== undefined) row[COL.progress] = e.progress;
    if (e.revised) row[COL.revised] = { date: e.revised };
    if (e.note) row[COL.note] = e.note;
  }
  const added = new Array(plan[0].length).fill('');
  added[COL.no] = 15;
  added[COL.measure] = ADDED_MEASURE;
  added[COL.owner] = EDUCATION;
  added[COL.start] = { date: '2026-01-01' };
  added[COL.deadline] = '28 ก.พ. ๒๕๖๙'; // typed as text, Thai digits
  added[COL.status] = STATUS.inProgress;
  added[COL.progress] = 50;
  plan.push(added);
  return plan;
}
