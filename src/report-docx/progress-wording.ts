/**
 * The follow-up document's Thai wording, in the register of agencies' own reports, from the
 * model's facts. Digits are written Arabic here; the renderer sets the one digit style.
 */
import { thaiDate, type Day } from '../core/dates';
import { fixed2 } from '../core/numbers';
import { NO_OWNER, RULES_TEXT, STATE_LABEL, type ProgressMeasure } from '../core/progress';
import type { ProgressReportModel } from '../core/report';
import { PLAN_TITLE } from './wording';

export const PROGRESS_TITLE = `รายงานผลการดำเนินการตาม${PLAN_TITLE}`;
export const NOT_REPORTED = 'ยังไม่ได้รายงาน';
export const TABLE3_NOTE =
  'ตารางที่ 3 แสดงผลการดำเนินการของแต่ละมาตรการตามลำดับในแผน มาตรการที่หน่วยงานขอเลื่อนแสดงกำหนดแล้วเสร็จตามแผนเดิมควบคู่กับกำหนดใหม่ ' +
  `และผลการติดตามแต่ละมาตรการระบุเหตุผลไว้ โดย${RULES_TEXT}`;

/** 'รอบ 6 เดือน', 'ประจำปีงบประมาณ พ.ศ. 2569' (12 months), 'ณ วันที่ 10 กุมภาพันธ์ 2569'. */
export function roundHeading(m: ProgressReportModel): string {
  if (m.round.kind === 'half') return 'รอบ 6 เดือน';
  if (m.round.kind === 'year') return `ประจำปีงบประมาณ พ.ศ. ${m.planYear}`;
  return `ณ วันที่ ${thaiDate(m.round.asOf)}`;
}

export function period(m: ProgressReportModel): string {
  return `ตั้งแต่วันที่ ${thaiDate(m.round.from)} ถึงวันที่ ${thaiDate(m.round.asOf)}`;
}

