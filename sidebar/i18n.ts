/** Sidebar wording, Thai first (formal), English second, and the choice of language. */

export type Lang = 'th' | 'en';

const S = {
  title: ['การวิเคราะห์ผล ITA', 'ITA results analysis'],
  langGroup: ['ภาษา', 'Language'],
  loading: ['กำลังโหลดข้อมูลแผ่นงาน…', 'Loading the spreadsheet…'],
  analysisHeading: ['การวิเคราะห์และแผนมาตรการ', 'Analysis and measures plan'],
  sourceSheet: ['แผ่นงานคะแนน', 'Score sheet'],
  autoDetect: ['(ให้ระบบค้นหาเอง)', '(Detect automatically)'],
  detectedHint: ['ตรวจพบแผ่นงานคะแนนโดยอัตโนมัติ', 'Score sheet detected automatically'],
  notDetectedHint: [
    'ไม่พบแผ่นงานคะแนน โปรดเลือกแผ่นงาน หรือแทรกแม่แบบคะแนน',
    'No score sheet found: choose a sheet or insert the score template',
  ],
  agency: ['ชื่อหน่วยงาน', 'Agency name'],
  agencyPlaceholder: ['เช่น องค์การบริหารส่วนตำบล…', 'e.g. Subdistrict Administrative Organization…'],
  year: ['ปีงบประมาณ (พ.ศ.)', 'Fiscal year (B.E.)'],
  yearHint: ['เว้นว่างเพื่ออ่านจากแผ่นงานคะแนน', 'Leave blank to read it from the score sheet'],
  yearConverted: ['แปลง ค.ศ. {ce} เป็น พ.ศ. {be} แล้ว', 'Converted {ce} C.E. to {be} B.E.'],
  target: ['ค่าเป้าหมาย', 'Target'],
  targetHint: ['คะแนน 0–100 (ค่าเริ่มต้น 85)', 'Score 0–100 (default 85)'],
  planYear: ['ปีของแผนมาตรการ', 'Plan year'],
  approvalDate: ['วันที่ผู้บริหารอนุมัติแผน', 'Date the executive approves the plan'],
  approvalHint: [
    'มาตรการเริ่มและครบกำหนดไม่ก่อนวันนี้ เว้นว่างใช้วันนี้ (หรือ 1 ตุลาคม เมื่อวันนี้อยู่นอกปีงบประมาณของแผน)',
    'No measure starts or ends before it; blank: today (or 1 October when today is outside the plan\'s fiscal year)',
  ],
  includeKeep: ['เพิ่มมาตรการรักษามาตรฐานสำหรับตัวชี้วัดที่ได้คะแนนเต็ม', 'Add keep-up measures for indicators at full marks'],
  generate: ['สร้างการวิเคราะห์', 'Generate analysis'],
  insertTemplate: ['แทรกแม่แบบคะแนน', 'Insert score template'],
  generating: ['กำลังสร้างการวิเคราะห์…', 'Generating the analysis…'],
  inserting: ['กำลังแทรกแม่แบบคะแนน…', 'Inserting the score template…'],
  templateDone: [
    'แทรกแผ่นงาน “{sheet}” แล้ว กรอกคะแนนแล้วกดสร้างการวิเคราะห์',
    'Inserted the sheet “{sheet}”: fill in the scores, then generate the analysis',
  ],
  openSheet: ['เปิดแผ่นงาน', 'Open sheet'],
  resultHeading: ['ผลการประเมิน', 'Result'],
  score: ['คะแนนรวม', 'Total score'],
  level: ['ระดับผลการประเมิน', 'Level'],
  passing: ['ตัวชี้วัด\nที่ผ่าน', 'Indicators\npassing'],
  failing: ['ตัวชี้วัด\nที่ไม่ผ่าน', 'Indicators\nbelow target'],
  measures: ['มาตรการ\nในแผน', 'Measures\nin the plan'],
  path: ['เส้นทางสู่ค่าเป้าหมาย', 'Path to the target'],
  obsoleteCount: [
    'มาตรการที่ไม่จำเป็นแล้วตามผลล่าสุด {n} มาตรการ (คงไว้ในแผนเพราะเริ่มดำเนินการแล้ว {kept} มาตรการ)',
    'Measures no longer needed by the latest results: {n} ({kept} kept in the plan because work had started)',
  ],
  oldPlan: ['แผนปีก่อนเก็บไว้ที่แผ่นงาน {sheet} ยังไม่แล้วเสร็จ {n} มาตรการ', "Last year's plan is kept as sheet {sheet}; {n} of its measures were unfinished"],
  warnings: ['ข้อควรตรวจสอบ', 'Please check'],
  sheetsCreated: ['แผ่นงานที่สร้าง', 'Sheets created'],
  divisionsHeading: ['หน่วยงานภายใน', 'Divisions'],
  divisionsHint: [
    'ระบุกอง/สำนักตามคอลัมน์ผู้รับผิดชอบในแผนมาตรการ และอีเมล (คั่นด้วยจุลภาคหรือขึ้นบรรทัดใหม่)',
    'Name each division as the plan’s owner column does, with e-mails (separated by commas or new lines)',
  ],
  divisionsEmpty: ['ยังไม่มีรายชื่อหน่วยงานภายใน', 'No divisions yet'],
  divisionName: ['ชื่อกอง/สำนัก', 'Division name'],
  divisionEmails: ['อีเมล', 'E-mails'],
  divisionRow: ['หน่วยงานที่ {n}', 'Division {n}'],
  remove: ['ลบ', 'Remove'],
  removeLabel: ['ลบ {name}', 'Remove {name}'],
  addDivision: ['+ เพิ่มหน่วยงาน', '+ Add division'],
  saveDivisions: ['บันทึกรายชื่อ', 'Save list'],
  share: ['แชร์ให้หน่วยงาน', 'Share with divisions'],
  saving: ['กำลังบันทึกรายชื่อ…', 'Saving the list…'],
  sharing: ['กำลังกำหนดสิทธิ์ให้หน่วยงาน…', 'Setting up division access…'],
  reapply: ['ปรับสิทธิ์ตามผู้รับผิดชอบปัจจุบัน', 'Re-apply rights to the current owners'],
  reapplyHint: [
    'หลังเรียงลำดับแถวของแผน สิทธิ์แก้ไขยังอยู่ที่ตำแหน่งแถวเดิม กดปุ่มนี้เพื่อกำหนดสิทธิ์ใหม่ตามผู้รับผิดชอบในแต่ละแถว ตามรายชื่อที่บันทึกไว้ (ไม่ต้องสร้างการวิเคราะห์ใหม่)',
    'After the plan is sorted, rights stay on the old row positions: this applies them again to each row\'s owner, from the saved list (no new Generate)',
  ],
  saved: ['บันทึกรายชื่อแล้ว {n} หน่วยงาน', 'Saved {n} divisions'],
  shareHeading: ['ผลการแชร์', 'Sharing'],
  shareWithNote: [
    'โปรดแชร์ไฟล์นี้ให้ที่อยู่ต่อไปนี้ด้วยปุ่ม “แชร์” ของ Google (ส่วนเสริมเข้าถึงได้เฉพาะเอกสารนี้ จึงแชร์ไฟล์เองไม่ได้)',
    'Share this file with the addresses below using Google’s Share button (the add-on can only access this document, so it cannot share the file itself)',
  ],
  shareNobody: ['ไม่มีอีเมลที่ต้องแชร์', 'No addresses to share with'],
  copy: ['คัดลอก', 'Copy'],
  copied: ['คัดลอกแล้ว', 'Copied'],
  addresses: ['ที่อยู่อีเมลสำหรับแชร์', 'Addresses to share with'],
  rowsPerDivision: ['แถวในแผนที่แต่ละหน่วยงานแก้ไขได้', 'Plan rows each division may edit'],
  rows: ['{n} แถว', '{n} rows'],
  protections: [
    'เพิ่มการป้องกัน {added} รายการ ยกเลิก {removed} รายการ',
    'Protections added: {added}, removed: {removed}',
  ],
  views: ['มุมมองที่กรองแล้ว: {list}', 'Filtered views: {list}'],
  notes: ['หมายเหตุ', 'Notes'],
  reportHeading: ['รายงานสำหรับเผยแพร่', 'Document to publish'],
  reportHint: [
    'จัดทำเอกสาร .docx จากแผ่นงานตามที่แก้ไขล่าสุด (ผลการวิเคราะห์และมาตรการ) เพื่อเสนอผู้บริหารและเผยแพร่บนเว็บไซต์ ชื่อผู้ลงนามอ่านจากแผ่นงาน ข้อมูลรายงาน ได้ด้วย',
    'Makes the .docx from the sheets as they are now (analysis and measures), to submit to the executive and publish on the website; signers can also come from the ข้อมูลรายงาน sheet',
  ],
  reportForm: ['รูปแบบเอกสาร', 'Form'],
  formReport: ['รายงานการวิเคราะห์และมาตรการ', 'Report: analysis and measures'],
  formMemo: ['บันทึกข้อความเสนอผู้บริหาร', 'Memo to the executive'],
  arabicDigits: ['ใช้เลขอารบิก (ค่าเริ่มต้นเป็นเลขไทย)', 'Arabic digits (Thai digits by default)'],
  signers: ['ผู้ลงนาม (เว้นว่างเพื่อลงนามด้วยมือ)', 'Signers (leave blank to sign by hand)'],
  preparerName: ['ชื่อผู้จัดทำ', 'Prepared by (name)'],
  preparerPosition: ['ตำแหน่งผู้จัดทำ', 'Position'],
  proposerName: ['ชื่อผู้เสนอ', 'Proposed by (name)'],
  proposerPosition: ['ตำแหน่งผู้เสนอ', 'Position'],
  executiveName: ['ชื่อผู้บริหาร', 'Executive (name)'],
  executivePosition: ['ตำแหน่งผู้บริหาร', 'Position'],
  internalCopy: [
    'ฉบับใช้ภายใน: เพิ่มเส้นทางสู่เป้าหมายและหมายเหตุของโปรแกรม (ค่าเริ่มต้นเป็นฉบับเผยแพร่บนเว็บไซต์)',
    'Internal copy: adds the path to the target and the program\'s notes (the default is the copy for the website)',
  ],
  docDate: ['วันที่ของเอกสาร', 'Document date'],
  reportDateHint: ['เว้นว่าง: วันที่อนุมัติแผน', 'Blank: the plan\'s approval date'],
  followupDateHint: ['เว้นว่าง: วันทำการแรกหลังสิ้นรอบ (1 เมษายน หรือ 1 ตุลาคม)', 'Blank: the first working day after the round (1 April or 1 October)'],
  datePlaceholder: ['เช่น 20 พ.ย. 2568 หรือ 20/11/2568', 'e.g. 20 พ.ย. 2568 or 20/11/2568'],
  pickDate: ['เลือกจากปฏิทิน', 'Pick from the calendar'],
  dateEcho: ['วันที่ {date}', '{date} (B.E.)'],
  errDate: ['อ่านวันที่ไม่ได้ โปรดพิมพ์ เช่น 20 พ.ย. 2568 หรือ 20/11/2568', 'Not a date: type e.g. 20 พ.ย. 2568 or 20/11/2568'],
  downloadReport: ['ดาวน์โหลดเอกสาร (.docx)', 'Download document (.docx)'],
  reportMaking: ['กำลังจัดทำเอกสาร…', 'Making the document…'],
  reportDone: ['ดาวน์โหลด {file} แล้ว ({n} มาตรการ)', 'Downloaded {file} ({n} measures)'],
  followupHeading: ['ติดตามผลการดำเนินการตามมาตรการ', 'Following up the measures'],
  followupPlan: ['แผนที่ติดตาม (แผนปีก่อนเก็บไว้ในแผ่นงานตามปี)', "Plan to follow up (earlier years' plans are kept under their year)"],
  followupHint: [
    'ติดตามสถานะ ความคืบหน้า และหมายเหตุที่หน่วยงานภายในรายงานในแผ่นงานมาตรการ สำหรับรายงานรอบ 6 เดือนและรอบ 12 เดือน มาตรการที่ล่าช้ากว่ากำหนดแสดงก่อน',
    'Follows the status, progress and notes the divisions report in the plan sheet, for the 6- and 12-month reports; late measures come first',
  ],
  followupRound: ['รอบการติดตาม', 'Round'],
  followupRound6: ['รอบ 6 เดือน (ถึง 31 มีนาคม)', '6 months (to 31 March)'],
  followupRound12: ['รอบ 12 เดือน (ถึง 30 กันยายน)', '12 months (to 30 September)'],
  followupRoundDate: ['ณ วันที่ (เว้นว่าง = วันนี้)', 'As of a day (blank = today)'],
  followupSheet: ['สร้างแผ่นงานติดตาม', 'Write the follow-up sheet'],
  followupDownload: ['ดาวน์โหลดรายงานผล (.docx)', 'Download the follow-up report (.docx)'],
  followupWriting: ['กำลังเขียนแผ่นงานติดตาม…', 'Writing the follow-up sheet…'],
  followupSheetDone: [
    'เขียนแผ่นงานติดตามแล้ว ({round}): ล่าช้ากว่ากำหนด {late} เสี่ยงล่าช้า {risk} แล้วเสร็จ {done} จาก {n} มาตรการ',
    'Follow-up sheet written ({round}): {late} late, {risk} at risk, {done} done of {n} measures',
  ],
  followupUnread: [
    'อ่านสถานะที่หน่วยงานรายงานไม่ได้ {unread} มาตรการ นับแยกไว้ โปรดให้หน่วยงานเลือกสถานะจากรายการ',
    'Measures whose status cannot be read: {unread}, counted apart; ask the divisions to choose a status from the list',
  ],
  followupReportDone: ['ดาวน์โหลด {file} แล้ว (ล่าช้ากว่ากำหนด {late} จาก {n} มาตรการ)', 'Downloaded {file} ({late} of {n} measures late)'],
  retry: ['ลองอีกครั้ง', 'Try again'],
  dismiss: ['ปิด', 'Dismiss'],
  noServer: [
    'ไม่สามารถติดต่อ Google ชีตได้ โปรดเปิดแถบเครื่องมือจากเมนูส่วนเสริม',
    'Cannot reach Google Sheets: open the sidebar from the Extensions menu',
  ],
  unknownError: ['เกิดข้อผิดพลาด โปรดลองอีกครั้ง', 'Something went wrong: please try again'],
  errYearFormat: ['โปรดระบุปีเป็นตัวเลข เช่น 2568', 'Enter the year as a number, e.g. 2568'],
  errYearRange: ['ปีงบประมาณต้องอยู่ระหว่าง พ.ศ. {min}–{max}', 'The fiscal year must be between {min} and {max} B.E.'],
  errPlanYearRange: ['ปีของแผนต้องอยู่ระหว่าง พ.ศ. {min}–{max}', 'The plan year must be between {min} and {max} B.E.'],
  errPlanBeforeYear: ['ปีของแผนต้องไม่ก่อนปีงบประมาณ', 'The plan year cannot be before the fiscal year'],
  errTarget: ['ค่าเป้าหมายต้องเป็นตัวเลข 0–100', 'The target must be a number from 0 to 100'],
  errDivisionName: ['โปรดระบุชื่อกอง/สำนัก', 'Enter the division name'],
  errDivisionDuplicate: ['ชื่อนี้ซ้ำกับหน่วยงานอื่น', 'This name is already in the list'],
  errEmail: ['อีเมลไม่ถูกต้อง: {list}', 'Invalid e-mail: {list}'],
  errFixFields: ['โปรดแก้ไขช่องที่มีข้อความแจ้งเตือน', 'Please correct the highlighted fields'],
  framework: ['กรอบการประเมินที่ใช้', 'Framework used'],
  frameworkHeading: ['กรอบการประเมิน', 'Assessment framework'],
  rollupHeading: ['สรุปหลายหน่วยงาน', 'Roll-up of many agencies'],
  rollupHint: [
    'สำหรับสำนักงานที่ติดตามผลของหลายหน่วยงาน: วางตารางผลการประเมินรายหน่วยงาน (ชื่อหน่วยงาน ปีงบประมาณ คะแนนรวม ระดับ หรือคะแนนรายตัวชี้วัด) ลงในแผ่นงานใดก็ได้ แล้วกดสรุป',
    'For offices that follow many agencies: paste a table with a row per agency (name, fiscal year, total, level or the indicator scores) into any sheet, then summarise',
  ],
  rollupGroup: ['จำแนกเพิ่มเติมตาม', 'Also group by'],
  rollupGroupNone: ['ไม่จำแนก', 'No grouping'],
  rollupGroupDistrict: ['อำเภอ', 'District'],
  rollupGroupType: ['ประเภทหน่วยงาน', 'Agency type'],
  rollupGroupProvince: ['จังหวัด', 'Province'],
  rollupRun: ['สรุปหลายหน่วยงาน', 'Summarise'],
  rollupRunning: ['กำลังสรุปผลของหน่วยงาน…', 'Summarising the agencies…'],
  rollupDone: [
    'สรุปผลปีงบประมาณ พ.ศ. {year} ของหน่วยงาน {agencies} แห่ง คะแนนเฉลี่ย {mean} ถึงค่าเป้าหมาย {reaching} แห่ง ต้องติดตาม {followUp} แห่ง',
    'Fiscal year {year}: {agencies} agencies, mean {mean}, {reaching} reaching the target, {followUp} to follow up',
  ],
  rollupCompared: ['เทียบกับปีงบประมาณ พ.ศ. {year}', 'Compared with {year}'],
  rollupLeftOut: ['แถวที่ไม่นำมาคำนวณ {n} แถว:', '{n} rows left out:'],
  frameworkHint: [
    'หากกรอบการประเมินของหน่วยงานต่างจากเกณฑ์ที่ติดมากับโปรแกรม เช่น รายการ OIT ของสถานศึกษา หรือเกณฑ์ของปีใหม่ ให้คัดลอกเกณฑ์ของปีงบประมาณด้านบนลงแผ่นงาน แล้วแก้ไขตามคู่มือการประเมิน การสร้างการวิเคราะห์จะใช้กรอบในแผ่นงานนั้น',
    'If your framework differs from the built-in one (a school’s OIT list, a new year’s edition), copy the built-in framework of the fiscal year above into a sheet and edit it from the manual; Generate then uses it',
  ],
  frameworkGroup: ['กลุ่มหน่วยงาน (ไม่บังคับ)', 'Agency group (optional)'],
  frameworkGroupPlaceholder: ['เช่น สถานศึกษา (เว้นว่าง = ทุกหน่วยงาน)', 'e.g. สถานศึกษา (blank: every agency)'],
  frameworkInsert: ['คัดลอกเกณฑ์ลงแผ่นงาน', 'Copy to a sheet'],
  frameworkInserting: ['กำลังคัดลอกเกณฑ์ลงแผ่นงาน…', 'Copying the framework…'],
  frameworkForGroup: [' กลุ่มหน่วยงาน{group}', ' for agency group {group}'],
  frameworkDone: [
    'คัดลอก{framework} ลงแผ่นงาน “{sheet}” แล้ว แก้ไขตามคู่มือการประเมินของหน่วยงาน แล้วกดสร้างการวิเคราะห์ (ประเภทหน่วยงานในแผ่นงานคะแนนต้องตรงกับกลุ่มหน่วยงาน)',
    'Copied {framework} into the sheet “{sheet}”: edit it from your manual, then generate the analysis (the score sheet’s agency type must match the agency group)',
  ],
} satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof S;
export type Vars = Record<string, string | number>;

