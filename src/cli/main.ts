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
import { parseArgs } from './args';
import { writeWorkbookAtomically } from './atomic-write';
import { readInput } from './read-input';
import { readSheetGrid, renderWorkbook } from './xlsx-render';

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const input = await readInput(args.input);
    const source = args.sheet ? (await readInput(args.input, { sheet: args.sheet })).sheets[0] : input.sheets.find((s) => looksLikeScores(s.grid, s.name));
    if (!source) {
      throw new ItaError(
        `ไม่พบตารางคะแนน ITA (คะแนนครบ 10 ตัวชี้วัด) ในไฟล์ ${args.input} โปรดระบุแผ่นงานด้วย --sheet`,
        `No ITA score table (all 10 indicators) found in ${args.input}; name the sheet with --sheet`,
      );
    }

    const first = readScoreSheet(source.grid, source.name);
    const agency = first.agency ?? source.name;
    const year = args.year ?? first.year;
    const out = args.out ?? join('out', `ita-analysis-${fileSafe(agency)}-${year ?? 'unknown'}.xlsx`);

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
      settings: input.sheets.find((s) => s.name === SETTINGS_SHEET)?.grid ?? gridOf(SETTINGS_SHEET),
    });
    const scoreSheet: SheetSpec = copyOfScores(source.grid);
    renderWorkbook({ sheets: [scoreSheet, ...run.model.sheets] }, workbook);
    await mkdir(dirname(out), { recursive: true });
    await writeWorkbookAtomically(workbook, out);

    const a = run.analysis;
    const summary = {
      agency: a.agency,
      year: a.year,
      score: a.total,
      level: a.level?.th ?? null,
      levelEn: a.level?.en ?? null,
      passing: a.strengths.length,
      failing: a.weaknesses.length,
      measures: run.plan.rows.filter((r) => r.kind !== 'user' && r.kind !== 'obsolete').length,
      kept: run.plan.counts.kept,
      path: a.paths ? pathLine(a.total >= a.target ? a.paths.top : a.paths.target) : null,
      warnings: a.warnings,
      output: out,
    };
    if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      process.stdout.write(
        [
          `หน่วยงาน / Agency: ${a.agency} (ปีงบประมาณ พ.ศ. ${a.year})`,
          `คะแนนรวม / Score: ${a.total.toFixed(2)}`,
          `ระดับ / Level: ${a.level ? `${a.level.th} (${a.level.en})` : a.levelNote?.th ?? '-'}`,
          `ตัวชี้วัดผ่าน/ไม่ผ่าน ค่าเป้าหมาย / Indicators passing/failing: ${summary.passing}/${summary.failing}`,
          `มาตรการ / Measures: ${summary.measures}${summary.kept ? ` (คงข้อมูลเดิม ${summary.kept} แถว / ${summary.kept} rows kept)` : ''}`,
          ...(summary.path ? [`เส้นทางสู่เป้าหมาย / Path: ${summary.path.th}`] : []),
          ...a.warnings.map((w) => `ข้อสังเกต / Note: ${w.th}`),
          `ไฟล์ / File: ${out}`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } catch (e) {
    process.stderr.write(`${describeError(e).message}\n`);
    return 1;
  }
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
