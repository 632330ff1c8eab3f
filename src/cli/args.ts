/** Command-line arguments for `analyze`, with errors in Thai and English. */
import { parseDateText, parseYear, type Day } from '../core/dates';
import { ItaError } from '../core/errors';
import { parseNumberText } from '../core/numbers';

export interface CliArgs {
  input: string;
  sheet?: string;
  year?: number;
  target?: number;
  planYear?: number;
  out?: string;
  json: boolean;
  /** The plan's approval day (--approval-date YYYY-MM-DD, B.E. or C.E.). */
  approval?: Day;
  /** Keep-up measures for indicators at full marks (--keep). */
  keep: boolean;
  /** A workbook holding the กรอบการประเมิน sheet to use instead of the input's. */
  framework?: string;
}

export const USAGE =
  'วิธีใช้ / usage: ita-analysis analyze INPUT.xlsx|INPUT.csv [--sheet NAME] [--year N] [--target N] [--plan-year N] [--approval-date YYYY-MM-DD] [--keep] [--framework FILE.xlsx] [--out FILE.xlsx|FOLDER] [--json] [--report [FILE.docx]] [--report-form report|memo] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--audience public|internal]' +
  ' หรือ / or: ita-analysis report WORKBOOK.xlsx [--out FILE.docx] [--report-form report|memo] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--audience public|internal]' +
  ' หรือ / or: ita-analysis framework [--year N] [--family NAME] [--out FILE.xlsx]' +
  ' หรือ / or: ita-analysis progress WORKBOOK.xlsx [--plan SHEET] [--round 6|12|YYYY-MM-DD] [--out FILE.docx] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--write-sheet] [--json]';

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'analyze')
    throw new ItaError(
      `ไม่รู้จักคำสั่ง "${command ?? ''}" (ดูวิธีใช้ด้วย ita-analysis --help)`,
      `Unknown command "${command ?? ''}" (ita-analysis --help lists the commands)`,
    );
  const args: CliArgs = { input: '', json: false, keep: false };
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k];
    const value = () => {
      const v = rest[++k];
      if (v === undefined) throw new ItaError(`ตัวเลือก ${a} ต้องมีค่า`, `Option ${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--keep') args.keep = true;
    else if (a === '--framework') args.framework = value();
    else if (a === '--approval-date') args.approval = parseDateText(value(), { th: 'ตัวเลือก --approval-date', en: 'option --approval-date' });
    else if (a === '--sheet') args.sheet = value();
    else if (a === '--out') args.out = value();
    else if (a === '--year') args.year = parseYear(value(), { th: 'ตัวเลือก --year', en: 'option --year' }) ?? undefined;
    else if (a === '--plan-year') args.planYear = parseYear(value(), { th: 'ตัวเลือก --plan-year', en: 'option --plan-year' }) ?? undefined;
    else if (a === '--target') {
      const v = value();
      const n = parseNumberText(v);
      if (n === null || n < 0 || n > 100) throw new ItaError(`ตัวเลือก --target ต้องเป็นตัวเลข 0–100 ("${v}")`, `Option --target must be a number 0–100 ("${v}")`);
      args.target = n;
    } else if (a.startsWith('--')) throw new ItaError(`ไม่รู้จักตัวเลือก ${a}`, `Unknown option ${a}`);
    else if (!args.input) args.input = a;
    else throw new ItaError(`ระบุไฟล์ได้ไฟล์เดียว ("${a}")`, `Only one input file ("${a}")`);
  }
  if (!args.input) throw new ItaError(`ไม่ได้ระบุไฟล์คะแนน ${USAGE}`, 'No input file given');
  return args;
}
