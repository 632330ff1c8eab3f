/** `ita-analysis rollup INPUT… [options]`: arguments, with errors in Thai and English naming the option. */
import { parseYear } from '../core/dates';
import { ItaError } from '../core/errors';
import { parseNumberText } from '../core/numbers';
import type { DigitStyle } from '../core/numbers';
import { GROUP_BY_WORDS, readGroupBy, type GroupBy } from '../core/rollup';

export interface RollupArgs {
  inputs: string[];
  year?: number;
  target?: number;
  groupBy?: GroupBy;
  out?: string;
  /** The roll-up report (.docx); true = beside the workbook under the default name. */
  report?: string | true;
  digits: DigitStyle;
  /** Each agency's own analysis workbook and report, into this folder. */
  packs?: string;
  jobs?: number;
  json: boolean;
}

export const ROLLUP_USAGE =
  'วิธีใช้ / usage: ita-analysis rollup INPUT.xlsx|INPUT.csv|FOLDER… [--year N] [--target N] [--group-by อำเภอ|ประเภท|จังหวัด (district|type|province)] [--out FILE.xlsx] [--report [FILE.docx]] [--digits thai|arabic] [--packs FOLDER] [--jobs N] [--json]';

/** "อำเภอ (district) ประเภท (type) หรือ จังหวัด (province)": the Thai word first, the value typed after. */
const GROUP_CHOICES = Object.entries(GROUP_BY_WORDS).map(([value, th]) => `${th} (${value})`);

export function parseRollupArgs(argv: readonly string[]): RollupArgs {
  const args: RollupArgs = { inputs: [], digits: 'thai', json: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined || v.startsWith('--')) throw new ItaError(`ตัวเลือก ${a} ต้องมีค่า ${ROLLUP_USAGE}`, `Option ${a} needs a value`);
      return v;
    };
    if (a === '--year') args.year = parseYear(value(), { th: 'ตัวเลือก --year', en: 'option --year' }) ?? undefined;
    else if (a === '--target') args.target = bounded(a, value(), 0, 100);
    else if (a === '--jobs') args.jobs = whole(a, value(), 1, 64);
    else if (a === '--group-by') {
      const v = value();
      const by = readGroupBy(v);
      if (!by)
        throw new ItaError(
          `ตัวเลือก --group-by ต้องเป็น ${GROUP_CHOICES.slice(0, -1).join(' ')} หรือ ${GROUP_CHOICES[GROUP_CHOICES.length - 1]} ("${v}")`,
          `Option --group-by must be district, type or province ("${v}")`,
        );
      args.groupBy = by;
    } else if (a === '--out') args.out = ending(a, value(), '.xlsx');
    else if (a === '--report') args.report = argv[k + 1] !== undefined && /\.docx$/i.test(argv[k + 1]) ? argv[++k] : true;
    else if (a === '--digits') {
      const v = value();
      if (v !== 'thai' && v !== 'arabic')
        throw new ItaError(`ตัวเลือก --digits ต้องเป็น thai (เลขไทย) หรือ arabic (เลขอารบิก) ("${v}")`, `Option --digits must be thai or arabic ("${v}")`);
      args.digits = v;
    } else if (a === '--packs') args.packs = value();
    else if (a === '--json') args.json = true;
    else if (a.startsWith('--')) throw new ItaError(`ไม่รู้จักตัวเลือก ${a} ${ROLLUP_USAGE}`, `Unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (!args.inputs.length) throw new ItaError(`ไม่ได้ระบุไฟล์หรือโฟลเดอร์ของผลการประเมิน ${ROLLUP_USAGE}`, 'No input file or folder given');
  if (args.jobs !== undefined && args.packs === undefined) throw new ItaError('ตัวเลือก --jobs ใช้คู่กับ --packs เท่านั้น', 'Option --jobs goes with --packs only');
  return args;
}

function bounded(option: string, v: string, min: number, max: number): number {
  const n = parseNumberText(v);
  if (n === null || n < min || n > max)
    throw new ItaError(`ตัวเลือก ${option} ต้องเป็นตัวเลข ${min}–${max} ("${v}")`, `Option ${option} must be a number ${min}–${max} ("${v}")`);
  return n;
}

function whole(option: string, v: string, min: number, max: number): number {
  const n = bounded(option, v, min, max);
  if (!Number.isInteger(n)) throw new ItaError(`ตัวเลือก ${option} ต้องเป็นจำนวนเต็ม ("${v}")`, `Option ${option} must be a whole number ("${v}")`);
  return n;
}

function ending(option: string, v: string, ext: string): string {
  if (v.toLowerCase().endsWith(ext)) return v;
  throw new ItaError(`ตัวเลือก ${option} ต้องเป็นชื่อไฟล์ ${ext} ("${v}")`, `Option ${option} must name a ${ext} file ("${v}")`);
}
