/**
 * The plan sheet's columns: their meaning, the header text we write, and the other header texts
 * people use for the same column (so a plan read back after edits is understood by its headers).
 */
import { remembered } from '../remember';

export const STATUS = {
  notStarted: 'ยังไม่เริ่ม',
  inProgress: 'กำลังดำเนินการ',
  done: 'เสร็จแล้ว',
  cancelled: 'ยกเลิก',
} as const;
export const STATUS_VALUES: string[] = Object.values(STATUS);

/** Written at the start of หมายเหตุ when a measure's finding has disappeared. */
export const OBSOLETE_MARK = '〔ไม่จำเป็นแล้วตามผลการวิเคราะห์ล่าสุด〕';

export const PLAN_COLUMNS = [
  'ลำดับ',
  'ตัวชี้วัด',
  'ประเด็น/ข้อคำถาม',
  'มาตรการ/โครงการ/กิจกรรม',
  'ขั้นตอน/วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ผู้รับผิดชอบร่วม',
  'วันเริ่ม',
  'กำหนดแล้วเสร็จ',
  'กำหนดแล้วเสร็จใหม่ (กรณีเลื่อน)',
  'การติดตามผล/การรายงานผล',
  'สถานะ',
  'ความคืบหน้า (%)',
  'หมายเหตุ',
  'รหัสมาตรการ (ห้ามแก้ไข)',
  'กำหนดหมุดหมายแรก (คำนวณ ห้ามแก้ไข)',
  'ร้อยละที่ควรถึง ณ หมุดหมายแรก (คำนวณ ห้ามแก้ไข)',
  'กำหนดหมุดหมายที่สอง (คำนวณ ห้ามแก้ไข)',
  'ร้อยละที่ควรถึง ณ หมุดหมายที่สอง (คำนวณ ห้ามแก้ไข)',
] as const;

/** Column positions (0-based) by meaning, in the order we first write them. */
export const COL = {
  no: 0,
  indicator: 1,
  items: 2,
  measure: 3,
  steps: 4,
  owner: 5,
  coOwner: 6,
  start: 7,
  deadline: 8,
  revised: 9,
  followUp: 10,
  status: 11,
  progress: 12,
  note: 13,
  key: 14,
  milestone1: 15,
  share1: 16,
  milestone2: 17,
  share2: 18,
} as const;

export type PlanField = keyof typeof COL;
export const PLAN_FIELDS = Object.keys(COL) as PlanField[];

/**
 * Hidden helper columns Generate computes from the follow-up cell's milestones (the first two as
 * written, with the progress each asks for), so the plan's live formulas compare TODAY() with dates;
 * never kept from the sheet and never a division's to edit.
 */
export const MILESTONE_FIELDS = [
  { by: 'milestone1', share: 'share1' },
  { by: 'milestone2', share: 'share2' },
] as const satisfies readonly { by: PlanField; share: PlanField }[];
export const HELPER_FIELDS: readonly PlanField[] = MILESTONE_FIELDS.flatMap((m) => [m.by, m.share]);

/** Columns a division may type in; kept on regeneration. */
export const KEPT_FIELDS: readonly PlanField[] = [
  'measure',
  'steps',
  'owner',
  'coOwner',
  'start',
  'deadline',
  'revised',
  'followUp',
  'status',
  'progress',
  'note',
];

