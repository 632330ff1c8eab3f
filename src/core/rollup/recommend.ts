/**
 * What the office advises its agencies, from the weaknesses most of them share: the indicators
 * most agencies fall short on (the catalogue's guidance for each), and the OIT items most often
 * missed, grouped by the catalogue's measure that answers them (one training covers them all).
 */
import { indicatorAdvice, itemAdvice, measureById } from '../advice';
import { editionForYear } from '../editions';
import { fixed2 } from '../numbers';
import type { Recommendation, Rollup } from './model';

/** Indicators a recommendation is written for, at most; and the share of agencies below target that earns one. */
const MAX_INDICATORS = 3;
const MIN_SHARE = 0.1;
const MAX_ITEM_GROUPS = 3;

export function recommend(r: Rollup): Recommendation[] {
  const n = r.agencies.length;
  const out: Recommendation[] = [];
  const weak = r.indicators.filter((i) => i.count && i.below / i.count >= MIN_SHARE).sort((a, b) => b.below / b.count - a.below / a.count || a.no - b.no);
  for (const i of weak.slice(0, MAX_INDICATORS)) {
    const advice = indicatorAdvice(i.no);
    const steps = advice.developTh
      .slice(0, 2)
      .map((s, k) => `(${k + 1}) ${s}`)
      .join(' ');
    out.push({
      titleTh: `ตัวชี้วัดที่ ${i.no} ${i.nameTh}`,
      textTh:
        `หน่วยงาน ${i.below} แห่ง จาก ${i.count} แห่ง (ร้อยละ ${percent(i.below, i.count)}) ได้คะแนนตัวชี้วัดที่ ${i.no} ${i.nameTh} ต่ำกว่าค่าเป้าหมาย ${r.target} คะแนน ` +
        `ค่าเฉลี่ย ${fixed2(i.mean)} คะแนน ซึ่ง${advice.weaknessTh} จึงควรแนะนำให้หน่วยงานดังกล่าว ${steps}`,
      agencies: i.below,
    });
  }
  const oit = editionForYear(r.year).itemLists.OIT;
  const groups = new Map<string, { codes: string[]; agencies: Set<string>; advice: string }>();
  for (const m of r.missed) {
    if (!m.code.startsWith('o') || m.missed / n < MIN_SHARE) continue;
    const advice = itemAdvice(oit.id, m.code);
    const key = advice?.measure ?? m.code;
    const g = groups.get(key) ?? groups.set(key, { codes: [], agencies: new Set(), advice: advice?.adviceTh ?? '' }).get(key)!;
    g.codes.push(`${m.code} ${m.nameTh} (${m.missed} แห่ง)`);
    m.agencies.forEach((a) => g.agencies.add(a));
  }
  const ranked = [...groups.entries()].sort(([, a], [, b]) => b.agencies.size - a.agencies.size).slice(0, MAX_ITEM_GROUPS);
  for (const [key, g] of ranked) {
    const title = /^o\d+$/.test(key) ? g.codes[0] : measureById(key).titleTh;
    out.push({
      titleTh: `การเปิดเผยข้อมูล: ${title}`,
      textTh:
        `หน่วยงาน ${g.agencies.size} แห่ง ยังไม่ได้คะแนนในข้อ ${g.codes.join(', ')} ` +
        `จึงควรจัดการอบรมหรือชี้แจงแนวทางเรื่อง "${title}" ให้แก่หน่วยงานดังกล่าว พร้อมตัวอย่างเอกสารที่ต้องเผยแพร่${g.advice ? ` ทั้งนี้ ${g.advice}` : ''}`,
      agencies: g.agencies.size,
    });
  }
  return out;
}

export function percent(part: number, whole: number): string {
  return whole ? (Math.round((part / whole) * 1000) / 10).toFixed(1) : '0.0';
}
