/** The path to the target for an analysis, and its one-line answer for the sidebar and the CLI. */
import { topTotal } from './editions/levels';
import type { Edition, ToolId } from './editions/types';
import type { Label as Bilingual } from './errors';
import { fixed2 } from './numbers';
import type { ScoreSheet } from './score-sheet';
import { checkItemsAgainstIndicators, oitCoverage, pathToTarget, type Path } from './worth';

export interface Paths {
  /** Toward the analysis target (default 85). */
  target: Path;
  /** Toward the top band or level (95). */
  top: Path;
}

/** The assumed OIT sub-indicator grouping is stated once, in the notes (the list's caveat); other lines point there. */
const SEE_GROUPING: Bilingual = {
  th: 'การแบ่งรายการ OIT เป็นตัวชี้วัดย่อยเป็นการสันนิษฐาน ดูข้อสังเกตเรื่องการแบ่งรายการ OIT และกำหนดเองได้ในแผ่นงาน กรอบการประเมิน',
  en: 'the OIT sub-indicator grouping is assumed: see the note on it, and define it in the กรอบการประเมิน sheet',
};

/** Paths exist only when the sheet gives OIT item scores (the candidates to publish). */
export function pathsOf(edition: Edition, sheet: ScoreSheet, indicators: number[], target: number): Paths | null {
  const items = new Map(sheet.items.map((i) => [i.code, i.score]));
  if (!sheet.items.some((i) => i.code.startsWith('o'))) return null;
  const input = { edition, indicators, tools: sheet.tools as Partial<Record<ToolId, number>>, items };
  return { target: pathToTarget(input, target), top: pathToTarget(input, Math.max(topTotal(edition), target)) };
}

/**
 * Items that do not reproduce the indicator scores: a complete set that gives another score (a
 * typo, or an unverified structure), and listed OIT items that allow less than was published.
 */
export function itemChecks(edition: Edition, sheet: ScoreSheet, indicators: number[]): Bilingual[] {
  const items = new Map(sheet.items.map((i) => [i.code, i.score]));
  const ceilings = oitCoverage(edition, indicators, items).overstated.map((o) => ({
    th: `คะแนนรายข้อที่ระบุของตัวชี้วัดที่ ${o.indicator} ทำให้คะแนนตัวชี้วัดได้ไม่เกิน ${fixed2(o.ceiling)} แม้ข้ออื่นได้เต็มทุกข้อ แต่คะแนนตัวชี้วัดที่ระบุคือ ${fixed2(o.published)} โปรดตรวจสอบคะแนนรายข้อและรหัสข้อที่พิมพ์ว่าตรงกับปีที่ประเมิน`,
    en: `The item scores listed for indicator ${o.indicator} allow it at most ${fixed2(o.ceiling)} even with every other item complete, but ${fixed2(o.published)} was given; check the item scores and that the codes are the assessed year's`,
  }));
  return [...mismatches(edition, indicators, items), ...ceilings];
}

function mismatches(edition: Edition, indicators: number[], items: Map<string, number>): Bilingual[] {
  return checkItemsAgainstIndicators(edition, indicators, items)
    .filter((c) => !c.matches)
    .map((c) => ({
      th: `คะแนนรายข้อของตัวชี้วัดที่ ${c.indicator} คำนวณได้ ${fixed2(c.recomputed)} แต่คะแนนตัวชี้วัดที่ระบุคือ ${fixed2(c.published)}${c.estimate ? ` ค่าความคุ้มค่าและเส้นทางสู่เป้าหมายของตัวชี้วัดนี้จึงยังไม่น่าเชื่อถือ (${SEE_GROUPING.th})` : ' โปรดตรวจสอบคะแนนที่พิมพ์'}`,
      en: `Item scores of indicator ${c.indicator} give ${fixed2(c.recomputed)} but the indicator score given is ${fixed2(c.published)}${c.estimate ? `: this indicator's worths and path are unreliable (${SEE_GROUPING.en})` : ': check what was typed'}`,
    }));
}