export function background(m: ProgressReportModel): string {
  const evidence = m.evidence ? ` ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ ${m.evidence.item}` : '';
  return (
    `${m.agency} ได้จัดทำ${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} จากผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
    `โดยกำหนดผู้รับผิดชอบ ระยะเวลาดำเนินการ และการติดตามผลของแต่ละมาตรการไว้ รายงานฉบับนี้รวบรวมผลการดำเนินการที่หน่วยงานภายในรายงานไว้ในแผนมาตรการ ${period(m)} ` +
    `เพื่อเสนอผู้บริหารทราบ ใช้ปรับปรุงการดำเนินงานในระยะต่อไป และเผยแพร่ต่อสาธารณชน${evidence}`
  );
}

const count = (n: number) => `${n} มาตรการ`;
const numbers = (ms: readonly ProgressMeasure[]) =>
  joinThai(
    ms.map((r) => String(r.no)),
    ', ',
  );

/** Late measures named one by one up to this many; beyond it, by number (table 3 names them). */
const NAMED_LATE = 3;

/** The summary paragraph: how many are done, in progress (and at risk), late, unreadable and cancelled, which are late, which moved. */
export function summary(m: ProgressReportModel): string {
  const c = m.counts;
  const share = c.total ? ` (ร้อยละ ${fixed2((100 * c.done) / c.total)})` : '';
  const going = c.onTrack + c.atRisk;
  const clauses = [
    `ดำเนินการแล้วเสร็จ ${count(c.done)}${share}`,
    ...(going ? [`อยู่ระหว่างดำเนินการ ${count(going)}${c.atRisk ? ` ซึ่งในจำนวนนี้มีความเสี่ยงที่จะไม่แล้วเสร็จตามกำหนด ${count(c.atRisk)}` : ''}`] : []),
    ...(c.late ? [`ล่าช้ากว่ากำหนด ${count(c.late)}`] : []),
    ...(c.unread ? [`อ่านสถานะที่หน่วยงานรายงานไม่ได้ ${count(c.unread)} (มาตรการที่ ${numbers(m.measures.filter((r) => r.state === 'unread'))})`] : []),
    ...(c.cancelled ? [`ยกเลิก ${count(c.cancelled)}`] : []),
  ];
  const late = m.measures.filter((r) => r.state === 'late');
  const moved = m.measures.filter((r) => r.revised);
  const added = m.measures.filter((r) => r.added);
  const sentences = [`ณ สิ้นวันที่ ${thaiDate(m.round.asOf)} ${m.agency} มีมาตรการตามแผนทั้งสิ้น ${count(c.total)} ${joinThai(clauses, ' ')}`];
  if (!late.length) sentences.push('ไม่มีมาตรการที่ล่าช้ากว่ากำหนด');
  else if (late.length > NAMED_LATE) sentences.push(`มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ ${numbers(late)}`);
  else sentences.push(`มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ ${late.map((r) => `มาตรการที่ ${r.no} ${r.measure} (${r.owner || NO_OWNER})`).join(' ')}`);
  if (moved.length) {
    sentences.push(
      `มีมาตรการที่หน่วยงานขอเลื่อนกำหนดแล้วเสร็จ ${count(moved.length)} (มาตรการที่ ${numbers(moved)}) รายงานนี้แสดงกำหนดแล้วเสร็จตามแผนเดิมควบคู่กับกำหนดใหม่ และติดตามผลตามกำหนดใหม่`,
    );
  }
  if (added.length) sentences.push(`และมีมาตรการที่หน่วยงานเพิ่มเติมระหว่างปี ${count(added.length)} (มาตรการที่ ${numbers(added)})`);
  return `${sentences.join(' ')} รายละเอียดตามตารางที่ 1 ถึงตารางที่ 3`;
}

/** The deadline as planned, and the new one beside it when a division postponed the measure. */
export function deadlineCell(r: ProgressMeasure): string {
  const planned = day(r.deadline) || r.deadlineText || '-';
  if (!r.revised && !r.revisedText) return planned;
  return `ตามแผน\n${planned}\nเลื่อนเป็น\n${day(r.revised) || r.revisedText}`;
}

export function statusCell(r: ProgressMeasure): string {
  return `${r.status || NOT_REPORTED}${r.progress === null ? '' : `\nร้อยละ ${r.progress}`}`;
}

export function outcomeCell(r: ProgressMeasure): string {
  // Done and cancelled speak for themselves; the others say why in the follow-up's one phrase.
  return r.state === 'done' || r.state === 'cancelled' ? STATE_LABEL[r.state] : `${STATE_LABEL[r.state]}\n${r.reason}`;
}

export function reportedCell(r: ProgressMeasure): string {
  return [...r.results, ...r.problems.map((t) => `ปัญหา/อุปสรรค: ${t}`), ...r.suggestions.map((t) => `ข้อเสนอแนะ: ${t}`)].join('\n') || '-';
}

/** "มาตรการที่ 6 … (สำนักปลัด): what the division wrote", one line each. */
export function noteLines(m: ProgressReportModel, part: 'problems' | 'suggestions'): string[] {
  return m.measures.flatMap((r) => r[part].map((t) => `มาตรการที่ ${r.no} ${r.measure} (${r.owner || NO_OWNER}): ${t}`));
}

/** The coordinator's own suggestions for what is late, at risk or unreadable, by the round. */
export function followUpSuggestions(m: ProgressReportModel): string[] {
  const late = m.measures.filter((r) => r.state === 'late');
  const risky = m.measures.filter((r) => r.state === 'atRisk');
  const out: string[] = [];
  if (late.length && m.round.kind === 'year') {
    out.push(
      `นำมาตรการที่ยังไม่แล้วเสร็จ (มาตรการที่ ${numbers(late)}) ไปพิจารณาดำเนินการต่อใน${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear + 1} พร้อมทบทวนสาเหตุของความล่าช้า`,
    );
  } else if (late.length) {
    out.push(
      `ให้หน่วยงานที่รับผิดชอบมาตรการที่ล่าช้ากว่ากำหนด (มาตรการที่ ${numbers(late)}) เร่งรัดการดำเนินการให้แล้วเสร็จ หรือเสนอขอเลื่อนกำหนดแล้วเสร็จพร้อมเหตุผลต่อผู้บริหาร และรายงานความคืบหน้าในการติดตามผลรอบถัดไป`,
    );
  }
  if (risky.length) out.push(`ให้หน่วยงานที่รับผิดชอบมาตรการที่เสี่ยงล่าช้า (มาตรการที่ ${numbers(risky)}) ติดตามการดำเนินการอย่างใกล้ชิดเพื่อให้แล้วเสร็จตามกำหนด`);
  const unread = m.measures.filter((r) => r.state === 'unread');
  if (unread.length) out.push(`ให้หน่วยงานที่รับผิดชอบมาตรการที่อ่านสถานะไม่ได้ (มาตรการที่ ${numbers(unread)}) เลือกสถานะจากรายการในแผนมาตรการ เพื่อให้ติดตามผลได้ครบถ้วน`);
  return out;
}

/** Short months in the table ('31 มี.ค. 2569'), so a date stays on one line. */
function day(d: Day | null): string {
  return d ? thaiDate(d, { short: true }) : '';
}

/** '6', '6 และ 14', '1, 2 และ 5' (numbers); clauses joined by spaces, the last after และ. */
function joinThai(parts: string[], between: string): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(between)} และ${between === ' ' ? '' : ' '}${parts[parts.length - 1]}`;
}
