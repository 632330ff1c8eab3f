/**
 * `ita-analysis rollup INPUT…`: many agencies' results (tables of agencies, workbooks with a score
 * sheet per agency, folders of workbooks) → the roll-up workbook, and with --report its document.
 * Rows that cannot be read are one line each on stderr and listed in the workbook; the rest count.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BE_OFFSET } from '../core/dates';
import { describeError, ItaError, type Label } from '../core/errors';
import { rollupSheets } from '../core/layout/rollup-sheets';
import { fixed2 } from '../core/numbers';
import { buildRollup, readAgencies, rollupReportModel, type InputSheet, type Rollup } from '../core/rollup';
import { renderRollupReport } from '../report-docx/rollup';
import { writeBytesAtomically } from './docx-write';
import { writeWorkbookQuickly } from './quick-xlsx';
import { fileError } from './file-errors';
import { readInput } from './read-input';
import { parseRollupArgs, type RollupArgs } from './rollup-args';
import { writePacks } from './rollup-packs';
import { DEFAULT_FOLDER } from './targets';
import { currentStamp } from './workbook-file';
import { todayHere } from './today';
import { renderWorkbook } from './xlsx-render';

/** A national table: 8,300 agencies over several years, as a warehouse exports it (CSV). */
const ROLLUP_CSV_ROWS = 100_000;

export async function rollupMain(argv: string[]): Promise<number> {
  const say = (l: Label) => process.stderr.write(`${l.th} / ${l.en}\n`);
  try {
    const args = parseRollupArgs(argv);
    const files = await inputFiles(args.inputs);
    const sheets: InputSheet[] = [];
    for (const f of files) {
      const input = await readInput(f, ROLLUP_CSV_ROWS);
      sheets.push(...input.sheets.map((s) => ({ ...s, file: files.length > 1 ? basename(f) : undefined })));
    }
    const read = readAgencies(sheets, args.year);
    read.skipped.forEach((s) => say({ th: `ข้าม${s.th}: ไม่มีตารางหน่วยงานหรือตารางคะแนน ITA`, en: `Skipped ${s.en}: no table of agencies or ITA scores` }));
    const rollup = buildRollup(read, { year: args.year, target: args.target, groupBy: args.groupBy });
    rollup.bad.forEach(say);
    const out = args.out ?? join(DEFAULT_FOLDER, `ita-rollup-${rollup.year}.xlsx`);
    await writeWorkbookQuickly(renderWorkbook(rollupSheets(rollup, args.digits)), out, await currentStamp(out));
    const report = args.report ? await writeRollupReport(rollup, args, out) : null;
    const packs = args.packs ? await writePacks(read.records, rollup, args, say) : null;
    const lines = summaryLines(rollup, out, report, packs);
    process.stdout.write(args.json ? `${JSON.stringify({ ...lines.json }, null, 2)}\n` : `${lines.text.join('\n')}\n`);
    return packs?.failed ? 2 : 0;
  } catch (e) {
    const { th, en } = describeError(e);
    process.stderr.write(`${th} / ${en}\n`);
    return 1;
  }
}

async function writeRollupReport(rollup: Rollup, args: RollupArgs, workbook: string): Promise<string> {
  const path = args.report === true ? join(dirname(workbook), `ita-rollup-report-${rollup.year}.docx`) : args.report!;
  const today = todayHere();
  const issued = { ...today, y: today.y + BE_OFFSET };
  await writeBytesAtomically(await renderRollupReport(rollupReportModel(rollup, { digits: args.digits, issued })), path);
  return path;
}

/** Files as given; a folder gives its .xlsx and .csv files (not its sub-folders, nor Office's lock files). */
async function inputFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const isFolder = await stat(input).then(
      (s) => s.isDirectory(),
      (e: unknown) => {
        throw fileError(e, input, 'read');
      },
    );
    if (!isFolder) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => /\.(xlsx|csv)$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.')).sort();
    if (!names.length) throw new ItaError(`โฟลเดอร์ ${input} ไม่มีไฟล์ .xlsx หรือ .csv`, `Folder ${input} holds no .xlsx or .csv file`);
    out.push(...names.map((n) => join(input, n)));
  }
  return out.filter((f, k) => out.indexOf(f) === k && extname(f) !== '');
}

function summaryLines(r: Rollup, out: string, report: string | null, packs: { written: number; failed: number; folder: string } | null) {
  const o = r.overview;
  const text = [
    `ปีงบประมาณ / Fiscal year: ${r.year}${r.previousYear ? ` (เทียบกับ / compared with ${r.previousYear})` : ''}`,
    `หน่วยงาน / Agencies: ${o.count}`,
    `คะแนนเฉลี่ย / Mean: ${fixed2(o.mean)}  มัธยฐาน / Median: ${fixed2(o.median)}`,
    `ถึงค่าเป้าหมาย ${r.target} / Reaching the target: ${o.reaching}`,
    `ต้องติดตาม / To follow up: ${r.followUp.length}`,
    `แถวที่ไม่นำมาคำนวณ / Rows left out: ${r.bad.length}`,
    `ไฟล์ / File: ${out}`,
    ...(report ? [`รายงาน / Report: ${report}`] : []),
    ...(packs ? [`ชุดเอกสารรายหน่วยงาน / Agency packs: ${packs.written} (${packs.failed} ไม่สำเร็จ / failed) ${packs.folder}`] : []),
  ];
  return {
    text,
    json: {
      year: r.year,
      previousYear: r.previousYear,
      agencies: o.count,
      mean: o.mean,
      median: o.median,
      reaching: o.reaching,
      target: r.target,
      followUp: r.followUp.length,
      leftOut: r.bad.map((b) => b.en),
      output: out,
      report,
      packs,
    },
  };
}
