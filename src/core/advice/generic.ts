/**
 * Generic advice for an item the catalogue does not know (a school's SAR, a new year's document),
 * built from its name and where it sits. Placeholders: {code}, {name}, {where} (its sub-indicator
 * or indicator), {who} (who answers the survey). Each advice text starts with the generic mark.
 */
export interface GenericAdvice {
  oitIssue: string;
  oitAdvice: string;
  surveyIssue: string;
  surveyAdvice: string;
  /** {who} for IIT and for EIT. */
  staff: string;
  outsiders: string;
}

export const GENERIC_ADVICE: GenericAdvice = {
  oitIssue: 'ไม่พบ{name} บนเว็บไซต์หลักของหน่วยงาน หรือข้อมูลที่เผยแพร่ยังไม่ครบถ้วนตามหลักเกณฑ์ของ{where}',
  oitAdvice:
    '(ข้อเสนอแนะทั่วไป) หน่วยงานควรตรวจสอบหลักเกณฑ์ของข้อ {code} {name} ในคู่มือการประเมิน จัดทำข้อมูลให้ครบถ้วน เป็นปัจจุบัน และผ่านความเห็นชอบของผู้บริหาร ' +
    'แล้วเผยแพร่บนเว็บไซต์หลักของหน่วยงานภายในระยะเวลาที่กำหนด เพื่อให้{where}ได้คะแนนครบถ้วน',
  surveyIssue: '{who}ยังรับรู้ในประเด็น "{name}" ต่ำกว่าค่าเป้าหมาย',
  surveyAdvice:
    '(ข้อเสนอแนะทั่วไป) หน่วยงานควรทบทวนการดำเนินงานในประเด็น "{name}" กำหนดแนวปฏิบัติที่ชัดเจน สื่อสารให้{who}รับทราบอย่างทั่วถึง ' + 'และติดตามผลเป็นระยะ เพื่อยกระดับผลของ{where}',
  staff: 'บุคลากรภายในหน่วยงาน',
  outsiders: 'ผู้รับบริการและผู้มีส่วนได้ส่วนเสียภายนอก',
};
