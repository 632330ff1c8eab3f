/**
 * `--help`, `-h`, `help [COMMAND]`, `COMMAND --help` and `--version`: what each command does, its
 * options and one example, Thai first. Printed on stdout with exit code 0, since the person asked.
 */
import pkg from '../../package.json';

export const COMMANDS = ['analyze', 'report', 'progress', 'framework', 'rollup'] as const;
export type Command = (typeof COMMANDS)[number];

const HELP: Record<Command, string[]> = {
  analyze: [
    'ita-analysis analyze INPUT.xlsx|INPUT.csv [ตัวเลือก / options]',
    '  วิเคราะห์ผล ITA จากตารางคะแนน แล้วเขียนแผ่นงานการวิเคราะห์และแผนมาตรการลงไฟล์ .xlsx',
    '  Analyses the ITA scores and writes the analysis and measures plan to an .xlsx workbook.',
    '  --sheet NAME  --year N  --target N  --plan-year N  --approval-date YYYY-MM-DD  --keep',
    '  --framework FILE.xlsx  --out FILE.xlsx|FOLDER  --json  --report [FILE.docx]  --report-form report|memo  --digits thai|arabic',
    '  ตัวอย่าง / example: ita-analysis analyze คะแนน-2568.xlsx --report',
  ],
  report: [
    'ita-analysis report WORKBOOK.xlsx [--out FILE.docx] [--report-form report|memo] [--digits thai|arabic]',
    '  จัดทำรายงาน (.docx) จากไฟล์ผลการวิเคราะห์ที่ analyze เขียนไว้ ตามที่หน่วยงานแก้ไขล่าสุด',
    '  Writes the report (.docx) from a workbook analyze wrote, as the divisions left it.',
    '  ตัวอย่าง / example: ita-analysis report out/ita-analysis-หน่วยงาน-2568.xlsx --out รายงาน.docx',
  ],
  progress: [
    'ita-analysis progress WORKBOOK.xlsx [--plan SHEET] [--round 6|12|YYYY-MM-DD] [--out FILE.docx] [--digits thai|arabic] [--doc-date YYYY-MM-DD] [--write-sheet] [--json]',
    '  ติดตามผลการดำเนินการตามมาตรการ รอบ 6 เดือน 12 เดือน หรือ ณ วันที่ระบุ เป็นรายงาน (.docx)',
    '  The follow-up of the measures at the 6- or 12-month round or a given day, as a report (.docx).',
    '  ตัวอย่าง / example: ita-analysis progress out/ita-analysis-หน่วยงาน-2568.xlsx --round 6 --write-sheet',
  ],
  framework: [
    'ita-analysis framework [--year N] [--family NAME] [--out FILE.xlsx]',
    '  เขียนเกณฑ์ที่ติดมากับโปรแกรมเป็นแผ่นงาน กรอบการประเมิน เพื่อแก้ไขแล้วใช้กับ analyze --framework',
    '  Writes a built-in edition as a กรอบการประเมิน sheet to edit, then use with analyze --framework.',
    '  ตัวอย่าง / example: ita-analysis framework --year 2570 --out กรอบ-2570.xlsx',
  ],
  rollup: [
    'ita-analysis rollup INPUT.xlsx|INPUT.csv|FOLDER… [ตัวเลือก / options]',
    '  สรุปผล ITA ของหลายหน่วยงาน (อันดับ ตัวชี้วัด หน่วยงานที่ต้องติดตาม ผลเปลี่ยนแปลง) เป็นไฟล์ .xlsx และรายงาน (.docx)',
    "  Rolls up many agencies' ITA results (ranking, indicators, agencies to follow up, movers) into a workbook and a report.",
    '  --year N  --target N  --group-by อำเภอ|ประเภท|จังหวัด (district|type|province)  --out FILE.xlsx  --report [FILE.docx]',
    '  --digits thai|arabic  --packs FOLDER  --jobs N  --json',
    '  ตัวอย่าง / example: ita-analysis rollup ผล-อปท-จังหวัด.csv --group-by อำเภอ --report',
  ],
};

export function isHelpFlag(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h' || arg === 'help';
}

export function isCommand(arg: string | undefined): arg is Command {
  return (COMMANDS as readonly string[]).includes(arg ?? '');
}

/** One command's usage, or every command's when none is named. */
export function helpText(command?: Command): string {
  if (command) return `วิธีใช้ / usage:\n${HELP[command].join('\n')}\n`;
  return [
    `ita-analysis ${pkg.version}: วิเคราะห์ผล ITA และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส / ITA analysis and measures plan`,
    'วิธีใช้ / usage:',
    ...COMMANDS.flatMap((c) => [...HELP[c], '']),
    "ita-analysis COMMAND --help   วิธีใช้คำสั่งนั้น / that command's usage",
    'ita-analysis --version        รุ่นของโปรแกรม / the version',
    '',
  ].join('\n');
}

export function versionText(): string {
  return `ita-analysis ${pkg.version}\n`;
}

/**
 * The text to print when the arguments ask for help or the version, else null. Help anywhere in
 * a command's arguments wins over running it: `analyze file.xlsx --help` runs nothing.
 */
export function helpRequest(argv: readonly string[]): string | null {
  const [first, second] = argv;
  if (first === '--version' || first === '-v') return versionText();
  if (isHelpFlag(first)) return helpText(isCommand(second) ? second : undefined);
  if (isCommand(first) && argv.slice(1).some((a) => a === '--help' || a === '-h')) return helpText(first);
  return null;
}
