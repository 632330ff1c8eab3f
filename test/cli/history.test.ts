/** Earlier years on the command line: one agency's sheets of several years give one workbook that carries its history. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../report-docx/docx-text';
import { GRID_001 } from '../core/examples';
import { SHEET_2566, SHEET_2567, SHEET_2568, YEAR_COLUMNS } from '../core/history/fixtures';
import { readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worksheet's rows as values (ExcelJS leaves empty cells undefined). */
async function rowsOf(path: string, sheet: string): Promise<unknown[][]> {
  const ws = (await readXlsx(path)).getWorksheet(sheet)!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('ita-analysis analyze with earlier years', () => {
  test('a sheet per year: the latest is analysed, the others are its history; the workbook and the document carry the comparison', async () => {
    const file = await writeXlsx(join(dir, 'lamphun.xlsx'), [
      ['2566', SHEET_2566],
      ['2567', SHEET_2567],
      ['2568', SHEET_2568],
      ['ทุ่งผึ้ง', GRID_001],
    ]);
    const out = join(dir, 'out');
    const r = await run(['analyze', file, '--out', out, '--report']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toEqual(
      expect.arrayContaining([
        'ใช้แผ่นงาน "2566" เป็นผลย้อนหลังของแผ่นงาน "2568" / Sheet "2566" is used as an earlier year of sheet "2568"',
        'ใช้แผ่นงาน "2567" เป็นผลย้อนหลังของแผ่นงาน "2568" / Sheet "2567" is used as an earlier year of sheet "2568"',
        'กำลังวิเคราะห์ 1/2: 2568 / Analysing 1/2: 2568',
        'กำลังวิเคราะห์ 2/2: ทุ่งผึ้ง / Analysing 2/2: ทุ่งผึ้ง',
      ]),
    );
    const earlier = r.out.split('\n').find((l) => l.startsWith('เทียบกับปีก่อน / Earlier years:'))!;
    expect(earlier).toContain('พ.ศ. 2566, 2567');
    expect(earlier).toContain('▼ 3.85 จากปี 2567');
    expect(earlier).toContain('ตัวชี้วัดที่ 3, 9');
    const workbook = join(out, 'ita-analysis-จังหวัดลำพูน-2568.xlsx');
    // The earlier years go with the workbook, in the ผลย้อนหลัง sheet's form.
    const history = await rowsOf(workbook, 'ผลย้อนหลัง');
    expect(history[3].slice(0, 4)).toEqual([2566, undefined, undefined, 90.12]);
    expect(history[4].slice(0, 4)).toEqual([2567, undefined, undefined, 91.4]);
    const analysis = await rowsOf(workbook, 'การวิเคราะห์ผล ITA');
    const at = analysis.findIndex((row) => row[0] === 'ผลการประเมินเทียบกับปีที่ผ่านมา');
    expect(analysis[at + 11].slice(0, 6)).toEqual([10, 'การป้องกันการทุจริต', 96.25, 98.75, 100, '▲ ๑.๒๕']);
    // The document made right after: table 5 and chart 2.
    const d = await readDocx(readFileSync(join(out, 'ita-report-จังหวัดลำพูน-2568.docx')));
    expect(d.lines).toContain('ตารางที่ ๕ ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖–๒๕๖๘');
    expect(d.lines).toContain('▼ ๒๓.๐๐');

    // Later, the report command on the workbook alone finds the years in its ผลย้อนหลัง sheet.
    const again = await run(['report', workbook, '--out', join(dir, 'again.docx'), '--digits', 'arabic']);
    expect(again.code).toBe(0);
    const d2 = await readDocx(readFileSync(join(dir, 'again.docx')));
    expect(d2.lines).toContain('ตารางที่ 5 ผลการประเมินปีงบประมาณ พ.ศ. 2566–2568');
    expect(d2.lines.find((l) => l.startsWith('ตัวชี้วัดที่ 10 '))).toMatch(/ 100\.00 .* 1\.25 .* \(98\.75 /);
  });

  test('year columns in one table: one workbook, --json carries the comparison', async () => {
    const file = await writeXlsx(join(dir, 'columns.xlsx'), [['ผลคะแนน', [['ชื่อหน่วยงาน', 'จังหวัดลำพูน'], ...YEAR_COLUMNS]]]);
    const r = await run(['analyze', file, '--out', join(dir, 'columns-out.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ year: 2568, score: 90.14, history: { years: [2566, 2567], total: '▼ 3.85', from: 2567, rankedUp: [3, 9] } });
  });
});
