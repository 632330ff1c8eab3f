/** Paragraphs in the agencies' style (score, what it shows, what to do), ready to paste into a report. */
import { indicatorAdvice } from './advice';
import type { Analysis, IndicatorRow, LowItem } from './analysis-types';
import { fixed2, inDigits } from './numbers';

/** Verdicts per indicator and per item, in the words agencies use (distinct from the level ผ่าน). */
export const VERDICT = { pass: 'ผ่านเกณฑ์', fail: 'ไม่ผ่านเกณฑ์', develop: 'พัฒนา', fix: 'ต้องแก้ไข' } as const;

/** Written with Arabic digits, then put in the analysis's digits: one conversion for the whole paragraph. */
export function indicatorNarrative(a: Analysis, row: IndicatorRow): string {
  return inDigits(paragraph(a, row), a.digits);
}

function paragraph(a: Analysis, row: IndicatorRow): string {
  const advice = indicatorAdvice(row.no);
  const head = `ผลการประเมินฯ ประจำปีงบประมาณ พ.ศ. ${a.year} ตัวชี้วัดที่ ${row.no} ${row.nameTh} ` + `ได้คะแนน ${fixed2(row.score)} คะแนน`;
  if (row.score >= 100) {
    return `${head} ได้คะแนนเต็ม ${advice.strengthTh} จึงควรรักษามาตรฐานการดำเนินงานนี้ไว้อย่างต่อเนื่อง`;
  }
  const low = row.lowItems.length ? ` ข้อคำถามที่ได้คะแนนต่ำกว่าค่าเป้าหมาย ได้แก่ ${itemList(row.lowItems)}` : '';
  const develop = a.developItems.filter((i) => i.indicator === row.no);
  const toDevelop = develop.length ? ` ข้อคำถามที่ผ่านเกณฑ์แล้วแต่ยังพัฒนาได้ ได้แก่ ${itemList(develop)}` : '';
  const steps = advice.developTh.map((s, k) => `(${k + 1}) ${s}`).join(' ');
  if (row.pass) {
    return `${head} ${VERDICT.pass} (ค่าเป้าหมาย ${a.target} คะแนน) ${advice.strengthTh}${low}${toDevelop} หากต้องการยกระดับคะแนนให้สูงขึ้น หน่วยงานควรดำเนินการ ดังนี้ ${steps}`;
  }
  return (
    `${head} ${VERDICT.fail} ต่ำกว่าค่าเป้าหมาย (${a.target} คะแนน) อยู่ ${fixed2(row.gap)} คะแนน ${advice.weaknessTh}${low}${toDevelop} ` +
    `ดังนั้น หน่วยงานควรดำเนินการ ดังนี้ ${steps}`
  );
}

function itemList(items: LowItem[]): string {
  return items.map((i) => `ข้อ ${i.code} ${i.wordingTh} (${fixed2(i.score)} คะแนน)`).join(' ');
}
