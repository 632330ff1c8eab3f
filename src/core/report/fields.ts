/**
 * The `ข้อมูลรายงาน` sheet: label | value rows the coordinator fills once (who prepares, proposes
 * and approves; district and province; the memo's heading). Labels are found by their text
 * wherever the rows stand; blank values leave dotted lines in the document.
 */
import { BE_OFFSET } from '../dates';
import { dayOfCell } from '../thai-date';
import type { Grid, GridValue } from '../grid';
import { isBlank } from '../numbers';
import type { Person, ReportDate, ReportFields } from './model';
import { signersFromGrid } from './signers';
import { REPORT_FIELDS_SHEET } from '../sheet-names';

type Key =
  | 'agency'
  | 'agencyType'
  | 'district'
  | 'province'
  | 'preparerName'
  | 'preparerPosition'
  | 'proposerName'
  | 'proposerPosition'
  | 'executiveName'
  | 'executivePosition'
  | 'office'
  | 'division'
  | 'phone'
  | 'ref'
  | 'to'
  | 'date';

/** The label we write first, then other labels people use for the same row. */
const LABELS: Record<Key, string[]> = {
  agency: ['ชื่อหน่วยงาน', 'หน่วยงาน'],
  agencyType: ['ประเภทหน่วยงาน'],
  district: ['อำเภอ', 'อำเภอ/เขต'],
  province: ['จังหวัด'],
  preparerName: ['ชื่อผู้จัดทำ', 'ผู้จัดทำ'],
  preparerPosition: ['ตำแหน่งผู้จัดทำ'],
  proposerName: ['ชื่อผู้เสนอ', 'ผู้เสนอ'],
  proposerPosition: ['ตำแหน่งผู้เสนอ'],
  executiveName: ['ชื่อผู้บริหาร', 'ผู้บริหาร', 'ผู้อนุมัติ', 'ชื่อผู้อนุมัติ'],
  executivePosition: ['ตำแหน่งผู้บริหาร', 'ตำแหน่งผู้อนุมัติ'],
  office: ['ส่วนราชการ'],
  division: ['หน่วยงานที่จัดทำ', 'กอง/สำนักที่จัดทำ'],
  phone: ['โทร', 'โทร.', 'โทรศัพท์'],
  ref: ['ที่', 'เลขที่หนังสือ'],
  to: ['เรียน'],
  date: ['วันที่', 'วันที่ออกเอกสาร', 'ลงวันที่'],
};

/** The sheet's rows as we first write them, for a coordinator to fill in. */
export const REPORT_FIELD_ROWS: readonly string[] = Object.values(LABELS).map((l) => l[0]);

const norm = (text: unknown) => String(text ?? '').replace(/[\s\u200b:：]+/g, '');
const BY_LABEL = new Map<string, Key>();
for (const [key, labels] of Object.entries(LABELS) as [Key, string[]][]) for (const l of labels) BY_LABEL.set(norm(l), key);

export function emptyFields(): ReportFields {
  const person = (): Person => ({ name: '', position: '' });
  return {
    agency: '',
    agencyType: '',
    district: '',
    province: '',
    preparer: person(),
    proposer: person(),
    executive: person(),
    signers: [],
    office: '',
    division: '',
    phone: '',
    ref: '',
    to: '',
    date: null,
  };
}

/** Overrides from the sidebar or the command line, in the fields' own shape (blank = keep). */
export type FieldOverrides = Partial<Record<Exclude<Key, 'date'>, string>>;

/** Reads label | value pairs anywhere in the grid: the first non-blank cell right of a known label. */
export function fieldsFromGrid(grid: Grid | undefined, overrides: FieldOverrides = {}): ReportFields {
  const found: Partial<Record<Key, GridValue>> = {};
  for (const row of grid ?? []) {
    row.forEach((cell, c) => {
      const key = typeof cell === 'string' ? BY_LABEL.get(norm(cell)) : undefined;
      if (!key || found[key] !== undefined) return;
      const value = row.slice(c + 1).find((v) => !isBlank(v));
      if (value !== undefined) found[key] = value;
    });
  }
  const text = (k: Exclude<Key, 'date'>) => String(overrides[k] ?? '').trim() || (found[k] === undefined ? '' : String(found[k]).trim());
  return {
    agency: text('agency'),
    agencyType: text('agencyType'),
    district: text('district'),
    province: text('province'),
    preparer: { name: text('preparerName'), position: text('preparerPosition') },
    proposer: { name: text('proposerName'), position: text('proposerPosition') },
    executive: { name: text('executiveName'), position: text('executivePosition') },
    signers: signersFromGrid(grid, REPORT_FIELDS_SHEET),
    office: text('office'),
    division: text('division'),
    phone: text('phone'),
    ref: text('ref'),
    to: text('to'),
    date: found.date === undefined ? null : dateOf(found.date),
  };
}

/** A date cell, or text such as '15 ตุลาคม 2568' / '2025-10-15'; null when it cannot be read. */
export function dateOf(v: GridValue): ReportDate | null {
  const day = dayOfCell(v);
  return day ? { d: day.d, m: day.m, y: day.y + BE_OFFSET } : null;
}
