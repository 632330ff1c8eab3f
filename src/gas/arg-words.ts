/**
 * A server function's argument that fails its schema, said in words a coordinator can act on: the
 * field by its name in the sidebar, the value sent, and what it must be. Never a schema path such as
 * "options.round (Invalid input)" or "divisions.3.emails.0".
 */
import type { Label } from '../core/errors';
import { GROUP_BY_WORDS } from '../core/rollup';

/** The sidebar's names for the fields the server functions take. */
const FIELDS: Record<string, Label> = {
  sourceSheet: { th: 'แผ่นงานคะแนน', en: 'the score sheet' },
  year: { th: 'ปีงบประมาณที่ประเมิน', en: 'the assessment year' },
  target: { th: 'ค่าเป้าหมาย', en: 'the target' },
  planYear: { th: 'ปีงบประมาณของแผน', en: 'the plan year' },
  agency: { th: 'ชื่อหน่วยงาน', en: 'the agency name' },
  agencyType: { th: 'ประเภทหน่วยงาน', en: 'the agency type' },
  approvalDate: { th: 'วันที่อนุมัติแผน', en: 'the plan approval date' },
  includeKeep: { th: 'มาตรการรักษามาตรฐาน', en: 'the keep-up measures choice' },
  form: { th: 'รูปแบบรายงาน', en: 'the report form' },
  digits: { th: 'รูปแบบตัวเลข', en: 'the digits' },
  fields: { th: 'ผู้ลงนาม', en: 'the signers' },
  preparerName: { th: 'ชื่อผู้จัดทำ', en: "the preparer's name" },
  preparerPosition: { th: 'ตำแหน่งผู้จัดทำ', en: "the preparer's position" },
  proposerName: { th: 'ชื่อผู้เสนอ', en: "the proposer's name" },
  proposerPosition: { th: 'ตำแหน่งผู้เสนอ', en: "the proposer's position" },
  executiveName: { th: 'ชื่อผู้บริหาร', en: "the executive's name" },
  executivePosition: { th: 'ตำแหน่งผู้บริหาร', en: "the executive's position" },
  round: { th: 'รอบการติดตามผล', en: 'the follow-up round' },
  group: { th: 'กลุ่มหน่วยงาน', en: 'the agency group' },
  groupBy: { th: 'การจำแนกผล', en: 'the grouping' },
  name: { th: 'ชื่อ', en: 'the name' },
  emails: { th: 'อีเมล', en: 'the e-mail addresses' },
};

/** What a text field of this name must look like, when its pattern fails. */
const FORMATS: Record<string, Label> = {
  approvalDate: { th: 'วันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2568-11-20', en: 'a date written YYYY-MM-DD, such as 2025-11-20' },
  round: { th: '6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว', en: '6 (six months), 12 (twelve months) or a date written YYYY-MM-DD' },
  emails: { th: 'อีเมล เช่น finance@example.go.th', en: 'an e-mail address such as finance@example.go.th' },
};

const TYPES: Record<string, Label> = {
  number: { th: 'ตัวเลข', en: 'a number' },
  int: { th: 'จำนวนเต็ม', en: 'a whole number' },
  string: { th: 'ข้อความ', en: 'text' },
  boolean: { th: 'ใช่หรือไม่ใช่', en: 'yes or no' },
  array: { th: 'รายการ', en: 'a list' },
  object: { th: 'ชุดตัวเลือก', en: 'a set of options' },
};

/** Fixed values a field takes, by the Thai word the sidebar shows: "อำเภอ (district)". */
const VALUE_WORDS: Readonly<Record<string, string>> = { ...GROUP_BY_WORDS, thai: 'เลขไทย', arabic: 'เลขอารบิก', report: 'รายงาน', memo: 'บันทึกข้อความ' };

/** The parts of a zod issue this wording reads. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  values?: unknown[];
  keys?: string[];
}

/** "ค่าเป้าหมาย (150) ต้องไม่เกิน 100" / "the target (150) must be at most 100". */
export function argumentWords(issue: Issue, value: unknown, argument: Label): Label {
  const field = fieldName(issue.path, value, argument);
  const at = valueAt(value, issue.path);
  const shown = at === undefined ? '' : ` (${show(at)})`;
  const need = expectation(issue);
  return { th: `${field.th}${shown} ${need.th}`, en: `${field.en}${shown} ${need.en}` };
}

/** The field by its words; list entries by their number and, for a division, its name. */
function fieldName(path: readonly PropertyKey[], value: unknown, argument: Label): Label {
  let th = '';
  let en = '';
  let node: unknown = value;
  let owner: Label = argument;
  for (const step of path) {
    const next = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step] : undefined;
    if (typeof step === 'number') {
      const name =
        next !== null && typeof next === 'object' && typeof (next as { name?: unknown }).name === 'string' && (next as { name: string }).name.trim()
          ? ` "${(next as { name: string }).name}"`
          : '';
      th = `${th}${th ? ' ' : ''}${owner.th}ลำดับที่ ${step + 1}${name}`;
      en = `${en}${en ? ' ' : ''}${owner.en} no. ${step + 1}${name}`;
    } else {
      owner = FIELDS[String(step)] ?? { th: String(step), en: String(step) };
    }
    node = next;
  }
  const last = path[path.length - 1];
  if (last === undefined) return argument;
  if (typeof last === 'number') return { th, en };
  return th ? { th: `${owner.th}ของ${th}`, en: `${owner.en} of ${en}` } : owner;
}

function expectation(issue: Issue): Label {
  const name = String([...issue.path].reverse().find((p) => typeof p === 'string') ?? '');
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? { th: `ยาวเกิน ${issue.maximum} ตัวอักษร`, en: `is longer than ${issue.maximum} characters` }
        : issue.origin === 'array'
          ? { th: `มีได้ไม่เกิน ${issue.maximum} รายการ`, en: `may hold at most ${issue.maximum} entries` }
          : { th: `ต้องไม่เกิน ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { th: 'ต้องไม่ว่าง', en: 'may not be blank' }
        : { th: `ต้องไม่น้อยกว่า ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'invalid_type': {
      const type = TYPES[issue.expected ?? ''] ?? { th: String(issue.expected), en: String(issue.expected) };
      return { th: `ต้องเป็น${type.th}`, en: `must be ${type.en}` };
    }
    case 'invalid_format': {
      const format = FORMATS[name] ?? { th: 'รูปแบบที่กำหนด', en: 'the expected form' };
      return { th: `ต้องเป็น${/^[0-9]/.test(format.th) ? ' ' : ''}${format.th}`, en: `must be ${format.en}` };
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      const th = values.map((v) => (VALUE_WORDS[v] ? `${VALUE_WORDS[v]} (${v})` : v));
      return { th: `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${th.join(', ')}`, en: `must be one of: ${values.join(', ')}` };
    }
    case 'unrecognized_keys':
      return { th: `มีช่องที่ไม่รู้จัก: ${(issue.keys ?? []).join(', ')}`, en: `has fields that are not known: ${(issue.keys ?? []).join(', ')}` };
    default:
      return { th: 'ไม่ถูกต้อง', en: 'is not valid' };
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step] : undefined;
  return node !== null && typeof node === 'object' ? undefined : node;
}

function show(v: unknown): string {
  const text = typeof v === 'string' ? `"${v}"` : String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
