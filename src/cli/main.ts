/**
 * `ita-analysis analyze INPUT`: the add-on's main job on an .xlsx/.csv file, written to .xlsx.
 * Each agency's failure is one line on stderr and in the summary; exit code 0 when every
 * workbook was written, 2 when some were, 1 when none was. Outputs are written atomically.
 */
import ExcelJS from 'exceljs';
import type { Day } from '../core/dates';
import { ItaError, type Label } from '../core/errors';
import { DIVISIONS_SHEET, HISTORY_SHEET, REPORT_FIELDS_SHEET, SETTINGS_SHEET, TEMPLATE_SHEET } from '../core/sheet-names';
import { changeMark } from '../core/history';
import { historyTemplate } from '../core/layout/history-template';
import type { SheetSpec } from '../core/layout/model';
import type { Grid } from '../core/grid';
import { SheetBuilder } from '../core/layout/builder';
import { divisionsFromGrid, runPipeline } from '../core/pipeline';
import { explainMissingIndicators, readScoreSheet } from '../core/sheet-input';
import { agencyOf } from '../core/reading/agency';
import { pathLine } from '../core/path-summary';
import { isLiveMeasure } from '../core/plan';
import { parseArgs, type CliArgs } from './args';
import { writeWorkbookAtomically } from './atomic-write';
import { copyWorksheet, EXCEL_MAX_SHEET_NAME, findPlanWorksheet, readSheetFormulas } from './plan-workbook';
import { todayHere } from './today';
import { readInput, type InputFile } from './read-input';
import { selectSources, type Selection, type Sheet } from './sources';
import { errorLabel, exitCode, failureLine, isFailure, outcomesText, type Outcome, type Summary } from './summary';
import { sameFile, targetsFor, type TargetFor } from './targets';
import { currentStamp, openWorkbook, type FileStamp } from './workbook-file';
import { readSheetGrid } from './sheet-grid';
import { renderWorkbook } from './xlsx-render';
import { keptPlanNote, protectWorksheet } from './sheet-protection';
import { typedCopyNote, typedOutsideLayout } from '../core/layout/typed-outside';
import { backupSheetName } from '../core/plan/backup';
import { takeReportOptions, type ReportArgs } from './report-args';
import { frameworkCommand, frameworkInput } from './framework-command';
import { reportMain, writeReportModel } from './report-command';
import { reportOfAnalysis } from '../core/report';
import { progressMain } from './progress-command';
import { helpRequest } from './help';
import { rollupMain } from './rollup-command';
import { packWorkerLoop } from './pack-worker';
import { useNativeZip } from './native-zip';
import { isMainThread } from 'node:worker_threads';

export async function main(argv: string[]): Promise<number> {
  useNativeZip();
  const help = helpRequest(argv);
  if (help !== null) {
    process.stdout.write(help);
    return 0;
  }
  if (argv[0] === 'report') return reportMain(argv.slice(1));
  if (argv[0] === 'progress') return progressMain(argv.slice(1));
  if (argv[0] === 'rollup') return rollupMain(argv.slice(1));
  try {
    if (argv[0] === 'framework') {
      process.stdout.write(await frameworkCommand(argv.slice(1)));
      return 0;
    }
    const { rest, report: reportArgs } = takeReportOptions(argv);
    const args = parseArgs(rest);
    const input = await readInput(args.input);
    const framework = await frameworkInput(args.framework, input);
    // A CSV file is one sheet: --sheet has nothing to choose there.
    const selection = selectSources(input.sheets, args.input, input.workbook ? args.sheet : undefined);
    const { sources } = selection;
    if (!sources.length) {
      explainMissingIndicators(input.sheets);
      throw new ItaError(
        `ไม่พบตารางคะแนน ITA (คะแนนครบ 10 ตัวชี้วัด) ในไฟล์ ${args.input} โปรดระบุแผ่นงานด้วย --sheet`,
        `No ITA score table (all 10 indicators) found in ${args.input}; name the sheet with --sheet`,
      );
    }
    const batch = sources.length > 1;
    const targetFor = await targetsFor({ input: args.input, out: args.out, batch, ours: selection.ours && !batch });
    const say = (th: string, en: string) => process.stderr.write(`${th} / ${en}\n`);
    for (const name of selection.skipped) say(`ข้ามแผ่นงาน "${name}": ไม่มีตารางคะแนน ITA`, `Skipped sheet "${name}": no ITA score table`);
    for (const e of selection.earlier)
      say(`ใช้แผ่นงาน "${e.sheet}" เป็นผลย้อนหลังของแผ่นงาน "${e.of}"`, `Sheet "${e.sheet}" is used as an earlier year of sheet "${e.of}"`);
    // One agency per sheet: a file with several gets one workbook each, with progress on stderr.
    const outcomes: Outcome[] = [];
    for (const [k, source] of sources.entries()) {
      if (batch) say(`กำลังวิเคราะห์ ${k + 1}/${sources.length}: ${source.name}`, `Analysing ${k + 1}/${sources.length}: ${source.name}`);
      try {
        const report = reportArgs ? { ...reportArgs, approval: args.approval, out: batch ? (true as const) : reportArgs.out } : null;
        const summary = await analyzeOne(args, input, selection, source, targetFor, framework, report, (n) => say(n.th, n.en));
        outcomes.push(summary);
      } catch (e) {
        const failure = { sheet: source.name, error: errorLabel(e) };
        outcomes.push(failure);
        if (batch) process.stderr.write(`${failureLine(failure)}\n`);
        else say(failure.error.th, failure.error.en);
      }
    }
    const written = outcomes.filter((o) => !isFailure(o));
    // A lone failure is the stderr line and exit code 1, as for any bad input.
    if (args.json && (batch || written.length)) process.stdout.write(`${JSON.stringify(batch ? outcomes : outcomes[0], null, 2)}\n`);
    else if (!args.json && written.length) process.stdout.write(outcomesText(outcomes));
    return exitCode(outcomes);
  } catch (e) {
    const { th, en } = errorLabel(e);
    process.stderr.write(`${th} / ${en}\n`);
    return 1;
  }
}

