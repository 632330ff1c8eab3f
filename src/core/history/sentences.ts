/**
 * The comparison in words, in the formal register of agencies' own reports (เพิ่มขึ้น/ลดลง … คะแนน
 * จากปีงบประมาณ พ.ศ. …). Written with Arabic digits; each layout puts the text in its digits.
 */
import type { Edition } from '../editions/types';
import { fixed2 } from '../numbers';
import type { TrendRow } from '../forms/history-types';

const RANKED_UP = 'มาตรการของตัวชี้วัดนี้จึงจัดไว้ในลำดับต้นของแผน';

/** ▲ 1.25, ▼ 2.10, or คงเดิม: the change column of the tables. */
export function changeMark(row: Pick<TrendRow, 'change' | 'trend'>): string {
  if (row.change === null || row.trend === null) return '-';
  if (row.trend === 'same') return 'คงเดิม';
  return `${row.trend === 'up' ? '▲' : '▼'} ${fixed2(Math.abs(row.change))}`;
}

export function indicatorSentence(r: TrendRow, years: number[], target: number): string {
  const s = movement(`ตัวชี้วัดที่ ${r.no} ${r.nameTh}`, r, years, target);
  return r.fellTwice || r.fellBelowTarget ? `${s} ${RANKED_UP}` : s;
}

export function totalSentence(r: TrendRow, years: number[], levels: (string | null)[], target: number): string {
  let s = movement('คะแนนรวม', r, years, target);
  const now = levels[levels.length - 1];
  const before = r.fromYear === null ? null : levels[years.indexOf(r.fromYear)];
  if (now && before) s += before === now ? ` คงระดับผลการประเมิน “${now}”` : ` ระดับผลการประเมินเปลี่ยนจาก “${before}” เป็น “${now}”`;
  const first = r.values.findIndex((v) => v !== null);
  const current = r.values[r.values.length - 1];
  if (current !== null && first >= 0 && years[first] !== r.fromYear && first < years.length - 1) {
    const d = current - r.values[first]!;
    if (Math.abs(d) >= 0.005) s += ` และเมื่อเทียบกับปีงบประมาณ พ.ศ. ${years[first]} คะแนนรวม${d > 0 ? 'เพิ่มขึ้น' : 'ลดลง'} ${fixed2(Math.abs(d))} คะแนน`;
  }
  return s;
}

/** "… ได้ 98.29 คะแนน เพิ่มขึ้น 1.25 คะแนน จากปีงบประมาณ พ.ศ. 2567 (97.04 คะแนน)", and what the fall means. */
function movement(subject: string, r: TrendRow, years: number[], target: number): string {
  const year = years[years.length - 1];
  const current = r.values[r.values.length - 1];
  const head = `${subject} ประจำปีงบประมาณ พ.ศ. ${year} ได้ ${current === null ? '-' : fixed2(current)} คะแนน`;
  if (r.change === null || r.fromYear === null || current === null) return `${head} ไม่มีคะแนนของปีก่อนหน้าสำหรับเปรียบเทียบ`;
  const prev = current - r.change;
  if (r.trend === 'same') return `${head} เท่ากับปีงบประมาณ พ.ศ. ${r.fromYear}`;
  let s = `${head} ${r.trend === 'up' ? 'เพิ่มขึ้น' : 'ลดลง'} ${fixed2(Math.abs(r.change))} คะแนน จากปีงบประมาณ พ.ศ. ${r.fromYear} (${fixed2(prev)} คะแนน)`;
  if (r.fellTwice) {
    const k = years.indexOf(r.fromYear);
    const older = r.values
      .slice(0, k)
      .map((v, i) => ({ v, i }))
      .filter((x) => x.v !== null)
      .pop()!;
    s += ` และลดลงต่อเนื่องเป็นปีที่สอง นับจากปีงบประมาณ พ.ศ. ${years[older.i]} (${fixed2(older.v!)} คะแนน)`;
  }
  if (r.fellBelowTarget) s += ` ${r.fellTwice ? 'จน' : 'ทำให้'}ต่ำกว่าค่าเป้าหมาย (${target} คะแนน) ซึ่งปีก่อนยังผ่านเกณฑ์`;
  else if (r.trend === 'up' && prev < target && current >= target) s += ` จึงผ่านเกณฑ์ค่าเป้าหมาย (${target} คะแนน) ซึ่งปีก่อนยังไม่ผ่าน`;
  return s;
}

/** The plan's analysis cell, for an indicator ranked up: why it comes first. */
export function planNote(r: TrendRow, years: number[], target: number): string | null {
  if (!r.fellTwice && !r.fellBelowTarget) return null;
  const series = r.values
    .map((v, k) => (v === null ? null : `พ.ศ. ${years[k]} ${fixed2(v)}`))
    .filter((x): x is string => x !== null)
    .slice(r.fellTwice ? -3 : -2)
    .join(' → ');
  const why = [r.fellTwice ? 'คะแนนลดลงสองปีติดต่อกัน' : 'คะแนนลดลง', r.fellBelowTarget ? `จนต่ำกว่าค่าเป้าหมาย ${target}` : ''].join('');
  return `${why}: ${series} จึงจัดไว้ในลำดับต้น`;
}

