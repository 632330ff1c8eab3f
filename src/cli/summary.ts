/** What the command line prints: one summary per agency, failures named, as text or JSON. */
import { describeError, ItaError, type Label } from '../core/errors';

export interface Summary {
  sheet: string;
  agency: string;
  year: number;
  score: number;
  /** The recomputed total, shown beside the published one as its check. */
  computed: number | null;
  level: string | null;
  levelEn: string | null;
  levelNote: string | null;
  /** The framework used: a built-in edition or the user's definition, by name. */
  framework: Label;
  passing: number;
  failing: number;
  measures: number;
  kept: number;
  /** Measures this run marked no longer needed, and those kept live because work had started on them. */
  obsolete: number;
  keptForWork: number;
  path: { th: string; en: string } | null;
  /** Earlier years compared, the total's change from the latest of them, the indicators ranked up for their fall. */
  history: { years: number[]; total: string; from: number | null; rankedUp: number[] } | null;
  /** Last season's plan, kept under its year instead of being merged: where, and how much was left unfinished. */
  oldPlan?: { sheet: string; planYear: number; unfinished: number };
  warnings: Label[];
  /** About the file rather than the analysis: a shortened or de-duplicated name, cut text. */
  notices: Label[];
  output: string;
  /** The document written beside the workbook (--report). */
  report?: string;
}

export interface Failure {
  sheet: string;
  error: Label;
}

export type Outcome = Summary | Failure;

export const isFailure = (o: Outcome): o is Failure => 'error' in o;

/** Exit codes: 0 all written, 2 some agencies failed (the others were written), 1 nothing written. */
export function exitCode(outcomes: Outcome[]): number {
  const failed = outcomes.filter(isFailure).length;
  if (failed === 0) return 0;
  return failed === outcomes.length ? 1 : 2;
}

export function outcomesText(outcomes: Outcome[]): string {
  const done = outcomes.filter((o): o is Summary => !isFailure(o));
  const failed = outcomes.filter(isFailure);
  const text = done.map(summaryText).join('\n');
  if (outcomes.length === 1) return text;
  return [
    text,
    `ผลรวม / Total: สำเร็จ ${done.length} ไม่สำเร็จ ${failed.length} จาก ${outcomes.length} แผ่นงาน / ${done.length} written, ${failed.length} failed of ${outcomes.length} sheets`,
    ...failed.map(failureLine),
    '',
  ].join('\n');
}

export function failureLine(f: Failure): string {
  return `ไม่สำเร็จ: แผ่นงาน "${f.sheet}" ${f.error.th} / Failed: sheet "${f.sheet}" ${f.error.en}`;
}

/** Anything thrown, as one line for stderr: never a library's sentence or a stack trace. */
export function errorLabel(e: unknown): Label {
  if (e instanceof ItaError) return { th: e.th, en: e.en };
  if (process.env.ITA_DEBUG) return describeError(e);
  const name = e instanceof Error ? e.name : typeof e;
  return {
    th: `เกิดข้อผิดพลาดภายในโปรแกรม (${name}) โปรดแจ้งผู้พัฒนาพร้อมไฟล์ที่ใช้ (ตั้งค่า ITA_DEBUG=1 เพื่อดูรายละเอียด)`,
    en: `Internal error (${name}); please report it with the file used (set ITA_DEBUG=1 for details)`,
  };
}

function summaryText(s: Summary): string {
  return [
    `หน่วยงาน / Agency: ${s.agency} (ปีงบประมาณ พ.ศ. ${s.year})`,
    `คะแนนรวม / Score: ${s.score.toFixed(2)}${s.computed === null || s.computed === s.score ? '' : ` (คะแนนที่คำนวณได้ / recomputed ${s.computed.toFixed(2)})`}`,
    `ระดับ / Level: ${s.level ? `${s.level} (${s.levelEn})` : (s.levelNote ?? '-')}`,
    `กรอบการประเมิน / Framework: ${s.framework.th}`,
    `ตัวชี้วัดผ่าน/ไม่ผ่าน ค่าเป้าหมาย / Indicators passing/failing: ${s.passing}/${s.failing}`,
    `มาตรการ / Measures: ${s.measures}${s.kept ? ` (คงข้อมูลเดิม ${s.kept} แถว / ${s.kept} rows kept)` : ''}`,
    ...(s.obsolete || s.keptForWork
      ? [`ไม่จำเป็นแล้ว / No longer needed: ${s.obsolete} มาตรการ (คงไว้เพราะเริ่มดำเนินการแล้ว ${s.keptForWork} / ${s.keptForWork} kept, work had started)`]
      : []),
    ...(s.path ? [`เส้นทางสู่เป้าหมาย / Path: ${s.path.th}`] : []),
    ...(s.history ? [historyLine(s.history)] : []),
    ...(s.oldPlan
      ? [
          `แผนปีก่อน / Last year's plan: แผ่นงาน "${s.oldPlan.sheet}" (พ.ศ. ${s.oldPlan.planYear}) ยังไม่แล้วเสร็จ ${s.oldPlan.unfinished} มาตรการ / ${s.oldPlan.unfinished} unfinished`,
        ]
      : []),
    ...s.warnings.map((w) => `ข้อสังเกต / Note: ${w.th}`),
    ...s.notices.map((n) => `หมายเหตุเรื่องไฟล์ / File notice: ${n.th} / ${n.en}`),
    `ไฟล์ / File: ${s.output}`,
    ...(s.report ? [`รายงาน / Report: ${s.report}`] : []),
    '',
  ].join('\n');
}

function historyLine(h: NonNullable<Summary['history']>): string {
  const since = h.from === null ? '' : ` จากปี ${h.from}`;
  const ranked = h.rankedUp.length ? ` ตัวชี้วัดที่ ${h.rankedUp.join(', ')} คะแนนลดลงต่อเนื่องหรือต่ำกว่าค่าเป้าหมาย จึงจัดมาตรการไว้ลำดับต้น` : '';
  return `เทียบกับปีก่อน / Earlier years: พ.ศ. ${h.years.join(', ')} คะแนนรวม ${h.total}${since}${ranked}`;
}
