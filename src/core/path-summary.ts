/** The path to the target for an analysis, and its one-line answer for the sidebar and the CLI. */
import type { Bilingual } from './analysis';
import { topTotal } from './editions/levels';
import type { Edition, ToolId } from './editions/types';
import { fixed2 } from './numbers';
import type { ScoreSheet } from './score-sheet';
import { checkItemsAgainstIndicators, pathToTarget, type Path } from './worth';

export interface Paths {
  /** Toward the analysis target (default 85). */
  target: Path;
  /** Toward the top band or level (95). */
  top: Path;
}

/** Paths exist only when the sheet gives OIT item scores (the candidates to publish). */
export function pathsOf(edition: Edition, sheet: ScoreSheet, indicators: number[], target: number): Paths | null {
  const items = new Map(sheet.items.map((i) => [i.code, i.score]));
  if (!sheet.items.some((i) => i.code.startsWith('o'))) return null;
  const input = { edition, indicators, tools: sheet.tools as Partial<Record<ToolId, number>>, items };
  return { target: pathToTarget(input, target), top: pathToTarget(input, Math.max(topTotal(edition), target)) };
}

/** Items that do not reproduce the indicator scores: a typo, or an unverified structure. */
export function itemChecks(edition: Edition, sheet: ScoreSheet, indicators: number[]): Bilingual[] {
  const items = new Map(sheet.items.map((i) => [i.code, i.score]));
  return checkItemsAgainstIndicators(edition, indicators, items)
    .filter((c) => !c.matches)
    .map((c) => ({
      th: `คะแนนรายข้อของตัวชี้วัดที่ ${c.indicator} คำนวณได้ ${fixed2(c.recomputed)} แต่คะแนนตัวชี้วัดที่ระบุคือ ${fixed2(c.published)}${c.estimate ? ' (โครงสร้างรายข้อของเกณฑ์นี้ยังไม่ได้รับการยืนยัน ค่าความคุ้มค่าจึงเป็นค่าประมาณ)' : ' โปรดตรวจสอบคะแนนที่พิมพ์'}`,
      en: `Item scores of indicator ${c.indicator} give ${fixed2(c.recomputed)} but the indicator score given is ${fixed2(c.published)}${c.estimate ? ' (this edition\'s item structure is unverified, so worths are estimates)' : ': check what was typed'}`,
    }));
}

/** "Publish 1 item (o6) to reach 95: total 98.47." in Thai and English. */
export function pathLine(p: Path): Bilingual {
  const codes = p.steps.map((s) => s.code).join(', ');
  const estimate = p.estimate ? ' (ค่าประมาณ)' : '';
  const estimateEn = p.estimate ? ' (estimate)' : '';
  if (p.reached && !p.steps.length) {
    return { th: `ถึงค่าเป้าหมาย ${p.target} แล้ว (คะแนนรวม ${fixed2(p.start)})`, en: `Target ${p.target} already reached (total ${fixed2(p.start)})` };
  }
  const last = p.steps[p.steps.length - 1];
  if (p.reached) {
    return {
      th: `เผยแพร่ข้อมูล OIT เพิ่ม ${p.steps.length} รายการ (${codes}) จะได้คะแนนรวม ${fixed2(last.totalAfter)} ถึงค่าเป้าหมาย ${p.target}${estimate}`,
      en: `Publish ${p.steps.length} more OIT item(s) (${codes}) to reach ${p.target}: total ${fixed2(last.totalAfter)}${estimateEn}`,
    };
  }
  const cheap = p.cheapest[0];
  const where = cheap ? ` ตัวชี้วัดที่คุ้มค่าที่สุดคือตัวชี้วัดที่ ${cheap.indicator} (${cheap.perPoint} คะแนนรวมต่อ 1 คะแนน)` : '';
  const whereEn = cheap ? `; cheapest on indicator ${cheap.indicator} (${cheap.perPoint} total points per point)` : '';
  return {
    th: `แม้เผยแพร่ข้อมูล OIT ครบทุกรายการ${codes ? ` (${codes})` : ''} ยังขาดอีก ${fixed2(p.remaining)} คะแนนจาก IIT/EIT${where}${estimate}`,
    en: `Even with every OIT item published${codes ? ` (${codes})` : ''}, ${fixed2(p.remaining)} points must come from IIT/EIT${whereEn}${estimateEn}`,
  };
}
