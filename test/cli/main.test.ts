/**
 * The command line on the bundled example and on broken files: in-process for the details,
 * and once through the built dist/cli.js for the real exit code and stderr.
 */
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL, PLAN_COLUMNS } from '../../src/core/plan';
import { GRID_001, GRID_002, GRID_003 } from '../core/examples';
import { EXAMPLE, LONG_AGENCY, plainLines, readXlsx, run, runBuilt, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-'));

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

  test('a file with one agency per sheet: one workbook each, progress on stderr, a sheet without scores named', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('ทุ่งผึ้ง').addRows(GRID_001 as unknown[][]);
    wb.addWorksheet('ลำพูน').addRows(GRID_002 as unknown[][]);
    wb.addWorksheet('หมายเหตุ').addRows([['ไม่ใช่ตารางคะแนน']]);
    const many = join(dir, 'province.xlsx');
    await wb.xlsx.writeFile(many);
    const r = await run(['analyze', many, '--out', join(dir, 'batch'), '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'ข้ามแผ่นงาน "หมายเหตุ": ไม่มีตารางคะแนน ITA / Skipped sheet "หมายเหตุ": no ITA score table\n' +
        'กำลังวิเคราะห์ 1/2: ทุ่งผึ้ง / Analysing 1/2: ทุ่งผึ้ง\nกำลังวิเคราะห์ 2/2: ลำพูน / Analysing 2/2: ลำพูน\n',
    );
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
      [['report', EXAMPLE], 'ไม่รู้จักคำสั่ง "report"'],
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

/** Our own workbook as a division left it: an edited plan row, a division's view sheet, the hidden lists. */
async function ourWorkbook(path: string): Promise<string> {
  expect((await run(['analyze', EXAMPLE, '--out', path])).code).toBe(0);
  const wb = await readXlsx(path);
  const plan = wb.getWorksheet('มาตรการ ITA')!;
  plan.getCell(4, COL.status + 1).value = 'เสร็จแล้ว';
  plan.getCell(4, COL.note + 1).value = 'เผยแพร่บนเว็บไซต์แล้ว';
  const view = wb.addWorksheet('มาตรการ ITA - กองคลัง');
  view.addRow(PLAN_COLUMNS.slice(0, 12) as unknown as string[]);
  view.addRow([1, 'ตัวชี้วัดที่ 9', 'o6', 'เผยแพร่ข้อมูล', '', 'กองคลัง']);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('1. a workbook we wrote, given as input', () => {
  test('is analysed once, from its score sheet (96.47, not a fake 28.43), and updated in place with the edits kept', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ita-own-'));
    const ours = await ourWorkbook(join(ws, 'ทุ่งผึ้ง.xlsx'));
    const r = runBuilt(['analyze', 'ทุ่งผึ้ง.xlsx'], ws);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.match(/คะแนนรวม \/ Score: [\d.]+/g)).toEqual(['คะแนนรวม / Score: 96.47']);
    expect(r.out).toContain('ระดับ / Level: ผ่านดีเยี่ยม');
    expect(r.out).not.toContain('28.43');
    expect(r.out).toContain('คงข้อมูลเดิม 7 แถว');
    expect(r.out).toContain('ไฟล์ / File: ทุ่งผึ้ง.xlsx');
    expect(existsSync(join(ws, 'out'))).toBe(false); // written back into the input, nowhere else
    const back = await readXlsx(ours);
    const plan = back.getWorksheet('มาตรการ ITA')!;
    expect(plan.getCell(4, COL.status + 1).value).toBe('เสร็จแล้ว');
    expect(plan.getCell(4, COL.note + 1).value).toBe('เผยแพร่บนเว็บไซต์แล้ว');
    expect(back.getWorksheet('มาตรการ ITA - กองคลัง')!.getCell('F2').value).toBe('กองคลัง');
    expect(back.getWorksheet('การวิเคราะห์ผล ITA')!.getCell('B5').value).toBe(96.47);
    expect(back.worksheets.filter((w) => w.name === 'คะแนน ITA')).toHaveLength(1);
    expect(readdirSync(ws)).toEqual(['ทุ่งผึ้ง.xlsx']); // no temporary file left
  });

  test('renamed sheets of ours (plan, analysis, settings) are recognised by content, never as agencies', async () => {
    const ours = await ourWorkbook(join(dir, 'renamed.xlsx'));
    const wb = await readXlsx(ours);
    wb.getWorksheet('มาตรการ ITA')!.name = 'แผนของกอง';
    wb.getWorksheet('การวิเคราะห์ผล ITA')!.name = 'ผลปี 68';
    await wb.xlsx.writeFile(ours);
    const r = await run(['analyze', ours, '--out', join(dir, 'renamed-out.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ score: 96.47, level: 'ผ่านดีเยี่ยม', sheet: 'คะแนน ITA' });
  });

  test('--out equal to the input works the first, second and third time', async () => {
    const ours = await ourWorkbook(join(dir, 'same.xlsx'));
    for (let k = 0; k < 3; k++) {
      const r = await run(['analyze', ours, '--out', ours, '--json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ score: 96.47, output: ours, kept: 7 });
    }
    expect((await readXlsx(ours)).getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value).toBe('เสร็จแล้ว');
  });
});

describe('2. a batch in which one agency\'s sheet is bad', () => {
  const missing4 = GRID_002.map((row) => (row[0] === 4 ? [4, row[1], null] : row));

  test('reports that agency on stderr and in the summary, writes the others, exits 2', async () => {
    const file = await writeXlsx(join(dir, 'batch-bad.xlsx'), [['ทุ่งผึ้ง', GRID_001], ['ลำพูน', missing4], ['แพร่', GRID_003]]);
    const folder = join(dir, 'batch-bad');
    const r = runBuilt(['analyze', file, '--out', folder]);
    expect(r.code).toBe(2);
    const failed = 'ไม่สำเร็จ: แผ่นงาน "ลำพูน" ไม่พบคะแนนตัวชี้วัดที่ 4';
    expect(plainLines(r.err).filter((l) => l.startsWith('ไม่สำเร็จ'))).toEqual([expect.stringContaining(failed)]);
    expect(r.out).toContain('คะแนนรวม / Score: 96.47');
    expect(r.out).toContain('คะแนนรวม / Score: 99.76');
    expect(r.out).toContain('ผลรวม / Total: สำเร็จ 2 ไม่สำเร็จ 1 จาก 3 แผ่นงาน');
    expect(r.out).toContain(failed);
    expect(readdirSync(folder).sort()).toEqual(['ita-analysis-องค์การบริหารส่วนจังหวัดแพร่-2565.xlsx', 'ita-analysis-เทศบาลตำบลทุ่งผึ้ง-2568.xlsx']);
  });

  test('--json lists the failure with its reason in place; all bad exits 1', async () => {
    const file = await writeXlsx(join(dir, 'batch-json.xlsx'), [['ทุ่งผึ้ง', GRID_001], ['ลำพูน', missing4]]);
    const r = await run(['analyze', file, '--out', join(dir, 'batch-json'), '--json']);
    expect(r.code).toBe(2);
    const [ok, bad] = JSON.parse(r.out);
    expect(ok).toMatchObject({ sheet: 'ทุ่งผึ้ง', score: 96.47 });
    expect(bad.sheet).toBe('ลำพูน');
    expect(bad.error.th).toContain('ไม่พบคะแนนตัวชี้วัดที่ 4');
    expect(bad.error.en).toContain('Indicator 4 score(s) not found');

    const allBad = await writeXlsx(join(dir, 'batch-all-bad.xlsx'), [['ก', missing4], ['ข', GRID_001.map((row) => (row[0] === 9 ? [9, row[1], 'ไม่ทราบ'] : row))]]);
    const none = runBuilt(['analyze', allBad, '--out', join(dir, 'batch-all-bad')]);
    expect(none.code).toBe(1);
    expect(plainLines(none.err).filter((l) => l.startsWith('ไม่สำเร็จ'))).toHaveLength(2);
    expect(existsSync(join(dir, 'batch-all-bad'))).toBe(false);
  });
});

describe('3. two sheets of the same agency and year', () => {
  test('write two files, the second named -2, and say so', async () => {
    const corrected = GRID_002.map((row) => (row[0] === 9 ? [9, row[1], 75] : row));
    const file = await writeXlsx(join(dir, 'twice.xlsx'), [['ลำพูน', GRID_002], ['ลำพูน (แก้ไข)', corrected]]);
    const folder = join(dir, 'twice');
    const r = await run(['analyze', file, '--out', folder, '--json']);
    expect(r.code).toBe(0);
    const [first, second] = JSON.parse(r.out);
    expect(first.output).toBe(join(folder, 'ita-analysis-จังหวัดลำพูน-2568.xlsx'));
    expect(second.output).toBe(join(folder, 'ita-analysis-จังหวัดลำพูน-2568-2.xlsx'));
    expect(second.notices[0].th).toContain('หน่วยงาน "จังหวัดลำพูน" ปี 2568 มีมากกว่าหนึ่งแผ่นงานในไฟล์นี้ จึงบันทึกเป็น ita-analysis-จังหวัดลำพูน-2568-2.xlsx');
    expect(r.err).toContain('จึงบันทึกเป็น ita-analysis-จังหวัดลำพูน-2568-2.xlsx');
    expect([first.score, second.score]).toEqual([90.15, 92.15]);
    const scoreIn = async (p: string) => (await readXlsx(p)).getWorksheet('การวิเคราะห์ผล ITA')!.getCell('B5').value;
    expect([await scoreIn(first.output), await scoreIn(second.output)]).toEqual([90.15, 92.15]);
  });
});

describe('4. an agency name longer than a file name may be', () => {
  test('the file name is shortened by bytes; the workbook keeps the full name', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ita-long-'));
    const grid = GRID_001.map((row) => (row[0] === 'ชื่อหน่วยงาน' ? ['ชื่อหน่วยงาน', LONG_AGENCY] : row));
    await writeXlsx(join(ws, 'long.xlsx'), [['คะแนน', grid]]);
    const r = runBuilt(['analyze', 'long.xlsx', '--json'], ws);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    const [name] = readdirSync(join(ws, 'out'));
    expect(join('out', name)).toBe(summary.output);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^ita-analysis-องค์การบริหารส่วนตำบลหนองน้ำใส.*-[0-9a-f]{6}-2568\.xlsx$/);
    expect(plainLines(r.err)).toEqual([expect.stringContaining(`จึงย่อชื่อไฟล์เป็น ${name}`)]);
    const wb = await readXlsx(join(ws, 'out', name));
    expect(wb.getWorksheet('การวิเคราะห์ผล ITA')!.getCell('B2').value).toBe(LONG_AGENCY);
  });
});
