/**
 * The document's Thai wording, in the formal register of agencies' own analyses, from the model's
 * facts. Digits are written Arabic here; the renderer sets the one digit style on every run.
 */
import { THAI_MONTHS } from '../core/dates';
import { fixed2 } from '../core/numbers';
import type { ReportDate, ReportLevelRule, ReportModel } from '../core/report';

export const TITLE = 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';
export const PART1 = 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ';
export const PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const PASS = 'ผ่านเกณฑ์';
export const FAIL = 'ไม่ผ่านเกณฑ์';
/** A line to write on by hand. */
export const DOTS = '..................................................';

export function monthYear(d: ReportDate): string {
  return `${THAI_MONTHS[d.m - 1]} ${d.y}`;
}

export function fullDate(d: ReportDate): string {
  return `${d.d} ${THAI_MONTHS[d.m - 1]} ${d.y}`;
}

/** "อำเภอแจ้ห่ม จังหวัดลำปาง", whether the fields hold the bare names or the names with their prefix. */
export function placeLine(m: Pick<ReportModel, 'district' | 'province'>): string {
  const district = m.district && !/^(อำเภอ|เขต|กิ่งอำเภอ)/.test(m.district) ? `อำเภอ${m.district}` : m.district;
  const province = m.province && !/^จังหวัด/.test(m.province) && m.province !== 'กรุงเทพมหานคร' ? `จังหวัด${m.province}` : m.province;
  return [district, province].filter(Boolean).join(' ');
}

/** The memo's ส่วนราชการ: the division that prepares it, the agency, and its phone when given. */
export function officeLine(m: Pick<ReportModel, 'division' | 'agency' | 'phone'>): string {
  return [m.division, m.agency].filter(Boolean).join(' ') + (m.phone ? ` โทร. ${m.phone}` : '');
}

export function foreword(m: ReportModel): string[] {
  return [
    'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) เป็นเครื่องมือที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ใช้ประเมินหน่วยงานภาครัฐทั่วประเทศเป็นประจำทุกปี เพื่อให้หน่วยงานทราบสถานะด้านคุณธรรมและความโปร่งใสของตนเอง และนำผลไปปรับปรุงการบริหารงานและการให้บริการประชาชน',
    `${m.agency} ได้นำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${m.year} มาวิเคราะห์เป็นรายเครื่องมือ รายตัวชี้วัด และรายข้อที่ยังต่ำกว่าค่าเป้าหมาย เพื่อให้เห็นจุดแข็งที่ควรรักษาไว้และจุดที่ต้องพัฒนา แล้วกำหนดเป็น${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} พร้อมผู้รับผิดชอบ ระยะเวลาดำเนินการ และวิธีการติดตามผล`,
    `${m.agency} หวังเป็นอย่างยิ่งว่าเอกสารฉบับนี้จะเป็นแนวทางให้บุคลากรทุกส่วนร่วมกันยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน และเป็นประโยชน์ต่อการปฏิบัติราชการเพื่อประชาชนต่อไป`,
  ];
}

export const NOTES_TITLE = 'หมายเหตุสำหรับผู้ประสานงานและผู้บริหาร (ไม่เผยแพร่)';

/** The edition's name; what the program assumed about it ('(ใช้รายการข้อแบบปี 2568)') only in the internal copy. */
function editionName(m: ReportModel): string {
  return m.audience === 'internal' ? m.editionLabel : m.editionLabel.replace(/\s*\(.*\)\s*$/, '');
}

export function frameworkText(m: ReportModel): string {
  const tools = m.tools.map((t) => `${t.nameTh} ร้อยละ ${t.weight}`).join(' ');
  return (
    `การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${m.year} (${editionName(m)}) ประกอบด้วยตัวชี้วัด 10 ตัวชี้วัด เก็บข้อมูลด้วยเครื่องมือ ${m.tools.length} เครื่องมือ ` +
    `ซึ่งมีน้ำหนักในคะแนนรวม ดังนี้ ${tools} คะแนนรวมคำนวณจากคะแนนของแต่ละเครื่องมือตามน้ำหนักดังกล่าว แล้วจัดระดับผลการประเมินตามเกณฑ์ในตารางที่ 2 ` +
    `ทั้งนี้ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ กำหนดค่าเป้าหมายให้หน่วยงานภาครัฐมีผลการประเมินตั้งแต่ 85 คะแนนขึ้นไป ` +
    `การวิเคราะห์ครั้งนี้จึงใช้คะแนน ${m.target} เป็นเกณฑ์ผ่านของตัวชี้วัดและข้อคำถามแต่ละข้อ`
  );
}

