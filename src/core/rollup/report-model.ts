/**
 * The roll-up report's model: the roll-up with the sentences the office writes around its tables.
 * Digits are written Arabic here; the renderer sets the one digit style on every run.
 */
import { THAI_MONTHS } from '../dates';
import type { DigitStyle } from '../numbers';
import { fixed2 } from '../numbers';
import type { Rollup } from './model';
import { percent } from './recommend';

export interface RollupReportModel {
  rollup: Rollup;
  digits: DigitStyle;
  /** B.E. day the document is issued. */
  issued: { d: number; m: number; y: number };
  title: string;
  issuedText: string;
  summary: string[];
  indicatorText: string;
}

export const ROLLUP_REPORT_TITLE = 'สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของหน่วยงานในความรับผิดชอบ';

export function rollupReportModel(r: Rollup, o: { digits: DigitStyle; issued: { d: number; m: number; y: number } }): RollupReportModel {
  return {
    rollup: r,
    digits: o.digits,
    issued: o.issued,
    title: `${ROLLUP_REPORT_TITLE} ประจำปีงบประมาณ พ.ศ. ${r.year}`,
    issuedText: `${THAI_MONTHS[o.issued.m - 1]} ${o.issued.y}`,
    summary: summary(r),
    indicatorText: indicatorText(r),
  };
}

function summary(r: Rollup): string[] {
  const o = r.overview;
  const out = [
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${r.year} ของหน่วยงานในความรับผิดชอบ จำนวน ${o.count} แห่ง ` +
      `มีคะแนนเฉลี่ย ${fixed2(o.mean)} คะแนน มัธยฐาน ${fixed2(o.median)} คะแนน หน่วยงานที่ได้คะแนนตั้งแต่ค่าเป้าหมาย ${r.target} คะแนนขึ้นไป มีจำนวน ${o.reaching} แห่ง ` +
      `คิดเป็นร้อยละ ${percent(o.reaching, o.count)} และต่ำกว่าค่าเป้าหมาย ${o.count - o.reaching} แห่ง`,
  ];
  const top = o.levels.indexOf(Math.max(...o.levels));
  if (o.levels[top] > 0)
    out.push(`ระดับผลการประเมินที่มีหน่วยงานมากที่สุด คือ ระดับ${r.levels[top].th} จำนวน ${o.levels[top]} แห่ง (ร้อยละ ${percent(o.levels[top], o.count)})`);
  const p = r.previousOverview;
  if (p && r.previousYear !== null) {
    const d = o.mean - p.mean;
    const matched = r.ranking.filter((x) => x.change !== null);
    const up = matched.filter((x) => x.change! > 0).length;
    const down = matched.filter((x) => x.change! < 0).length;
    out.push(
      `เมื่อเทียบกับปีงบประมาณ พ.ศ. ${r.previousYear} (${p.count} แห่ง คะแนนเฉลี่ย ${fixed2(p.mean)} คะแนน ถึงค่าเป้าหมาย ${p.reaching} แห่ง) ` +
        `คะแนนเฉลี่ย${d > 0 ? `เพิ่มขึ้น ${fixed2(d)} คะแนน` : d < 0 ? `ลดลง ${fixed2(-d)} คะแนน` : 'เท่าเดิม'} ` +
        `ในหน่วยงาน ${matched.length} แห่งที่มีผลทั้งสองปี คะแนนเพิ่มขึ้น ${up} แห่ง ลดลง ${down} แห่ง และเท่าเดิม ${matched.length - up - down} แห่ง`,
    );
  }
  if (r.bad.length) out.push(`ข้อมูลที่อ่านไม่ได้ ${r.bad.length} แถว ไม่นำมาคำนวณ (รายการอยู่ในแผ่นงานสรุปผลของไฟล์สรุปผล)`);
  return out;
}

function indicatorText(r: Rollup): string {
  const given = r.indicators.filter((i) => i.count);
  if (!given.length) return 'ข้อมูลที่ได้รับไม่มีคะแนนรายตัวชี้วัด จึงสรุปได้เฉพาะคะแนนรวมและระดับผลการประเมิน';
  const low = [...given].sort((a, b) => a.mean - b.mean)[0];
  const high = [...given].sort((a, b) => b.mean - a.mean)[0];
  const below = given.filter((i) => i.mean < r.target);
  return (
    `ตัวชี้วัดที่มีคะแนนเฉลี่ยสูงสุด คือ ตัวชี้วัดที่ ${high.no} ${high.nameTh} (${fixed2(high.mean)} คะแนน) ` +
    `และต่ำสุด คือ ตัวชี้วัดที่ ${low.no} ${low.nameTh} (${fixed2(low.mean)} คะแนน) ซึ่งมีหน่วยงานได้ต่ำกว่าค่าเป้าหมาย ${low.below} แห่ง ` +
    (below.length
      ? `ตัวชี้วัดที่คะแนนเฉลี่ยต่ำกว่าค่าเป้าหมาย ${r.target} คะแนน มี ${below.length} ตัวชี้วัด ได้แก่ ${below.map((i) => `ตัวชี้วัดที่ ${i.no}`).join(' ')}`
      : `คะแนนเฉลี่ยของทุกตัวชี้วัดถึงค่าเป้าหมาย ${r.target} คะแนน`)
  );
}