/** "Publish 1 item (o6) to reach 95: total 98.47." in Thai and English. */
export function pathLine(p: Path): Bilingual {
  const line = pathSentence(p);
  const doubt = unreliableNote(p);
  return doubt ? { th: `${line.th} ${doubt.th}`, en: `${line.en}. ${doubt.en}` } : line;
}

function pathSentence(p: Path): Bilingual {
  const codes = p.steps.map((s) => s.code).join(', ');
  const estimate = p.estimate && !p.unreliable.length ? ' (ค่าประมาณ)' : '';
  const estimateEn = p.estimate && !p.unreliable.length ? ' (estimate)' : '';
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
  if (p.bestCase) return partlyExplained(p, p.bestCase, codes);
  const cheap = p.cheapest[0];
  const where = cheap ? ` ตัวชี้วัดที่คุ้มค่าที่สุดคือตัวชี้วัดที่ ${cheap.indicator} (${cheap.perPoint} คะแนนรวมต่อ 1 คะแนน)` : '';
  const whereEn = cheap ? `; cheapest on indicator ${cheap.indicator} (${cheap.perPoint} total points per point)` : '';
  return {
    th: `แม้เผยแพร่ข้อมูล OIT ครบทุกรายการ${codes ? ` (${codes})` : ''} ยังขาดอีก ${fixed2(p.remaining)} คะแนนจาก IIT/EIT${where}${estimate}`,
    en: `Even with every OIT item published${codes ? ` (${codes})` : ''}, ${fixed2(p.remaining)} points must come from IIT/EIT${whereEn}${estimateEn}`,
  };
}

/** The listed items explain only part of an indicator's shortfall: say so, and give the best case. */
function partlyExplained(p: Path, best: { total: number; reached: boolean }, codes: string): Bilingual {
  const th = p.unexplained.map(
    (u) =>
      `รายการ OIT ที่ระบุอธิบายคะแนนที่ขาดของตัวชี้วัดที่ ${u.indicator} ได้เพียง ${fixed2(u.listedGain)} จาก ${fixed2(100 - u.score)} คะแนน แสดงว่ายังมีข้ออื่นของตัวชี้วัดนี้ที่ยังไม่ได้คะแนน`,
  );
  const en = p.unexplained.map(
    (u) =>
      `the listed OIT items explain only ${fixed2(u.listedGain)} of the ${fixed2(100 - u.score)} points indicator ${u.indicator} is missing, so other items of it must be missing too`,
  );
  const listed = codes ? `เผยแพร่รายการที่ระบุ (${codes}) และ` : '';
  const listedEn = codes ? `publishing the listed items (${codes}) and ` : '';
  return {
    th: `${th.join(' ')} หาก${listed}ทำให้ข้ออื่นของตัวชี้วัดดังกล่าวได้คะแนนครบ คะแนนรวมจะเป็น ${fixed2(best.total)}${best.reached ? ` ถึงค่าเป้าหมาย ${p.target}` : ` และยังขาดอีก ${fixed2(p.remaining)} คะแนนจาก IIT/EIT`}`,
    en: `${en.join('; ')}. With ${listedEn}those indicators' other items complete, the total would be ${fixed2(best.total)}${best.reached ? `, reaching ${p.target}` : `, and ${fixed2(p.remaining)} points must still come from IIT/EIT`}`,
  };
}

/** The grouping the edition assumes does not give a published score: the worths cannot be trusted. */
function unreliableNote(p: Path): Bilingual | null {
  if (!p.unreliable.length) return null;
  const th = p.unreliable.map((u) => `ตัวชี้วัดที่ ${u.indicator} คำนวณจากรายข้อได้ ${fixed2(u.computed)} แต่คะแนนที่ประกาศคือ ${fixed2(u.published)}`).join(' และ');
  const en = p.unreliable
    .map((u) => `indicator ${u.indicator} computes to ${fixed2(u.computed)} from its items but ${fixed2(u.published)} was published`)
    .join(' and ');
  return { th: `ทั้งนี้ ${th} ค่าที่แสดงจึงยังไม่น่าเชื่อถือ (${SEE_GROUPING.th})`, en: `However, ${en}, so these figures are unreliable (${SEE_GROUPING.en})` };
}
