/** The kinds of agency an office groups by, read from a type column or from the name itself. */
import type { AgencyType } from './types';

// Longest first: 'องค์การบริหารส่วนจังหวัด' is not 'จังหวัด', 'เทศบาลตำบล' is not 'เทศบาล'.
const PATTERNS: [RegExp, AgencyType][] = [
  [/^(องค์การบริหารส่วนตำบล|อบต\.?)/, 'sao'],
  [/^(องค์การบริหารส่วนจังหวัด|อบจ\.?)/, 'pao'],
  [/^(เทศบาลตำบล|ทต\.?)/, 'subdistrict'],
  [/^(เทศบาลเมือง|ทม\.?)/, 'town'],
  [/^(เทศบาลนคร|ทน\.?)/, 'city'],
  [/^(กรุงเทพมหานคร|เมืองพัทยา|กทม\.?)/, 'bma'],
  [/^(จังหวัด|สำนักงานจังหวัด)/, 'province'],
  [/^(โรงเรียน|สถานศึกษา|วิทยาลัย)/, 'school'],
  [/^(กรม|กระทรวง|สำนักงาน|สถาบัน|ส่วนราชการ)/, 'department'],
];

/** Thai names of the kinds, in the order tables list them. */
export const TYPE_LABEL: Record<AgencyType, string> = {
  pao: 'องค์การบริหารส่วนจังหวัด',
  city: 'เทศบาลนคร',
  town: 'เทศบาลเมือง',
  subdistrict: 'เทศบาลตำบล',
  sao: 'องค์การบริหารส่วนตำบล',
  bma: 'องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ',
  province: 'จังหวัด',
  department: 'ส่วนราชการ',
  school: 'สถานศึกษา',
  other: 'หน่วยงานอื่น',
};

export const TYPE_ORDER = Object.keys(TYPE_LABEL) as AgencyType[];

/** The kind a name or a type cell says; null when it says none we know. */
export function agencyTypeOf(text: string): AgencyType | null {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const [re, type] of PATTERNS) if (re.test(t)) return type;
  // A type column may hold the label as we write it ('ส่วนราชการ', 'หน่วยงานอื่น').
  const exact = TYPE_ORDER.find((k) => TYPE_LABEL[k] === t);
  return exact ?? null;
}
