/**
 * `ita-analysis analyze INPUT`: the add-on's main job on an .xlsx/.csv file, written to .xlsx.
 * One clear line on stderr and exit code 1 on bad input; the output is written atomically.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError } from '../core/errors';
import { ItaError } from '../core/errors';
import { DIVISIONS_SHEET, PLAN_SHEET } from '../core/layout/plan-sheet';
import { TEMPLATE_SHEET } from '../core/layout/template-sheet';
import type { Grid, SheetSpec } from '../core/layout/model';
import { SheetBuilder } from '../core/layout/builder';
import { divisionsFromGrid, runPipeline } from '../core/pipeline';
import { readScoreSheet } from '../core/sheet-input';
import { SETTINGS_SHEET } from '../core/settings';
import { pathLine } from '../core/path-summary';
import { isLiveMeasure } from '../core/plan';
import { parseArgs, type CliArgs } from './args';
import { frameworkCommand, frameworkInput } from './framework-command';
import { isFrameworkSheetName } from '../core/framework';
import { writeWorkbookAtomically } from './atomic-write';
import { readInput } from './read-input';
import { readSheetGrid, renderWorkbook } from './xlsx-render';

type Input = Awaited<ReturnType<typeof readInput>>;
type Source = Input['sheets'][number];

export async function main(argv: string[]): Promise<number> {
  try {
    if (argv[0] === 'framework') {
      process.stdout.write(await frameworkCommand(argv.slice(1)));
      return 0;
    }
    const args = parseArgs(argv);
    const input = await readInput(args.input);
    const framework = await frameworkInput(args.framework, input);
    const sources = args.sheet ? (await readInput(args.input, { sheet: args.sheet })).sheets : input.sheets.filter((s) => !isFrameworkSheetName(s.name) && looksLikeScores(s.grid, s.name));
    if (!sources.length) {
      throw new ItaError(
        `ไม่พบตารางคะแนน ITA (คะแนนครบ 10 ตัวชี้วัด) ในไฟล์ ${args.input} โปรดระบุแผ่นงานด้วย --sheet`,
        `No ITA score table (all 10 indicators) found in ${args.input}; name the sheet with --sheet`,
      );
    }
    // One agency per sheet: a file with several gets one workbook each, with progress on stderr.
    const batch = sources.length > 1;
    const summaries: Summary[] = [];
    for (const [k, source] of sources.entries()) {
      if (batch) process.stderr.write(`กำลังวิเคราะห์ ${k + 1}/${sources.length}: ${source.name} / Analysing ${k + 1}/${sources.length}: ${source.name}\n`);
      summaries.push(await analyzeOne(args, input, source, batch, framework));
    }
    if (args.json) process.stdout.write(`${JSON.stringify(batch ? summaries : summaries[0], null, 2)}\n`);
    else process.stdout.write(summaries.map(summaryText).join('\n'));
    return 0;
  } catch (e) {
    process.stderr.write(`${describeError(e).message}\n`);
    return 1;
  }
}

interface Summary {
  agency: string;
  year: number;
  score: number;
  level: string | null;
  levelEn: string | null;
  levelNote: string | null;
  /** The framework used: a built-in edition or the user's definition, by name. */
  framework: { th: string; en: string };
  passing: number;
  failing: number;
  measures: number;
  kept: number;
  path: { th: string; en: string } | null;
  warnings: { th: string; en: string }[];
  output: string;
}

/** Analyses one sheet into its workbook; in a batch, --out names the folder. */
async function analyzeOne(args: CliArgs, input: Input, source: Source, batch: boolean, framework: Source[]): Promise<Summary> {
  const first = readScoreSheet(source.grid, source.name);
  const agency = first.agency ?? source.name;
  const year = args.year ?? first.year;
  const fileName = `ita-analysis-${fileSafe(agency)}-${year ?? 'unknown'}.xlsx`;
  const out = batch ? join(args.out ?? 'out', fileName) : (args.out ?? join('out', fileName));

  const workbook = new ExcelJS.Workbook();
  if (existsSync(out)) await workbook.xlsx.readFile(out);
  const gridOf = (name: string) => {
    const ws = workbook.getWorksheet(name);
    return ws ? readSheetGrid(ws) : undefined;
  };
  const divisionsGrid = gridOf(DIVISIONS_SHEET);
  const run = runPipeline({
    grid: source.grid,
    sheetName: source.name,
    options: { year: args.year, target: args.target, planYear: args.planYear },
    previousPlan: gridOf(PLAN_SHEET),
    divisions: divisionsGrid ? divisionsFromGrid(divisionsGrid) : null,
    settings: args.framework ? undefined : (input.sheets.find((s) => s.name === SETTINGS_SHEET)?.grid ?? gridOf(SETTINGS_SHEET)),
    framework,
  });
  renderWorkbook({ sheets: [copyOfScores(source.grid), ...run.model.sheets] }, workbook);
  await mkdir(dirname(out), { recursive: true });
  await writeWorkbookAtomically(workbook, out);

  const a = run.analysis;
  return {
    agency: a.agency,
    year: a.year,
    score: a.total,
    level: a.level?.th ?? null,
    levelEn: a.level?.en ?? null,
    levelNote: a.levelNote?.th ?? null,
    framework: a.framework,
    passing: a.strengths.length,
    failing: a.weaknesses.length,
    measures: run.plan.rows.filter(isLiveMeasure).length,
    kept: run.plan.counts.kept,
    path: a.paths ? pathLine(a.total >= a.target ? a.paths.top : a.paths.target) : null,
    warnings: a.warnings,
    output: out,
  };
}

function summaryText(s: Summary): string {
  return [
    `หน่วยงาน / Agency: ${s.agency} (ปีงบประมาณ พ.ศ. ${s.year})`,
    `คะแนนรวม / Score: ${s.score.toFixed(2)}`,
    `ระดับ / Level: ${s.level ? `${s.level} (${s.levelEn})` : s.levelNote ?? '-'}`,
    `กรอบการประเมิน / Framework: ${s.framework.th}`,
    `ตัวชี้วัดผ่าน/ไม่ผ่าน ค่าเป้าหมาย / Indicators passing/failing: ${s.passing}/${s.failing}`,
    `มาตรการ / Measures: ${s.measures}${s.kept ? ` (คงข้อมูลเดิม ${s.kept} แถว / ${s.kept} rows kept)` : ''}`,
    ...(s.path ? [`เส้นทางสู่เป้าหมาย / Path: ${s.path.th}`] : []),
    ...s.warnings.map((w) => `ข้อสังเกต / Note: ${w.th}`),
    `ไฟล์ / File: ${s.output}`,
    '',
  ].join('\n');
}

function looksLikeScores(grid: Grid, name: string): boolean {
  try {
    return readScoreSheet(grid, name).indicators.every((v) => v !== null);
  } catch {
    return false;
  }
}

/** The input's values as the workbook's score sheet, so the file stands on its own. */
function copyOfScores(grid: Grid): SheetSpec {
  const b = new SheetBuilder(TEMPLATE_SHEET, 'replace', [120, 420, 100]);
  for (const row of grid) b.row(row);
  b.spec.print.landscape = false;
  return b.spec;
}

function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
