/** Running the command line in tests: in-process (details, spies) or as the built dist/cli.js (exit codes). */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Grid } from '../../src/core/grid';
import { COL } from '../../src/core/plan';
import type { Edit } from '../core/progress/fixtures';

export const EXAMPLE = join(__dirname, '../../examples/example-001-2568.xlsx');
export const CLI = join(__dirname, '../../dist/cli.js');
/** 94 Thai characters, 282 bytes: with our prefix, longer than a file name may be (255 bytes). */
export const LONG_AGENCY = 'องค์การบริหารส่วนตำบลหนองน้ำใสเฉลิมพระเกียรติ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา ศูนย์ราชการ';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** The built command line as a process: the real exit code, stdout and stderr. */
export function runBuilt(args: string[], cwd?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** An .xlsx with one sheet per [name, grid]. */
export async function writeXlsx(path: string, sheets: [string, Grid][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of sheets) wb.addWorksheet(name).addRows(grid as unknown[][]);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The edits of the core's follow-up fixture (status, progress, new deadline, note), typed into a plan sheet as divisions would in Excel. */
export function editPlanAsDivisions(plan: ExcelJS.Worksheet, edits: Record<number, Edit>, headerRow: number): void {
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  for (const [no, e] of Object.entries(edits)) {
    const row = plan.getRow(headerRow + Number(no));
    if (e.status !== undefined) row.getCell(COL.status + 1).value = e.status || null;
    if (e.progress !== undefined) row.getCell(COL.progress + 1).value = e.progress === '' ? null : e.progress;
    if (e.revised) row.getCell(COL.revised + 1).value = utc(e.revised);
    if (e.note) row.getCell(COL.note + 1).value = e.note;
  }
}

/** Every stderr line is one bilingual sentence with no library wording or stack. */
export function plainLines(err: string): string[] {
  const lines = err.trim().split('\n');
  for (const line of lines) {
    expect(line).toContain(' / ');
    expect(line).toMatch(/[ก-๙]/);
    expect(line).not.toMatch(/jszip|central directory|EISDIR|ENOENT|EEXIST|EACCES|ENAMETOOLONG|Unexpected error|\bat \w+ \(/);
  }
  return lines;
}
