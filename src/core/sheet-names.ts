/**
 * Every sheet name ITA Sheets writes, the titles and header cells by which a renamed one is still
 * recognised, and which of our sheets a name is. The layouts that write these sheets and the
 * readers that skip or find them both take the words from here, so neither imports the other.
 * (Recognising a sheet by its whole header row, which needs each sheet's form, is our-sheets.ts.)
 */

export const TEMPLATE_SHEET = 'คะแนน ITA';
export const HISTORY_SHEET = 'ผลย้อนหลัง';
export const ANALYSIS_SHEET = 'การวิเคราะห์ผล ITA';
export const PLAN_SHEET = 'มาตรการ ITA';
export const SUMMARY_SHEET = 'สรุปมาตรการ ITA';
export const DIVISIONS_SHEET = 'หน่วยงานภายใน';
export const PROGRESS_SHEET = 'ติดตามมาตรการ ITA';
export const SETTINGS_SHEET = 'ตั้งค่า ITA';
export const FRAMEWORK_SHEET = 'กรอบการประเมิน';
/** The sheet a coordinator fills for the documents: agency details and signers. */
export const REPORT_FIELDS_SHEET = 'ข้อมูลรายงาน';
/** Hidden sheet holding dropdown lists too long to write inline (written by the xlsx renderer). */
export const LIST_SHEET = '_ita_lists';
/** Read-only per-division sheets made by "share with divisions": 'มาตรการ ITA - กองคลัง'. */
export const VIEW_PREFIX = 'มาตรการ ITA - ';

/** The analysis sheet's title, followed by the year; also how the sheet is recognised when renamed. */
export const ANALYSIS_TITLE = 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';
export const INDICATOR_SECTION = 'ผลการประเมินรายตัวชี้วัด';
/** The analysis sheet's label rows (label in A, value in B) that the report and the follow-up read back. */
export const ANALYSIS_LABELS = { agency: 'หน่วยงาน', year: 'ปีงบประมาณที่ประเมิน', target: 'ค่าเป้าหมาย' } as const;
/** The follow-up sheet's title's first words; also how the sheet is recognised when renamed. */
export const PROGRESS_TITLE = 'ติดตามผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส';
/** Header cells by which the divisions and summary sheets are recognised when renamed. */
export const DIVISIONS_HEADER = 'หน่วยงานภายใน (กอง/สำนัก)';
export const SUMMARY_COUNT_HEADER = 'จำนวนมาตรการ';

/** The roll-up's sheet names and title: the layout writes them, the reader skips them. */
export const ROLLUP_SHEETS = {
  overview: 'สรุปผล ITA หลายหน่วยงาน',
  ranking: 'อันดับผล ITA',
  indicators: 'ผลรายตัวชี้วัด หลายหน่วยงาน',
  followUp: 'หน่วยงานที่ต้องติดตาม',
  items: 'ข้อที่ไม่ผ่านบ่อย',
  movers: 'ผลเปลี่ยนแปลงจากปีก่อน',
} as const;

/** Every roll-up sheet's first cell starts with this. */
export const ROLLUP_TITLE = 'สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานในความรับผิดชอบ';

/** A sheet we wrote as part of a roll-up: never read back as agencies' scores. */
export function isRollupSheet(name: string, firstCell: unknown): boolean {
  return (typeof firstCell === 'string' && firstCell.startsWith(ROLLUP_TITLE)) || Object.values(ROLLUP_SHEETS).includes(name.trim() as never);
}

/** The word in the name of the copy kept of an old plan sheet when the merge cannot be sure. */
export const BACKUP_MARK = 'ก่อนสร้างใหม่';
const SEASON_NAME = /\s[12]\d{3}(?: \(\d+\))?$/;

/** Copies we kept (an unsure merge's, an old season's) are not the plan, though they hold its header. */
export function isBackupName(name: string): boolean {
  return name.includes(BACKUP_MARK) || /\(เดิม /.test(name) || name.startsWith('เดิม ') || isSeasonName(name);
}

/** An old season's plan kept under its year. */
export function isSeasonName(name: string): boolean {
  return name.startsWith(`${PLAN_SHEET} `) && SEASON_NAME.test(name) && !name.startsWith(VIEW_PREFIX);
}

/**
 * The framework sheet, the copies an insert makes beside it ('กรอบการประเมิน (2)') and the names
 * people give it by adding words ('กรอบการประเมิน 2568'); a kept copy of an old plan is none of them.
 */
export function isFrameworkSheetName(name: string): boolean {
  return name.trim().startsWith(FRAMEWORK_SHEET);
}

export type OurSheet = 'scores' | 'history' | 'analysis' | 'plan' | 'division view' | 'summary' | 'divisions' | 'settings' | 'framework' | 'lists' | 'progress';

export const OUR_SHEET_LABEL: Record<OurSheet, { th: string; en: string }> = {
  scores: { th: 'แผ่นงานคะแนน', en: 'score sheet' },
  history: { th: 'แผ่นงานผลย้อนหลัง', en: 'earlier results sheet' },
  analysis: { th: 'แผ่นงานการวิเคราะห์ผล', en: 'analysis sheet' },
  plan: { th: 'แผ่นงานมาตรการ', en: 'measures plan sheet' },
  'division view': { th: 'แผ่นงานมาตรการของหน่วยงานภายใน', en: "division's view of the plan" },
  summary: { th: 'แผ่นงานสรุปมาตรการ', en: 'plan summary sheet' },
  divisions: { th: 'แผ่นงานหน่วยงานภายใน', en: 'divisions sheet' },
  settings: { th: 'แผ่นงานตั้งค่าเกณฑ์', en: 'settings sheet' },
  framework: { th: 'แผ่นงานกรอบการประเมิน', en: 'framework sheet' },
  lists: { th: 'แผ่นงานรายการตัวเลือก (ซ่อน)', en: 'hidden list sheet' },
  progress: { th: 'แผ่นงานติดตามผลมาตรการ', en: 'follow-up sheet' },
};

const BY_NAME = new Map<string, OurSheet>([
  [TEMPLATE_SHEET, 'scores'],
  [HISTORY_SHEET, 'history'],
  [ANALYSIS_SHEET, 'analysis'],
  [PLAN_SHEET, 'plan'],
  [SUMMARY_SHEET, 'summary'],
  [DIVISIONS_SHEET, 'divisions'],
  [SETTINGS_SHEET, 'settings'],
  [LIST_SHEET, 'lists'],
  [PROGRESS_SHEET, 'progress'],
]);

/** Which of our sheets a name is, without reading it (the add-on's cheap check); a kept copy of an old plan counts as a plan. */
export function ourSheetByName(name: string): OurSheet | null {
  const trimmed = name.trim();
  if (trimmed.startsWith(VIEW_PREFIX)) return 'division view';
  if (isBackupName(trimmed)) return 'plan';
  if (isFrameworkSheetName(trimmed)) return 'framework';
  return BY_NAME.get(trimmed) ?? null;
}
