/** The `เส้นทางสู่เป้าหมาย` section: which missing OIT items to publish first, and what each is worth. */
import type { Analysis } from '../analysis';
import { fixed2 } from '../numbers';
import { pathLine } from '../path-summary';
import type { Path } from '../worth';
import { COLORS, type SheetBuilder } from './builder';

export function pathSection(b: SheetBuilder, a: Analysis): void {
  if (!a.paths) return;
  b.blank();
  b.row(['เส้นทางสู่เป้าหมาย (รายการ OIT ที่ควรเผยแพร่ก่อน เรียงตามคะแนนรวมที่ได้เพิ่ม)'], { bold: true, fontSize: 12, fontColor: COLORS.title });
  for (const p of uniquePaths(a.paths.target, a.paths.top)) {
    b.row([`ค่าเป้าหมาย ${p.target}: ${pathLine(p).th}`], { bold: true });
    if (p.steps.length) {
      b.header(['ลำดับ', 'รายการ OIT', 'ตัวชี้วัดย่อย', 'คะแนนรวมที่เพิ่มขึ้น', 'คะแนนรวมสะสม', 'คะแนน OIT สะสม']);
      const t = b.table(
        p.steps.map((s, k) => [k + 1, `${s.code} ${s.nameTh}`, s.sub ?? '', s.points, s.totalAfter, s.oitAfter]),
        6,
      );
      b.style({ ...t, col: 4, cols: 3 }, { numberFormat: '0.00' });
    }
    for (const bl of p.blockers) {
      b.row([`• ${bl.tool} ได้ ${fixed2(bl.score)} ต่ำกว่า ${bl.needed} ซึ่งการเผยแพร่ข้อมูล OIT ช่วยไม่ได้ ต้องยกระดับผลการรับรู้ (IIT/EIT)`]);
    }
  }
}

function uniquePaths(a: Path, b: Path): Path[] {
  return a.target === b.target ? [a] : [a, b];
}
