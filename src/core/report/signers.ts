/**
 * Who signs, in the order the document goes up: the chain the agency's kind uses (an อบต. or
 * เทศบาล: preparer → หัวหน้าสำนักปลัด → ปลัด for an opinion → นายก approves; a province: through the
 * head of the provincial office to the governor; a department: to the director-general; a school:
 * to the director), or the chain the coordinator lists in ข้อมูลรายงาน, one `ผู้ลงนาม` row each.
 */
import type { AgencyKind } from '../divisions';
import { ItaError } from '../errors';
import type { Grid } from '../grid';
import { isBlank } from '../numbers';
import type { Person, ReportFields, ReportSigner, SignerRole } from './model';

/** The label of a signer row in ข้อมูลรายงาน: ผู้ลงนาม | name | position | role. */
export const SIGNER_LABEL = 'ผู้ลงนาม';

/** The role words a coordinator types, in the order they are tried. */
const ROLE_WORDS: [RegExp, SignerRole][] = [
  [/อนุมัติ|สั่งการ/, 'approve'],
  [/ความเห็น/, 'opinion'],
  [/ตรวจ|เสนอ/, 'propose'],
  [/จัดทำ/, 'prepare'],
];

const COLUMN = (c: number) => String.fromCharCode(65 + c);

/** The `ผู้ลงนาม` rows of the sheet, in their order; [] when there are none. */
export function signersFromGrid(grid: Grid | undefined, sheet: string): ReportSigner[] {
  const out: ReportSigner[] = [];
  (grid ?? []).forEach((row, r) => {
    const at = row.findIndex((v) => !isBlank(v));
    if (at < 0 || String(row[at]).replace(/\s+/g, '') !== SIGNER_LABEL) return;
    const [name, position, role] = [1, 2, 3].map((k) => (isBlank(row[at + k]) ? '' : String(row[at + k]).trim()));
    const found = ROLE_WORDS.find(([pattern]) => pattern.test(role))?.[1];
    if (!found) {
      const cell = `${COLUMN(at + 3)}${r + 1}`;
      throw new ItaError(
        `แผ่นงาน "${sheet}" เซลล์ ${cell}: บทบาทของผู้ลงนาม ("${role}") ต้องเป็น จัดทำ, ตรวจ/เสนอ, ความเห็น หรือ อนุมัติ`,
        `Sheet "${sheet}" cell ${cell}: a signer's role ("${role}") must be จัดทำ (prepares), ตรวจ/เสนอ (checks/proposes), ความเห็น (opinion) or อนุมัติ (approves)`,
      );
    }
    out.push({ role: found, person: { name, position } });
  });
  return out;
}

/** The chain for the agency's kind, with the names and positions the fields give. */
function defaultSigners(kind: AgencyKind, agency: string, f: Pick<ReportFields, 'preparer' | 'proposer' | 'executive'>): ReportSigner[] {
  const posts = POSTS[kind](agency);
  const person = (p: Person, position: string): Person => ({ name: p.name, position: p.position || position });
  return [
    { role: 'prepare', person: f.preparer },
    { role: 'propose', person: person(f.proposer, posts.propose) },
    ...(posts.opinion ? [{ role: 'opinion' as const, person: { name: '', position: posts.opinion } }] : []),
    { role: 'approve', person: person(f.executive, posts.approve) },
  ];
}

/**
 * The coordinator's chain when listed (a blank name or position there takes the one typed for its
 * role elsewhere: the sidebar, or the ชื่อผู้จัดทำ-style rows), else the kind's.
 */
export function signersOf(kind: AgencyKind, agency: string, f: Pick<ReportFields, 'signers' | 'preparer' | 'proposer' | 'executive'>): ReportSigner[] {
  if (!f.signers.length) return defaultSigners(kind, agency, f);
  const typed: Partial<Record<SignerRole, Person>> = { prepare: f.preparer, propose: f.proposer, approve: f.executive };
  return f.signers.map((s) => ({
    role: s.role,
    person: { name: s.person.name || typed[s.role]?.name || '', position: s.person.position || typed[s.role]?.position || '' },
  }));
}

/** The one who approves: the memo is addressed to them. */
export function approverOf(signers: ReportSigner[]): Person | null {
  return [...signers].reverse().find((s) => s.role === 'approve')?.person ?? null;
}

interface Posts {
  propose: string;
  opinion?: string;
  approve: string;
}

/** 'เทศบาลตำบลทุ่งผึ้ง' → 'นายกเทศมนตรีตำบลทุ่งผึ้ง'; other local governments: 'นายก' + the name. */
function mayor(agency: string): string {
  return agency.startsWith('เทศบาล') ? `นายกเทศมนตรี${agency.slice('เทศบาล'.length)}` : `นายก${agency}`;
}

/** The body the office belongs to, without the place: 'องค์การบริหารส่วนตำบล', 'เทศบาล', 'องค์การบริหารส่วนจังหวัด'. */
function localBody(agency: string): string {
  return /^องค์การบริหารส่วนจังหวัด/.test(agency) ? 'องค์การบริหารส่วนจังหวัด' : agency.startsWith('เทศบาล') ? 'เทศบาล' : 'องค์การบริหารส่วนตำบล';
}

const LOCAL = (agency: string): Posts => ({ propose: `หัวหน้าสำนักปลัด${localBody(agency)}`, opinion: `ปลัด${agency}`, approve: mayor(agency) });

const POSTS: Record<AgencyKind, (agency: string) => Posts> = {
  local: LOCAL,
  pao: LOCAL,
  province: (agency) => ({ propose: `หัวหน้าสำนักงาน${agency}`, approve: `ผู้ว่าราชการ${agency}` }),
  department: (agency) => ({ propose: 'ผู้อำนวยการสำนักงานเลขานุการกรม', approve: `อธิบดี${agency}` }),
  school: (agency) => ({ propose: 'หัวหน้ากลุ่มบริหารงานทั่วไป', approve: `ผู้อำนวยการ${agency}` }),
};