/** Other header texts seen for the same columns (older versions, hand-made plans). */
const ALIASES: Partial<Record<PlanField, string[]>> = {
  no: ['ที่', 'ลำดับที่'],
  indicator: ['ตัวชี้วัดที่', 'ผลการวิเคราะห์ที่สอดคล้อง'],
  items: ['ประเด็นข้อคำถาม', 'ข้อคำถาม', 'ประเด็น'],
  measure: ['มาตรการ', 'มาตรการ/โครงการ', 'โครงการ/กิจกรรม', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส'],
  steps: ['ขั้นตอนการดำเนินการ', 'วิธีการดำเนินการ', 'ขั้นตอน/วิธีการ'],
  owner: ['ผู้รับผิดชอบหลัก', 'หน่วยงานที่รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'ผู้รับผิดชอบ/หน่วยงาน', 'กองที่รับผิดชอบ', 'กอง/สำนักที่รับผิดชอบ', 'สำนัก/กองที่รับผิดชอบ', 'ส่วนราชการที่รับผิดชอบ'],
  coOwner: ['ผู้ร่วมรับผิดชอบ', 'หน่วยงานสนับสนุน', 'ผู้รับผิดชอบรอง'],
  start: ['วันที่เริ่ม', 'เริ่มดำเนินการ'],
  deadline: ['กำหนดเสร็จ', 'วันที่แล้วเสร็จ', 'ระยะเวลาแล้วเสร็จ'],
  revised: ['กำหนดแล้วเสร็จใหม่', 'กำหนดเสร็จใหม่', 'เลื่อนกำหนดเป็น'],
  followUp: ['การติดตามผล', 'การรายงานผล', 'การติดตามและรายงานผล'],
  status: ['สถานะการดำเนินการ'],
  progress: ['ความคืบหน้า', 'ความคืบหน้า(%)', 'ร้อยละความคืบหน้า'],
  note: ['หมายเหตุ/ปัญหาอุปสรรค', 'ปัญหาอุปสรรค'],
  key: ['รหัสมาตรการ'],
  milestone1: ['กำหนดหมุดหมายแรก'],
  share1: ['ร้อยละที่ควรถึง ณ หมุดหมายแรก'],
  milestone2: ['กำหนดหมุดหมายที่สอง'],
  share2: ['ร้อยละที่ควรถึง ณ หมุดหมายที่สอง'],
};

/** Header text without spaces, line breaks or the "do not edit" hint, for comparison. */
export function headerKey(text: unknown): string {
  return String(text ?? '')
    .replace(/\(ห้ามแก้ไข\)/g, '')
    .replace(/[\s\u200b]+/g, '')
    .toLowerCase();
}

const BY_HEADER = new Map<string, PlanField>();
for (const f of PLAN_FIELDS) {
  for (const text of [PLAN_COLUMNS[COL[f]], ...(ALIASES[f] ?? [])]) BY_HEADER.set(headerKey(text), f);
}

/**
 * Columns people type in, whose headers people lengthen ('สถานะการดำเนินงานล่าสุด'): a header starting
 * with one of their texts is theirs. Not ลำดับ or มาตรการ, which start many headers of other meanings.
 */
const PREFIX_FIELDS: readonly PlanField[] = ['owner', 'coOwner', 'start', 'deadline', 'revised', 'status', 'progress', 'note'];
const PREFIXES = [...BY_HEADER]
  .filter(([, f]) => PREFIX_FIELDS.includes(f))
  .map(([k]) => k)
  .sort((a, b) => b.length - a.length);

/**
 * The column meaning of a header cell, or null for a column people added. Words people add to a
 * header still match: a part in brackets ('สถานะ (เลือก)', 'ความคืบหน้า (ร้อยละ)') is set aside, and
 * a header starting with a known one takes the longest such ('ผู้รับผิดชอบร่วม…' before 'ผู้รับผิดชอบ').
 */
export function fieldOfHeader(text: unknown): PlanField | null {
  return typeof text === 'string' ? fieldOfText(text) : fieldOfKey(headerKey(text));
}

/** Every text of a plan is asked when its header row is looked for: the answers are remembered per worker. */
const fieldOfText = remembered((text) => fieldOfKey(headerKey(text)), 4096);

function fieldOfKey(key: string): PlanField | null {
  const exact = BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/\([^)]*\)/g, ''));
  if (exact || !key) return exact ?? null;
  const prefix = PREFIXES.find((p) => key.startsWith(p));
  return prefix ? BY_HEADER.get(prefix)! : null;
}

/** Columns whose meaning decides rights and follow-up: never re-added beside one people renamed. */
export const REQUIRED_FIELDS: readonly PlanField[] = ['owner', 'status', 'progress', 'note'];

/** The header texts a required column is found by, for the message when none is there. */
export function headersFor(f: PlanField): string[] {
  return [PLAN_COLUMNS[COL[f]], ...(ALIASES[f] ?? [])];
}

/** The key column's header, by which a renamed plan sheet is still found. */
export const KEY_HEADER = PLAN_COLUMNS[COL.key];
