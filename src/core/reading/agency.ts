/**
 * The agency's name in a pasted report: a line that starts with an agency type (เทศบาลตำบล…,
 * องค์การบริหารส่วนตำบล…), or the name inside a title line (ผลการประเมิน ITA … ของ อบต.…).
 * A sheet's own name is used only when it is itself such a name, never 'Sheet1' or 'แผ่นงาน1'.
 */
import type { Label } from '../errors';
import type { ScoreSheet } from '../score-sheet';

/** What titles and file names say when no name was found or given. */
export const AGENCY_PLACEHOLDER = 'หน่วยงาน (ยังไม่ได้ระบุชื่อ)';

// Longest first, so 'องค์การบริหารส่วนจังหวัด' is not read as 'จังหวัด'.
const TYPES =
  'องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|เทศบาล|กรุงเทพมหานคร|เมืองพัทยา|' +
  'อบต\\.|อบจ\\.|ทต\\.|ทม\\.|ทน\\.|กระทรวง|สำนักงาน|จังหวัด|กรม|มหาวิทยาลัย|วิทยาลัย|โรงเรียน|โรงพยาบาล|สถาบัน|ศาล';
const TYPE_AT_START = new RegExp(`^(?:${TYPES})`);
const TYPE_ANYWHERE = new RegExp(`(${TYPES})\\s?([^\\s:,;()"“”]+)`, 'g');
/** Words that follow a type word in a sentence rather than a name ('จังหวัด ได้มีการ…'). */
const NOT_A_NAME = /^(ได้|มี|ที่|และ|ของ|ใน|ให้|จะ|เป็น|ประจำปี|ปีงบประมาณ|พ\.ศ\.|ต่าง|ทุก)/;
/** The assessor and in-house units are not the agency assessed. */
const NOT_THE_AGENCY = /ป\.ป\.[ชท]|คณะกรรมการ|สำนักงานปลัด|สำนักงานเลขานุการ|หน่วยงานภาครัฐ/;
const TITLE_CUE = /ผลการประเมิน|การวิเคราะห์|ITA|คุณธรรมและความโปร่งใส/;
const MAX_NAME_LINE = 120;
const MAX_TITLE_LINE = 200;

/** The agency named in one cell of running text, or null. */
export function agencyInText(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_NAME_LINE && TYPE_AT_START.test(t)) return nameAt(t, 0);
  if (t.length > MAX_TITLE_LINE || !TITLE_CUE.test(t)) return null;
  for (const m of t.matchAll(TYPE_ANYWHERE)) {
    const name = nameAt(t, m.index);
    if (name) return name;
  }
  return null;
}

/** The type word at `at` and the name written after it (one word, or one space then one word). */
function nameAt(text: string, at: number): string | null {
  const m = new RegExp(TYPE_ANYWHERE.source).exec(text.slice(at));
  if (!m || m.index !== 0 || NOT_A_NAME.test(m[2])) return null;
  const name = m[0].replace(/[.\-–…]+$/, '');
  return NOT_THE_AGENCY.test(name) ? null : name;
}

/** True when a sheet's name is an agency's name ('อบต.บ้านใหม่'), not 'Sheet1' or 'คะแนน ITA'. */
export function isAgencyName(text: string): boolean {
  return TYPE_AT_START.test(text.trim()) && !NOT_THE_AGENCY.test(text);
}

/** The agency for titles and file names: as given, as read, the sheet's name if it is one, else a placeholder. */
export function agencyOf(sheet: Pick<ScoreSheet, 'agency' | 'sheetName'>, given?: string): { name: string; warning: Label | null } {
  const name = given?.trim() || sheet.agency || (isAgencyName(sheet.sheetName) ? sheet.sheetName.trim() : null);
  if (name) return { name, warning: null };
  return {
    name: AGENCY_PLACEHOLDER,
    warning: {
      th: `ไม่พบชื่อหน่วยงานในแผ่นงาน "${sheet.sheetName}" จึงใช้คำว่า "${AGENCY_PLACEHOLDER}" แทน โปรดพิมพ์ชื่อหน่วยงานในช่องชื่อหน่วยงานของแถบเครื่องมือ หรือในแถว "ชื่อหน่วยงาน" ของแผ่นงานคะแนน`,
      en: `No agency name found in sheet "${sheet.sheetName}", so "${AGENCY_PLACEHOLDER}" stands in; type the agency's name in the sidebar's agency field or in a "ชื่อหน่วยงาน" row of the score sheet`,
    },
  };
}
