/**
 * The report's command-line options: `--report [FILE.docx]`, `--report-form report|memo` and
 * `--digits thai|arabic` for `analyze`, and the `report WORKBOOK.xlsx [--out FILE.docx]` command.
 */
import type { Day } from '../core/dates';
import { ItaError } from '../core/errors';
import { parseRound, type RoundChoice } from '../core/progress';
import { parseDocDate, type DigitStyle, type ReportAudience, type ReportForm } from '../core/report';

export interface ReportArgs {
  /** Where to write; true = beside the workbook under the default name. */
  out: string | true;
  form: ReportForm;
  digits: DigitStyle;
  /** --doc-date: the document's one date (B.E. or C.E., Thai digits and Thai month names accepted). */
  docDate?: Day;
  /** The plan's approval day, when analyze was given one. */
  approval?: Day;
  /** --audience public (the website, the default) | internal (with the path and the program's notes). */
  audience: ReportAudience;
}

const docDate = (v: string | undefined) => parseDocDate(value('--doc-date', v), { th: 'ตัวเลือก --doc-date', en: 'option --doc-date' });

export const REPORT_USAGE =
  'วิธีใช้ / usage: ita-analysis report WORKBOOK.xlsx [--out FILE.docx] [--report-form report|memo] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--audience public|internal]';

/** Takes the report's options out of `analyze`'s arguments; report is null when none was given. */
export function takeReportOptions(argv: readonly string[]): { rest: string[]; report: ReportArgs | null } {
  const rest: string[] = [];
  let report: ReportArgs | null = null;
  const ensure = () => (report ??= { out: true, form: 'report', digits: 'thai', audience: 'public' });
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--report') {
      const next = argv[k + 1];
      ensure().out = next !== undefined && /\.docx$/i.test(next) ? argv[++k] : true;
    } else if (a === '--report-form') ensure().form = form(argv[++k]);
    else if (a === '--digits') ensure().digits = digits(argv[++k]);
    else if (a === '--doc-date') ensure().docDate = docDate(argv[++k]);
    else if (a === '--audience') ensure().audience = audience(argv[++k]);
    else rest.push(a);
  }
  return { rest, report };
}

export function parseReportCommand(argv: readonly string[]): ReportArgs & { input: string } {
  const args: ReportArgs & { input: string } = { input: '', out: true, form: 'report', digits: 'thai', audience: 'public' };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--out') args.out = value(a, argv[++k]);
    else if (a === '--report-form') args.form = form(argv[++k]);
    else if (a === '--digits') args.digits = digits(argv[++k]);
    else if (a === '--doc-date') args.docDate = docDate(argv[++k]);
    else if (a === '--audience') args.audience = audience(argv[++k]);
    else if (a.startsWith('--')) throw new ItaError(`ไม่รู้จักตัวเลือก ${a} ${REPORT_USAGE}`, `Unknown option ${a}`);
    else if (!args.input) args.input = a;
    else throw new ItaError(`ระบุไฟล์ได้ไฟล์เดียว ("${a}")`, `Only one workbook ("${a}")`);
  }
  if (!args.input) throw new ItaError(`ไม่ได้ระบุไฟล์ผลการวิเคราะห์ (.xlsx) ${REPORT_USAGE}`, 'No workbook given');
  return args;
}

function value(option: string, v: string | undefined): string {
  if (v === undefined) throw new ItaError(`ตัวเลือก ${option} ต้องมีค่า`, `Option ${option} needs a value`);
  return v;
}

function form(v: string | undefined): ReportForm {
  if (v === 'report' || v === 'memo') return v;
  throw new ItaError(
    `ตัวเลือก --report-form ต้องเป็น report (รายงาน) หรือ memo (บันทึกข้อความ) ("${v ?? ''}")`,
    `Option --report-form must be report or memo ("${v ?? ''}")`,
  );
}

function audience(v: string | undefined): ReportAudience {
  if (v === 'public' || v === 'internal') return v;
  throw new ItaError(
    `ตัวเลือก --audience ต้องเป็น public (ฉบับเผยแพร่) หรือ internal (ฉบับใช้ภายใน) ("${v ?? ''}")`,
    `Option --audience must be public or internal ("${v ?? ''}")`,
  );
}

function digits(v: string | undefined): DigitStyle {
  if (v === 'thai' || v === 'arabic') return v;
  throw new ItaError(`ตัวเลือก --digits ต้องเป็น thai (เลขไทย) หรือ arabic (เลขอารบิก) ("${v ?? ''}")`, `Option --digits must be thai or arabic ("${v ?? ''}")`);
}

export const PROGRESS_USAGE =
  'วิธีใช้ / usage: ita-analysis progress WORKBOOK.xlsx [--plan SHEET] [--round 6|12|YYYY-MM-DD] [--out FILE.docx] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--write-sheet] [--json]';

export interface ProgressArgs {
  input: string;
  /** Omitted: today (Thai time), or the 12-month round once the plan's year is over. */
  round?: RoundChoice;
  out: string | true;
  digits: DigitStyle;
  /** --doc-date; omitted: the first working day after the round. */
  docDate?: Day;
  /** Also write the follow-up sheet into the workbook. */
  writeSheet: boolean;
  /** The plan sheet to follow up (an earlier year's kept plan, 'มาตรการ ITA 2569'); omitted: the current plan. */
  plan?: string;
  /** Print the follow-up as JSON instead of the summary. */
  json: boolean;
}

export function parseProgressCommand(argv: readonly string[]): ProgressArgs {
  const args: ProgressArgs = { input: '', out: true, digits: 'thai', writeSheet: false, json: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--round') args.round = parseRound(value(a, argv[++k]), { th: 'ตัวเลือก --round', en: 'option --round' });
    else if (a === '--out') args.out = docxPath(value(a, argv[++k]));
    else if (a === '--digits') args.digits = digits(argv[++k]);
    else if (a === '--doc-date') args.docDate = docDate(argv[++k]);
    else if (a === '--write-sheet') args.writeSheet = true;
    else if (a === '--plan') args.plan = value(a, argv[++k]);
    else if (a === '--json') args.json = true;
    else if (a.startsWith('--')) throw new ItaError(`ไม่รู้จักตัวเลือก ${a} ${PROGRESS_USAGE}`, `Unknown option ${a}`);
    else if (!args.input) args.input = a;
    else throw new ItaError(`ระบุไฟล์ได้ไฟล์เดียว ("${a}")`, `Only one workbook ("${a}")`);
  }
  if (!args.input) throw new ItaError(`ไม่ได้ระบุไฟล์ผลการวิเคราะห์ (.xlsx) ${PROGRESS_USAGE}`, 'No workbook given');
  return args;
}

function docxPath(v: string): string {
  if (/\.docx$/i.test(v)) return v;
  throw new ItaError(`ตัวเลือก --out ต้องเป็นชื่อไฟล์ .docx ("${v}")`, `Option --out must name a .docx file ("${v}")`);
}
