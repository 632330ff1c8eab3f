import type { IndicatorDef, ToolDef } from './types';

/** The ten indicators, the same in every edition since 2561. */
export const INDICATORS: readonly IndicatorDef[] = [
  { no: 1, nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duty', family: 'IIT' },
  { no: 2, nameTh: 'การใช้งบประมาณ', nameEn: 'Use of budget', family: 'IIT' },
  { no: 3, nameTh: 'การใช้อำนาจ', nameEn: 'Use of authority', family: 'IIT' },
  { no: 4, nameTh: 'การใช้ทรัพย์สินของราชการ', nameEn: 'Use of state property', family: 'IIT' },
  { no: 5, nameTh: 'การแก้ไขปัญหาการทุจริต', nameEn: 'Addressing corruption', family: 'IIT' },
  { no: 6, nameTh: 'คุณภาพการดำเนินงาน', nameEn: 'Quality of operations', family: 'EIT' },
  { no: 7, nameTh: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Communication efficiency', family: 'EIT' },
  { no: 8, nameTh: 'การปรับปรุงการทำงาน', nameEn: 'Work improvement', family: 'EIT' },
  { no: 9, nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Information disclosure', family: 'OIT' },
  { no: 10, nameTh: 'การป้องกันการทุจริต', nameEn: 'Corruption prevention', family: 'OIT' },
];

/** Indicator 8's name before 2566 (seed 003 prints it). */
export const INDICATOR_8_OLD_NAME_TH = 'การปรับปรุงระบบการทำงาน';

export const TOOLS_3: readonly ToolDef[] = [
  { id: 'IIT', family: 'IIT', weight: 30, nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', nameEn: 'Internal Integrity and Transparency Assessment (IIT)' },
  { id: 'EIT', family: 'EIT', weight: 30, nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', nameEn: 'External Integrity and Transparency Assessment (EIT)' },
  { id: 'OIT', family: 'OIT', weight: 40, nameTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', nameEn: 'Open Data Integrity and Transparency Assessment (OIT)' },
];

export const TOOLS_4: readonly ToolDef[] = [
  TOOLS_3[0],
  { id: 'EIT1', family: 'EIT', weight: 15, nameTh: 'แบบวัด EIT ส่วนที่ 1 (ผู้รับบริการตอบด้วยตนเอง)', nameEn: 'EIT part 1 (public respondents)' },
  { id: 'EIT2', family: 'EIT', weight: 15, nameTh: 'แบบวัด EIT ส่วนที่ 2 (ผู้มีส่วนได้ส่วนเสียที่สุ่มตัวอย่าง)', nameEn: 'EIT part 2 (sampled key stakeholders)' },
  TOOLS_3[2],
];
