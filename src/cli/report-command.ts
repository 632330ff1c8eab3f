/**
 * `ita-analysis report WORKBOOK.xlsx`: the document to publish, built from a workbook we wrote, as
 * people left it (the analysis re-run on its score sheet, the measures from its plan sheet); and the
 * writing of the document `analyze … --report` builds from the analysis it has just computed.
 */
import { extname, dirname, join } from 'node:path';
import { describeError, ItaError } from '../core/errors';
import { reportFromSources, type ReportModel } from '../core/report';
import { sourcesFromWorkbook } from '../core/sources';
import { renderReport } from '../report-docx/render';
import { writeBytesAtomically } from './docx-write';
import { resultFileName } from './file-name';
import { todayHere } from './today';
import { parseReportCommand, type ReportArgs } from './report-args';
import { readInput } from './read-input';

/** The documents are made from a workbook `analyze` wrote. */
export function requireWorkbook(workbook: string): void {
  if (extname(workbook).toLowerCase() !== '.xlsx') {
    throw new ItaError(
      `รายงานจัดทำจากไฟล์ผลการวิเคราะห์ (.xlsx) ที่สร้างด้วยคำสั่ง analyze เท่านั้น: ${workbook}`,
      `The report is made from an analysis workbook (.xlsx) written by analyze: ${workbook}`,
    );
  }
}

export async function writeReport(workbook: string, args: ReportArgs): Promise<{ path: string; model: ReportModel }> {
  requireWorkbook(workbook);
  const input = await readInput(workbook);
  const model = reportFromSources(
    sourcesFromWorkbook(input.sheets),
    { form: args.form, digits: args.digits, audience: args.audience, docDate: args.docDate, approval: args.approval },
    { th: `ไฟล์ ${workbook}`, en: workbook },
    todayHere(),
  );
  return { path: await writeReportModel(model, workbook, args.out), model };
}

/** Writes the document; `out` true: beside the workbook, under the name made from its agency and year. */
export async function writeReportModel(model: ReportModel, workbook: string, out: string | true): Promise<string> {
  const path = out === true ? join(dirname(workbook), resultFileName(model.agency, model.year, 'report').name) : out;
  await writeBytesAtomically(await renderReport(model), path);
  return path;
}

export async function reportMain(argv: string[]): Promise<number> {
  try {
    const args = parseReportCommand(argv);
    const { path, model } = await writeReport(args.input, args);
    process.stdout.write(
      [`หน่วยงาน / Agency: ${model.agency} (ปีงบประมาณ พ.ศ. ${model.year})`, `มาตรการ / Measures: ${model.measures.length}`, `รายงาน / Report: ${path}`, ''].join(
        '\n',
      ),
    );
    return 0;
  } catch (e) {
    process.stderr.write(`${describeError(e).message}\n`);
    return 1;
  }
}