/**
 * Analyses one sheet into its workbook. The workbook written into is the output as it is now
 * (its plan keeps what divisions typed), else the input itself when it is one we wrote, else new.
 */
async function analyzeOne(
  args: CliArgs,
  input: InputFile,
  selection: Selection,
  source: Sheet,
  targetFor: TargetFor,
  framework: { name: string; grid: Grid }[],
  report: ReportArgs | null,
  notify: (n: Label) => void,
): Promise<Summary> {
  const today = todayHere();
  const first = readScoreSheet(source.grid, source.name);
  const target = targetFor(agencyOf(first).name, args.year ?? first.year);
  const out = target.path;
  const notices = [...target.notices];
  const note = (n: Label) => {
    notices.push(n);
    notify(n);
  };
  target.notices.forEach(notify);

  const base = await baseWorkbook(out, args.input, input, selection);
  const workbook = base.workbook;
  const gridOf = (name: string) => {
    const ws = workbook.getWorksheet(name);
    return ws ? readSheetGrid(ws) : undefined;
  };
  const divisionsGrid = gridOf(DIVISIONS_SHEET);
  // The plan by its name, or renamed, by its key column's header.
  const planWs = findPlanWorksheet(workbook);
  const run = runPipeline({
    grid: source.grid,
    sheetName: source.name,
    options: { year: args.year, target: args.target, planYear: args.planYear, approval: args.approval, includeKeep: args.keep },
    previousPlan: planWs ? readSheetGrid(planWs) : undefined,
    previousPlanFormulas: planWs ? readSheetFormulas(planWs) : undefined,
    planSheetName: planWs?.name,
    sheetNames: workbook.worksheets.map((ws) => ws.name),
    today,
    maxSheetName: EXCEL_MAX_SHEET_NAME,
    divisions: divisionsGrid ? divisionsFromGrid(divisionsGrid) : null,
    // --framework FILE.xlsx brings its own settings with its framework sheets.
    settings: args.framework ? undefined : (selection.settings ?? gridOf(SETTINGS_SHEET)),
    framework,
    others: input.sheets.filter((s) => s !== source),
    otherAgencyPlan: 'refuse',
  });
  const copy = run.backup && planWs ? copyWorksheet(workbook, planWs, run.backup.name) : null;
  // Last season's plan stays readable and reportable, but is no longer edited.
  // (A plan the coordinator had named with its year is kept where it stands.)
  const kept = run.oldSeason ? (copy ?? planWs) : null;
  if (kept && run.oldSeason) protectWorksheet(kept, keptPlanNote(run.oldSeason.planYear));
  // The input's own workbook already holds the score sheet; elsewhere a copy makes the file stand alone,
  // and the earlier years compared go with it (never over a ผลย้อนหลัง sheet already there).
  const history = run.analysis.history && !workbook.getWorksheet(HISTORY_SHEET) ? [historyTemplate(run.analysis.year, run.analysis.history.earlier)] : [];
  // A framework given with --framework goes into the workbook: report, progress and a later analyze read the same one.
  const frameworks = args.framework ? framework.map((f) => copyOfGrid(f.name, f.grid, [110, 140, 220, 110, 110, 110, 110, 200])) : [];
  const sheets =
    workbook === input.workbook
      ? [...run.model.sheets, ...frameworks]
      : [copyOfGrid(TEMPLATE_SHEET, source.grid, [120, 420, 100]), ...history, ...run.model.sheets, ...frameworks];
  keepTypedText(workbook, sheets, today, note);
  renderWorkbook({ sheets }, workbook, note);
  await writeWorkbookAtomically(workbook, out, base.stamp);
  // The document from the analysis just made and the plan sheet as just written: nothing is read back from disk.
  const written = workbook.getWorksheet(run.planSheet);
  const document =
    report && written
      ? await writeReportModel(
          reportOfAnalysis(
            run.analysis,
            { name: run.planSheet, grid: readSheetGrid(written), planYear: run.plan.planYear },
            gridOf(REPORT_FIELDS_SHEET),
            { form: report.form, digits: report.digits, audience: report.audience, docDate: report.docDate, approval: report.approval },
            today,
          ),
          out,
          report.out,
        )
      : undefined;

  const a = run.analysis;
  return {
    sheet: source.name,
    agency: a.agency,
    year: a.year,
    score: a.officialTotal,
    computed: a.officialSource === 'report' ? a.total : null,
    level: a.officialLevel?.th ?? null,
    levelEn: a.officialLevel?.en ?? null,
    levelNote: a.levelNote?.th ?? null,
    framework: a.framework,
    passing: a.strengths.length,
    failing: a.weaknesses.length,
    measures: run.plan.rows.filter(isLiveMeasure).length,
    kept: run.plan.counts.kept,
    obsolete: run.plan.counts.becameObsolete,
    keptForWork: run.plan.counts.worked,
    path: a.paths ? pathLine(a.total >= a.target ? a.paths.top : a.paths.target) : null,
    history: a.history
      ? { years: a.history.years.slice(0, -1), total: changeMark(a.history.total), from: a.history.total.fromYear, rankedUp: a.history.rankedUp }
      : null,
    ...(run.oldSeason ? { oldPlan: { sheet: run.oldSeason.sheet, planYear: run.oldSeason.planYear, unfinished: run.oldSeason.unfinished.length } } : {}),
    warnings: a.warnings,
    notices,
    output: out,
    ...(document ? { report: document } : {}),
  };
}

