/** The `มาตรการของแผนปีก่อนที่ยังไม่แล้วเสร็จ` section: what the plan kept under its year left open. */
import type { OldSeason } from '../season';
import { COLORS, type SheetBuilder } from './builder';

export const PREVIOUS_PLAN_SECTION = 'มาตรการของแผนปีก่อนที่ยังไม่แล้วเสร็จ';

export function previousPlanSection(b: SheetBuilder, old: OldSeason | undefined): void {
  if (!old || old.why !== 'year') return;
  b.blank();
  b.row([PREVIOUS_PLAN_SECTION], { bold: true, fontSize: 12, fontColor: COLORS.title });
  // The sheet's name stays as the tab shows it; the rest follows the sheet's digits.
  b.rowAsIs([
    `${b.text(`แผนมาตรการประจำปีงบประมาณ พ.ศ. ${old.planYear}`)} (แผ่นงาน "${old.sheet}") ${b.text(`ณ สิ้นปีงบประมาณ: ยังไม่แล้วเสร็จ ${old.unfinished.length} มาตรการ`)}`,
  ]);
  if (!old.unfinished.length) return;
  // Not the plan's own header texts: this table must never be taken for a plan.
  b.header(['ลำดับในแผนเดิม', 'ชื่อมาตรการ', 'กอง/สำนัก', 'สถานะ ณ สิ้นปี', 'ความคืบหน้า ณ สิ้นปี (%)']);
  const t = b.table(
    old.unfinished.map((u) => [u.no, u.measure, u.owner || '-', u.status || 'ไม่ระบุ', u.progress ?? '']),
    5,
  );
  b.style({ ...t, col: 1, cols: 1 }, { hAlign: 'center' });
  b.style({ ...t, col: 5, cols: 1 }, { hAlign: 'center', numberFormat: '0' });
}
