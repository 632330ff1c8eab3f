/**
 * The command line on the bundled example and on broken files: in-process for the details,
 * and once through the built dist/cli.js for the real exit code and stderr.
 */
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { COL } from '../../src/core/plan';
import { GRID_001, GRID_002 } from '../core/examples';

const EXAMPLE = join(__dirname, '../../examples/example-001-2568.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'ita-cli-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
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

describe('ita-analysis analyze', () => {
  const out = join(dir, 'result.xlsx');

  test('example 001: summary, and a workbook with the score, analysis and plan sheets', async () => {
    const r = await run(['analyze', EXAMPLE, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('คะแนนรวม / Score: 96.47');
    expect(r.out).toContain('ระดับ / Level: ผ่านดีเยี่ยม (Pass – excellent)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['คะแนน ITA', 'การวิเคราะห์ผล ITA', 'มาตรการ ITA', 'สรุปมาตรการ ITA', 'หน่วยงานภายใน']));
    const analysis = wb.getWorksheet('การวิเคราะห์ผล ITA')!;
    expect(analysis.getCell('A5').value).toBe('คะแนนรวม');
    expect(analysis.getCell('B5').value).toBe(96.47);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    expect(plan.getCell('A3').value).toBe('ลำดับ');
    expect(plan.getCell(4, COL.status + 1).dataValidation?.type).toBe('list');
    expect(plan.getCell(4, COL.deadline + 1).value).toBeInstanceOf(Date);
  });

  test('--json prints the summary as JSON', async () => {
    const r = await run(['analyze', EXAMPLE, '--out', join(dir, 'json.xlsx'), '--json', '--target', '๙๘']);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ score: 96.47, level: 'ผ่านดีเยี่ยม', year: 2568, failing: 5, passing: 5 });
  });

  test('writing again to the same workbook keeps a division\'s edits', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    const key = plan.getCell(4, COL.key + 1).value;
    plan.getCell(4, COL.status + 1).value = 'เสร็จแล้ว';
    plan.getCell(4, COL.progress + 1).value = 100;
    plan.getCell(4, COL.note + 1).value = 'เผยแพร่บนเว็บไซต์แล้ว';
    await wb.xlsx.writeFile(out);
    const r = await run(['analyze', EXAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const sheet = again.getWorksheet('มาตรการ ITA')!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(COL.key + 1).value === key) row = n;
    });
    expect(sheet.getCell(row, COL.status + 1).value).toBe('เสร็จแล้ว');
    expect(sheet.getCell(row, COL.progress + 1).value).toBe(100);
    expect(sheet.getCell(row, COL.note + 1).value).toBe('เผยแพร่บนเว็บไซต์แล้ว');
  });

  test('a file with one agency per sheet: one workbook each, progress on stderr', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('ทุ่งผึ้ง').addRows(GRID_001 as unknown[][]);
    wb.addWorksheet('ลำพูน').addRows(GRID_002 as unknown[][]);
    wb.addWorksheet('หมายเหตุ').addRows([['ไม่ใช่ตารางคะแนน']]);
    const many = join(dir, 'province.xlsx');
    await wb.xlsx.writeFile(many);
    const r = await run(['analyze', many, '--out', join(dir, 'batch'), '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('กำลังวิเคราะห์ 1/2: ทุ่งผึ้ง / Analysing 1/2: ทุ่งผึ้ง\nกำลังวิเคราะห์ 2/2: ลำพูน / Analysing 2/2: ลำพูน\n');
    const summaries = JSON.parse(r.out);
    expect(summaries.map((x: { score: number }) => x.score)).toEqual([96.47, 90.15]);
    for (const x of summaries) expect(existsSync(x.output)).toBe(true);
  });

  test('bad input: one line in Thai and English, exit code 1, the old output untouched', async () => {
    const keep = join(dir, 'keep.xlsx');
    writeFileSync(keep, 'previous result');
    const notWorkbook = join(dir, 'notes.xlsx');
    writeFileSync(notWorkbook, 'this is text');
    const noScores = join(dir, 'empty.csv');
    writeFileSync(noScores, 'ชื่อ,ค่า\nก,1\n');
    const cases: [string[], string][] = [
      [['analyze', join(dir, 'missing.xlsx'), '--out', keep], 'ไม่พบไฟล์'],
      [['analyze', notWorkbook, '--out', keep], 'ไม่ใช่ไฟล์ Excel'],
      [['analyze', noScores, '--out', keep], 'ไม่พบตารางคะแนน ITA'],
      [['analyze', EXAMPLE, '--year', '2550', '--out', keep], 'ไม่มีเกณฑ์การประเมินของปี 2550'],
      [['reprot', EXAMPLE], 'ไม่รู้จักคำสั่ง "reprot"'],
    ];
    for (const [args, th] of cases) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.err).toContain(th);
      expect(r.err).toContain(' / ');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    expect(readFileSync(keep, 'utf8')).toBe('previous result');
  });

  test('the built dist/cli.js: exit code 1 and no stack trace on a missing file', () => {
    const cli = join(__dirname, '../../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, 'analyze', join(dir, 'nope.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ไม่พบไฟล์: .*nope\.xlsx \/ File not found: .*nope\.xlsx\n$/);
    expect(r.stderr).not.toMatch(/\bat \w/);
    const ok = execFileSync(process.execPath, [cli, 'analyze', EXAMPLE, '--out', join(dir, 'built.xlsx'), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(ok).score).toBe(96.47);
    expect(existsSync(join(dir, 'built.xlsx'))).toBe(true);
  });
});
