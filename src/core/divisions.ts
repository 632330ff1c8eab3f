/** Divisions (กอง/สำนัก) of an agency and who owns which topic by default. */
import type { Topic } from './advice/types';

export type AgencyKind = 'local' | 'pao' | 'province' | 'department' | 'school';

/** Guesses the kind of agency from its name or type text. */
export function agencyKindOf(text: string | null): AgencyKind {
  const t = text ?? '';
  if (/โรงเรียน|สถานศึกษา/.test(t)) return 'school';
  if (/องค์การบริหารส่วนจังหวัด|อบจ/.test(t)) return 'pao';
  if (/เทศบาล|องค์การบริหารส่วนตำบล|อบต|เมืองพัทยา|ท้องถิ่น/.test(t)) return 'local';
  if (/จังหวัด/.test(t)) return 'province';
  if (/กรม|กระทรวง|สำนักงาน/.test(t)) return 'department';
  return 'local';
}

/**
 * Default divisions per kind; the lead of each topic and the divisions that work with it (indexes
 * into that list). A topic without a lead goes to the first division, usually the coordinator's
 * own office; co-owners are the divisions whose own work the measure's steps reach.
 */
interface KindDefaults {
  divisions: string[];
  lead: Partial<Record<Topic, number>>;
  co: Partial<Record<Topic, number[]>>;
}

const DEFAULTS: Record<AgencyKind, KindDefaults> = {
  local: {
    divisions: ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสวัสดิการสังคม'],
    lead: { budget: 1, procurement: 1, asset: 1 },
    // Permits, welfare payments and schools are services of their own divisions; works contracts are the engineers'.
    co: {
      service: [2, 4, 3],
      procurement: [2],
      asset: [2],
      budget: [0],
      planning: [1],
      participation: [4],
      risk: [1, 2],
      integrity: [1, 2, 3, 4],
      ita: [1, 2, 3, 4],
    },
  },
  pao: {
    divisions: [
      'สำนักปลัดองค์การบริหารส่วนจังหวัด',
      'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด',
      'กองคลัง',
      'กองแผนและงบประมาณ',
      'กองพัสดุและทรัพย์สิน',
      'กองการเจ้าหน้าที่',
      'กองช่าง',
      'กองการศึกษา ศาสนาและวัฒนธรรม',
      'หน่วยตรวจสอบภายใน',
    ],
    lead: { budget: 2, procurement: 4, asset: 4, hr: 5, planning: 3, ita: 1, integrity: 1, communication: 1 },
    co: { budget: [3, 8], procurement: [6, 2], asset: [2], service: [6, 7], risk: [8], complaint: [8], planning: [2], ita: [0, 8], integrity: [5] },
  },
  province: {
    divisions: ['กลุ่มงานบริหารทั่วไป', 'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'กลุ่มงานอำนวยการ', 'กลุ่มงานข้อมูลข่าวสารและการประชาสัมพันธ์', 'ศูนย์ดำรงธรรมจังหวัด'],
    lead: { planning: 1, budget: 0, procurement: 0, asset: 0, communication: 3, participation: 1, complaint: 4 },
    co: { service: [4], complaint: [2], ita: [1, 3], communication: [1], planning: [0] },
  },
  department: {
    divisions: [
      'สำนักงานเลขานุการกรม',
      'กองคลัง',
      'กองการเจ้าหน้าที่',
      'กองแผนงาน',
      'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร',
      'กลุ่มงานคุ้มครองจริยธรรม',
      'ศูนย์ปฏิบัติการต่อต้านการทุจริต',
    ],
    lead: { budget: 1, procurement: 1, asset: 1, hr: 2, planning: 3, communication: 4, service: 4, integrity: 5, risk: 6, complaint: 6, ita: 6 },
    co: { budget: [3], service: [0], ita: [0, 5], integrity: [2], communication: [0] },
  },
  school: {
    divisions: ['กลุ่มบริหารงานทั่วไป', 'กลุ่มบริหารงานวิชาการ', 'กลุ่มบริหารงานงบประมาณ', 'กลุ่มบริหารงานบุคคล'],
    lead: { budget: 2, procurement: 2, asset: 2, hr: 3, planning: 2, service: 1 },
    co: { service: [0], ita: [1, 2, 3], integrity: [3], communication: [1], planning: [0, 1], participation: [1] },
  },
};

export function defaultDivisions(kind: AgencyKind): string[] {
  return [...DEFAULTS[kind].divisions];
}

/**
 * The lead of a topic and its co-owners: the kind's defaults where the agency's own list has them
 * (else the first division leads), co-owners only among the agency's divisions.
 */
export function ownersFor(topic: Topic, kind: AgencyKind, divisions: readonly string[]): { lead: string; co: string[] } {
  const d = DEFAULTS[kind];
  const list = divisions.length ? divisions : d.divisions;
  const preferred = d.divisions[d.lead[topic] ?? 0];
  const lead = list.includes(preferred) ? preferred : list[0];
  const co = (d.co[topic] ?? []).map((k) => d.divisions[k]).filter((name) => name !== lead && list.includes(name));
  return { lead, co };
}

/**
 * No default owner leads more than half the measures when the agency lists three or more divisions:
 * the last measures of the busiest lead pass to one of their co-owners, the least busy first.
 * Rows marked `stays` (the coordinator's own routine measure) keep their lead. Owners people typed
 * are not touched (this runs on generated rows only).
 */
export function balanceLeads(owners: { lead: string; co: string[]; stays?: boolean }[], divisions: readonly string[]): { lead: string; co: string[] }[] {
  const out = owners.map((o) => ({ lead: o.lead, co: [...o.co], stays: !!o.stays }));
  if (new Set(divisions).size < 3) return out;
  const count = (name: string) => out.filter((o) => o.lead === name).length;
  for (;;) {
    const busiest = [...new Set(out.map((o) => o.lead))].sort((a, b) => count(b) - count(a))[0];
    if (count(busiest) * 2 <= out.length) return out.map(({ lead, co }) => ({ lead, co }));
    const candidates = out
      .map((o, k) => ({ o, k }))
      .filter(({ o }) => o.lead === busiest && !o.stays && o.co.some((c) => count(c) + 1 < count(busiest)))
      .reverse();
    if (!candidates.length) return out.map(({ lead, co }) => ({ lead, co }));
    const { o } = candidates[0];
    const to = [...o.co].filter((c) => count(c) + 1 < count(busiest)).sort((a, b) => count(a) - count(b))[0];
    o.co = [busiest, ...o.co.filter((c) => c !== to)];
    o.lead = to;
  }
}