/** What rose, what fell, the largest moves, and what the plan does about it. */
export function summaryLines(rows: TrendRow[], rankedUp: number[]): string[] {
  const of = (t: TrendRow['trend']) => rows.filter((r) => r.trend === t);
  const names = (list: TrendRow[]) => thaiList(list.map((r) => String(r.no)));
  const [up, down, same] = [of('up'), of('down'), of('same')];
  const out: string[] = [];
  const parts = [
    up.length ? `ตัวชี้วัดที่คะแนนเพิ่มขึ้น ${up.length} ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ${names(up)}` : '',
    down.length ? `ตัวชี้วัดที่คะแนนลดลง ${down.length} ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ${names(down)}` : '',
    same.length ? `ตัวชี้วัดที่คะแนนเท่าเดิม ${same.length} ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ ${names(same)}` : '',
  ].filter(Boolean);
  if (parts.length) out.push(`เมื่อเทียบกับผลการประเมินของปีก่อน ${parts.join(' ')}`);
  const most = (list: TrendRow[], word: string) => {
    const top = [...list].sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))[0];
    if (top) out.push(`ตัวชี้วัดที่คะแนน${word}มากที่สุด คือ ตัวชี้วัดที่ ${top.no} ${top.nameTh} (${word} ${fixed2(Math.abs(top.change!))} คะแนน)`);
  };
  most(up, 'เพิ่มขึ้น');
  most(down, 'ลดลง');
  out.push(
    rankedUp.length
      ? `ตัวชี้วัดที่ ${thaiList(rankedUp.map(String))} มีคะแนนลดลงสองปีติดต่อกันหรือลดลงจนต่ำกว่าค่าเป้าหมาย ซึ่งบ่งชี้ว่าปัญหายังไม่ได้รับการแก้ไขหรือมีแนวโน้มรุนแรงขึ้น แผนมาตรการจึงจัดมาตรการของตัวชี้วัดดังกล่าวไว้ในลำดับต้นและควรติดตามผลอย่างใกล้ชิด`
      : 'ไม่มีตัวชี้วัดที่คะแนนลดลงสองปีติดต่อกันหรือลดลงจนต่ำกว่าค่าเป้าหมาย',
  );
  return out;
}

/**
 * When the years were not all assessed under the same edition: which years used which tools and
 * weights (or item lists), and that the comparison therefore stays at the indicator and total level.
 */
export function editionNote(editions: Edition[], years: number[]): string | null {
  const tools = (e: Edition) => e.tools.map((t) => `${t.id.replace('EIT1', 'EIT ส่วนที่ 1').replace('EIT2', 'EIT ส่วนที่ 2')} ร้อยละ ${t.weight}`).join(' ');
  const items = (e: Edition) => [e.itemLists.IIT.id, e.itemLists.EIT.id, e.itemLists.OIT.id].join();
  const toolsDiffer = new Set(editions.map(tools)).size > 1;
  const itemsDiffer = new Set(editions.map(items)).size > 1;
  if (!toolsDiffer && !itemsDiffer) return null;
  // Years grouped by what differs; a group of item lists is named by its latest year's edition.
  const key = toolsDiffer ? tools : items;
  const groups: { years: number[]; key: string; text: string }[] = [];
  editions.forEach((e, k) => {
    const g = groups.find((x) => x.key === key(e));
    if (g) g.years.push(years[k]);
    else groups.push({ years: [years[k]], key: key(e), text: '' });
    groups.find((x) => x.key === key(e))!.text = toolsDiffer ? tools(e) : e.labelTh;
  });
  const said = groups
    .map((g) => `ปีงบประมาณ พ.ศ. ${span(g.years)} ${toolsDiffer ? `ใช้เครื่องมือและน้ำหนัก ${g.text}` : `ใช้ข้อคำถามและรายการตาม${g.text}`}`)
    .join(' ส่วน');
  const levels = new Set(editions.map((e) => e.levelScheme)).size > 1 ? ' และจัดระดับผลการประเมินต่างกัน (ระดับ AA–F และระดับผ่านดีเยี่ยม–ต้องปรับปรุงโดยด่วน)' : '';
  const what = toolsDiffer ? 'เครื่องมือและน้ำหนักของเครื่องมือ' : 'ข้อคำถามและรายการตรวจ';
  return (
    `ผลการประเมินในตารางใช้เกณฑ์ต่างกัน: ${said}${levels} ${what}ที่ต่างกันนี้ทำให้เทียบกันได้เฉพาะคะแนนรายตัวชี้วัด ` +
    `(ตัวชี้วัด 10 ตัวเดิมทุกปี) และคะแนนรวม ซึ่งควรพิจารณาประกอบกับการเปลี่ยนแปลงของเกณฑ์ดังกล่าว`
  );
}

/** '2566–2568' for consecutive years, '2564, 2566' otherwise. */
function span(years: number[]): string {
  const consecutive = years.every((y, k) => k === 0 || y === years[k - 1] + 1);
  return consecutive && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/** '1, 4 และ 9' */
export function thaiList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} และ ${items[items.length - 1]}`;
}