/** A message to show, kept as key + values so it can be shown again in the other language. */
export interface Msg {
  key: Key;
  vars?: Vars;
}

export function t(key: Key, lang: Lang, vars?: Vars): string {
  const text = S[key][lang === 'en' ? 1 : 0];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const STORAGE_KEY = 'ita-sidebar-lang';

/** The remembered language; Thai when nothing is stored or storage is blocked (sandboxed iframe). */
export function loadLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

const SEPARATOR = ' / ';
const THAI = /[\u0E00-\u0E7F]/;

/** A server error's message as plain words: no "Error:" prefix, no stack lines. */
export function plainMessage(message: string): string {
  const lines = message.replace(/\r/g, '').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s+at\s/.test(line) || /^\s*at .+:\d+(:\d+)?\)?$/.test(line)) break;
    kept.push(line);
  }
  return kept
    .join('\n')
    .trim()
    .replace(/^(?:Uncaught\s+)?(?:Exception|Error|ScriptError):\s*/i, '')
    .trim();
}

/**
 * Server errors read 'Thai words / English words'. Returns the half for `lang`. When ' / ' occurs
 * more than once, splits where the left part holds Thai and the right part none.
 */
export function messageFor(message: string, lang: Lang): string {
  const text = plainMessage(message);
  const cuts: number[] = [];
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) cuts.push(i);
  if (cuts.length === 0) return text;
  const cut =
    cuts.find((i) => THAI.test(text.slice(0, i)) && !THAI.test(text.slice(i + SEPARATOR.length))) ?? cuts[0];
  const th = text.slice(0, cut).trim();
  const en = text.slice(cut + SEPARATOR.length).trim();
  if (lang === 'en') return en || th;
  return th || en;
}