/** A sheet we rewrite whole that holds text typed outside our layout is copied before it is rewritten. */
function keepTypedText(workbook: ExcelJS.Workbook, sheets: SheetSpec[], today: Day, note: (n: Label) => void): void {
  for (const spec of sheets) {
    const ws = spec.rewritten ? workbook.getWorksheet(spec.name) : undefined;
    const cell = ws ? typedOutsideLayout(readSheetGrid(ws), spec) : null;
    if (!ws || !cell) continue;
    const name = backupSheetName(
      spec.name,
      today,
      workbook.worksheets.map((w) => w.name),
      EXCEL_MAX_SHEET_NAME,
    );
    copyWorksheet(workbook, ws, name);
    note(typedCopyNote(spec.name, cell, name));
  }
}

/** The workbook to write into, with the stamp of the file it came from (null: a new file). */
async function baseWorkbook(
  out: string,
  inputPath: string,
  input: InputFile,
  selection: Selection,
): Promise<{ workbook: ExcelJS.Workbook; stamp: FileStamp | null }> {
  if (input.workbook && (await sameFile(out, inputPath))) return { workbook: input.workbook, stamp: input.stamp };
  if (await currentStamp(out)) return openWorkbook(out, 'output');
  // A workbook we wrote, saved under a new name: it carries the divisions' edits with it.
  if (input.workbook && selection.ours && selection.sources.length === 1) return { workbook: input.workbook, stamp: null };
  return { workbook: new ExcelJS.Workbook(), stamp: null };
}

/** A sheet's values copied into the workbook written (the scores, a framework), so the file stands on its own. */
function copyOfGrid(name: string, grid: Grid, widths: number[]): SheetSpec {
  const b = new SheetBuilder(name, 'replace', widths);
  for (const row of grid) b.row(row);
  b.spec.print.landscape = false;
  return b.spec;
}

if (require.main === module) {
  // `rollup --packs` runs this same file in its worker threads.
  if (isMainThread) main(process.argv.slice(2)).then((code) => process.exit(code));
  else packWorkerLoop();
}
