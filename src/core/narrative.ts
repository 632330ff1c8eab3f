/** Paragraphs in the seeds' style (score, what it shows, what to do), ready to paste into a report. */
import { indicatorAdvice } from './advice';
import type { Analysis, IndicatorRow } from './analysis';
import { fixed2, toThaiDigits } from './numbers';

const thai = (text: string | number) => toThaiDigits(String(text));

export function indicatorNarrative(a: Analysis, row: IndicatorRow): string {
  const advice = indicatorAdvice(row.no);
  const head =
    `ผลการประเมินฯ ประจำปีงบประมาณ พ.ศ. ${thai(a.year)} ตัวชี้วัดที่ ${thai(row.no)} ${row.nameTh} ` +
    `ได้คะแนน ${thai(fixed2(row.score))} คะแนน`;
  if (row.score >= 100) {
    return `${head} ได้คะแนนเต็ม ${advice.strengthTh} จึงควรรักษามาตรฐานการดำเนินงานนี้ไว้อย่างต่อเนื่อง`;
  }
  const items = row.lowItems.length
    ? ` ข้อคำถามที่ได้คะแนนต่ำกว่าค่าเป้าหมาย ได้แก่ ${row.lowItems
        .map((i) => `ข้อ ${i.code} ${i.wordingTh} (${thai(fixed2(i.score))} คะแนน)`)
        .join(' ')}`
    : '';
  const steps = advice.developTh.map((s, k) => `(${thai(k + 1)}) ${s}`).join(' ');
  if (row.pass) {
    return `${head} ผ่านค่าเป้าหมาย (${thai(a.target)} คะแนน) ${advice.strengthTh}${items} หากต้องการยกระดับคะแนนให้สูงขึ้น หน่วยงานควรดำเนินการ ดังนี้ ${steps}`;
  }
  return (
    `${head} ต่ำกว่าค่าเป้าหมาย (${thai(a.target)} คะแนน) อยู่ ${thai(fixed2(row.gap))} คะแนน ${advice.weaknessTh}${items} ` +
    `ดังนั้น หน่วยงานควรดำเนินการ ดังนี้ ${steps}`
  );
}
