/** Divisions (กอง/สำนัก) of an agency and who owns which topic by default. */
import type { Topic } from './advice/types';

export type AgencyKind = 'local' | 'pao' | 'province' | 'department';

/** Guesses the kind of agency from its name or type text. */
export function agencyKindOf(text: string | null): AgencyKind {
  const t = text ?? '';
  if (/องค์การบริหารส่วนจังหวัด|อบจ/.test(t)) return 'pao';
  if (/เทศบาล|องค์การบริหารส่วนตำบล|อบต|เมืองพัทยา|ท้องถิ่น/.test(t)) return 'local';
  if (/จังหวัด/.test(t)) return 'province';
  if (/กรม|กระทรวง|สำนักงาน/.test(t)) return 'department';
  return 'local';
}

/** Default divisions per kind, and the owner of each topic (an index into that list). */
const DEFAULTS: Record<AgencyKind, { divisions: string[]; owners: Partial<Record<Topic, number>> }> = {
  local: {
    divisions: ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสวัสดิการสังคม'],
    owners: { budget: 1, procurement: 1, asset: 1 },
  },
  pao: {
    divisions: ['สำนักปลัดองค์การบริหารส่วนจังหวัด', 'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด', 'กองคลัง', 'กองแผนและงบประมาณ', 'กองพัสดุและทรัพย์สิน', 'กองการเจ้าหน้าที่', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'หน่วยตรวจสอบภายใน'],
    owners: { budget: 2, procurement: 4, asset: 4, hr: 5, planning: 3, ita: 1, integrity: 1, communication: 1 },
  },
  province: {
    divisions: ['กลุ่มงานบริหารทั่วไป', 'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'กลุ่มงานอำนวยการ', 'กลุ่มงานข้อมูลข่าวสารและการประชาสัมพันธ์', 'ศูนย์ดำรงธรรมจังหวัด'],
    owners: { planning: 1, budget: 0, procurement: 0, asset: 0, communication: 3, participation: 1, complaint: 4 },
  },
  department: {
    divisions: ['สำนักงานเลขานุการกรม', 'กองคลัง', 'กองการเจ้าหน้าที่', 'กองแผนงาน', 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', 'กลุ่มงานคุ้มครองจริยธรรม', 'ศูนย์ปฏิบัติการต่อต้านการทุจริต'],
    owners: { budget: 1, procurement: 1, asset: 1, hr: 2, planning: 3, communication: 4, service: 4, integrity: 5, risk: 6, complaint: 6, ita: 6 },
  },
};

export function defaultDivisions(kind: AgencyKind): string[] {
  return [...DEFAULTS[kind].divisions];
}

/**
 * The owner of a topic: the kind's default owner when the agency's list has it, else the first
 * division of the list (usually the coordinator's own office).
 */
export function ownerFor(topic: Topic, kind: AgencyKind, divisions: readonly string[]): string {
  const d = DEFAULTS[kind];
  const preferred = d.divisions[d.owners[topic] ?? 0];
  if (divisions.includes(preferred)) return preferred;
  return divisions[0] ?? preferred;
}