export function levelCondition(m: ReportModel, r: ReportLevelRule): string {
  if (m.levelScheme === 'letter') return `${fixed2(r.min)} – ${r.max === 100 ? '100' : fixed2(r.max ?? 100)}`;
  if (r.everyTool !== null) return `คะแนนรวมตั้งแต่ ${r.min} ขึ้นไป และคะแนนทุกเครื่องมือตั้งแต่ ${r.everyTool} ขึ้นไป`;
  if (r.max === 100) return `คะแนนรวมตั้งแต่ ${r.min} ขึ้นไป แต่มีเครื่องมือที่ได้คะแนนต่ำกว่า ${r.min}`;
  if (r.min === 0) return `คะแนนรวมต่ำกว่า ${fixed2((r.max ?? 0) + 0.01)}`;
  return `คะแนนรวม ${fixed2(r.min)} – ${fixed2(r.max ?? 100)}`;
}

export function levelWords(m: ReportModel): string {
  return m.level ? `อยู่ในระดับ “${m.level}”` : `ยังระบุระดับผลการประเมินไม่ได้ (${m.levelNote ?? ''})`;
}

export function resultsText(m: ReportModel): string {
  return (
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${m.agency} ประจำปีงบประมาณ พ.ศ. ${m.year} ได้คะแนนรวม ${fixed2(m.total)} คะแนน ${levelWords(m)} ` +
    `${passCount(m, ` (ตั้งแต่ ${m.target} คะแนนขึ้นไป)`)} รายละเอียดตามตารางที่ 3 และตารางที่ 4`
  );
}

/** 'ผ่านเกณฑ์ทุกตัวชี้วัด' rather than '… และไม่ผ่านเกณฑ์ 0 ตัวชี้วัด'; counts only when both sides have some. */
export function passCount(m: Pick<ReportModel, 'strengths' | 'weaknesses'>, mark = ''): string {
  if (!m.weaknesses.length) return `${PASS}ทุกตัวชี้วัด${mark}`;
  if (!m.strengths.length) return `${FAIL}ทุกตัวชี้วัด${mark}`;
  return `มีตัวชี้วัดที่${PASS}${mark} ${m.strengths.length} ตัวชี้วัด และ${FAIL} ${m.weaknesses.length} ตัวชี้วัด`;
}

export function chartLegend(m: ReportModel): string {
  return `แท่งสีเขียวคือตัวชี้วัดที่${PASS} แท่งสีแดงคือตัวชี้วัดที่${FAIL} เส้นประคือค่าเป้าหมาย ${m.target} คะแนน ตัวเลขใต้แท่งคือลำดับตัวชี้วัด ดังนี้`;
}

export function highLowText(m: ReportModel): string[] {
  const top = Math.max(...m.indicators.map((r) => r.score));
  const low = Math.min(...m.indicators.map((r) => r.score));
  const names = (score: number) =>
    m.indicators
      .filter((r) => r.score === score)
      .map((r) => `ตัวชี้วัดที่ ${r.no} ${r.nameTh}`)
      .join(' ');
  return [`ตัวชี้วัดที่ได้คะแนนสูงสุด (${fixed2(top)} คะแนน) ได้แก่ ${names(top)}`, `ตัวชี้วัดที่ได้คะแนนต่ำสุด (${fixed2(low)} คะแนน) ได้แก่ ${names(low)}`];
}

/** After an indicator's name in section 4: how far from the target, and which items still need work. */
export function standing(m: ReportModel, r: ReportModel['indicators'][number]): string {
  const items = r.toImprove.length ? ` ${r.pass ? 'แต่ยังต้องพัฒนา' : 'โดยต้องแก้ไข'}ข้อ ${r.toImprove.join(' ข้อ ')}` : '';
  if (r.pass) return ` ${PASS}${items}`;
  return ` ต่ำกว่าค่าเป้าหมาย ${fixed2(m.target - r.score)} คะแนน${items}`;
}

export function noWeakness(m: ReportModel): string {
  const below100 = m.indicators.filter((r) => r.score < 100).map((r) => r.no);
  const rest = below100.length ? ` อย่างไรก็ตาม ตัวชี้วัดที่ ${below100.join(', ')} ยังไม่ได้คะแนนเต็ม ควรพัฒนาต่อเนื่องตามมาตรการในส่วนที่ 2` : '';
  return `ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่าค่าเป้าหมาย (${m.target} คะแนน)${rest}`;
}

export function noItemsText(m: ReportModel): string {
  if (!m.itemsGiven) return 'ผลการประเมินที่ใช้วิเคราะห์มีเฉพาะคะแนนรายตัวชี้วัด จึงวิเคราะห์ในระดับตัวชี้วัด (ข้อเสนอแนะรายตัวชี้วัดอยู่ในหัวข้อที่ 3)';
  return `ไม่มีข้อคำถามหรือรายการใดได้คะแนนต่ำกว่าค่าเป้าหมาย (${m.target} คะแนน)`;
}

export function itemsIntro(m: ReportModel): string {
  return `ข้อคำถามของแบบวัด IIT และ EIT และรายการของแบบตรวจ OIT ที่ได้คะแนนต่ำกว่าค่าเป้าหมาย (${m.target} คะแนน) พร้อมประเด็นที่พบและข้อเสนอแนะในการปรับปรุง มีดังนี้`;
}

export function pathText(p: NonNullable<ReportModel['paths']>[number]): string {
  if (p.reached && !p.steps.length) return `คะแนนรวม ${fixed2(p.start)} ถึงค่าเป้าหมาย ${p.target} คะแนนแล้ว`;
  if (p.reached) {
    const last = p.steps[p.steps.length - 1];
    return `หากเผยแพร่ข้อมูลตามแบบตรวจ OIT ที่ยังไม่ได้คะแนนเพิ่มอีก ${p.steps.length} รายการ ตามลำดับในตาราง คะแนนรวมจะเพิ่มเป็น ${fixed2(last.totalAfter)} คะแนน ถึงค่าเป้าหมาย ${p.target} คะแนน`;
  }
  return `แม้เผยแพร่ข้อมูลตามแบบตรวจ OIT ครบทุกรายการที่ยังไม่ได้คะแนน คะแนนรวมยังขาดอีก ${fixed2(p.remaining)} คะแนนจากค่าเป้าหมาย ${p.target} คะแนน ซึ่งต้องยกระดับผลการรับรู้ของผู้มีส่วนได้ส่วนเสีย (IIT และ EIT) ร่วมด้วย`;
}

export function planIntro(m: ReportModel): string {
  return `${m.agency} ได้นำผลการวิเคราะห์ในส่วนที่ 1 มากำหนดมาตรการ โครงการ หรือกิจกรรม เพื่อแก้ไขจุดอ่อนและรักษาจุดแข็ง ประจำปีงบประมาณ พ.ศ. ${m.planYear} จำนวน ${m.measures.length} มาตรการ ดังนี้`;
}

export const PLAN_CLOSING = 'ให้หน่วยงานที่รับผิดชอบดำเนินการตามมาตรการข้างต้นให้แล้วเสร็จภายในระยะเวลาที่กำหนด และรายงานผลการดำเนินการต่อผู้บริหารตามรอบการติดตามผล';

export function memoSubject(m: ReportModel): string {
  return `ขออนุมัติ${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} และเผยแพร่ผลการวิเคราะห์การประเมิน ITA`;
}

/** The memo's three parts; the background names the OIT item the published measures answer. */
export function memoBody(m: ReportModel): { heading: string; text: string }[] {
  const item = m.measuresItem ? ` (ข้อ ${m.measuresItem} ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ)` : '';
  return [
    {
      heading: '1. เรื่องเดิม',
      text: `ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${m.year} และแจ้งผลการประเมินให้หน่วยงานทราบแล้ว โดยหลักเกณฑ์การประเมินกำหนดให้หน่วยงานวิเคราะห์ผลการประเมิน จัดทำ${PLAN_TITLE} และเผยแพร่ต่อสาธารณชนผ่านเว็บไซต์ของหน่วยงาน${item} นั้น`,
    },
    {
      heading: '2. ข้อเท็จจริง',
      text: `${m.agency} ได้คะแนนรวม ${fixed2(m.total)} คะแนน ${levelWords(m)} ${passCount(m)} ผู้จัดทำได้วิเคราะห์ผลการประเมินรายเครื่องมือ รายตัวชี้วัด และรายข้อ และจัดทำ${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} จำนวน ${m.measures.length} มาตรการ พร้อมผู้รับผิดชอบและระยะเวลาดำเนินการ รายละเอียดตามสิ่งที่ส่งมาด้วย`,
    },
    {
      heading: '3. ข้อพิจารณาและข้อเสนอ',
      text: `เห็นควรพิจารณา (1) รับทราบผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${m.year} (2) อนุมัติ${PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${m.planYear} (3) มอบหมายหน่วยงานภายในที่รับผิดชอบดำเนินการตามมาตรการและรายงานผลตามที่กำหนด และ (4) เผยแพร่ผลการวิเคราะห์และมาตรการดังกล่าวบนเว็บไซต์ของหน่วยงาน`,
    },
  ];
}

export const MEMO_CLOSING = 'จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดลงนามอนุมัติ';
export const ATTACHMENTS = ['1. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ส่วนที่ 1)', `2. ${PLAN_TITLE} (ส่วนที่ 2)`];
