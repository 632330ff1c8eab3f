/**
 * The command line on the bundled example and on broken files: in-process for the details,
 * and once through the built dist/cli.js for the real exit code and stderr.
 */
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL, PLAN_COLUMNS } from '../../src/core/plan';
import { SETTINGS_HEADER } from '../../src/core/settings';
import { GRID_001, GRID_002, GRID_003 } from '../core/examples';
import { EXAMPLE, LONG_AGENCY, plainLines, readXlsx, run, runBuilt, writeXlsx } from './helpers';

const made: string[] = [];
/** A fresh folder, removed after the file's tests. */
function tempDir(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  made.push(path);
  return path;
}
const dir = tempDir('ita-cli-');
afterAll(() => made.forEach((path) => rmSync(path, { recursive: true, force: true })));

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
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['คะแนน ITA', 'การวิเคราะห์ผล ITA', 'มาตรการ ITA', 'สรุปมาตรการ ITA', 'หน่วยงานภายใน']),
    );
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

  test("writing again to the same workbook keeps a division's edits", async () => {
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
    expect(summaries.map((x: { score: number; computed: number }) => [x.score, x.computed])).toEqual([
      [96.47, 96.47],
      [90.14, 90.15],
    ]);
    for (const x of summaries) expect(existsSync(x.output)).toBe(true);
  });

  test('example 002: the published 90.14 is the score, the recomputed 90.15 beside it', async () => {
    const file = join(dir, 'lamphun.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('คะแนน ITA').addRows(GRID_002 as unknown[][]);
    await wb.xlsx.writeFile(file);
    const r = await run(['analyze', file, '--out', join(dir, 'lamphun-out.xlsx')]);
    expect(r.out).toContain('คะแนนรวม / Score: 90.14 (คะแนนที่คำนวณได้ / recomputed 90.15)\nระดับ / Level: ผ่าน (Pass)\n');
  });

  test('a sheet called Sheet1 with no agency name: neither the summary nor the file name says Sheet1', async () => {
    const grid = GRID_002.map((row) => [...row]);
    grid[1][1] = '';
    const file = join(dir, 'noname.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows(grid as unknown[][]);
    await wb.xlsx.writeFile(file);
    // The default output folder is out/ under the working directory: run from the temp folder.
    const cwd = process.cwd();
    process.chdir(dir);
    const r = await run(['analyze', file, '--json']).finally(() => process.chdir(cwd));
    const summary = JSON.parse(r.out);
    expect(existsSync(join(dir, summary.output))).toBe(true);
    expect(summary.agency).toBe('หน่วยงาน (ยังไม่ได้ระบุชื่อ)');
    expect(summary.output).toBe(join('out', 'ita-analysis-หน่วยงาน-(ยังไม่ได้ระบุชื่อ)-2568.xlsx'));
    expect(summary.warnings.map((w: { en: string }) => w.en)).toContain(
      'No agency name found in sheet "Sheet1", so "หน่วยงาน (ยังไม่ได้ระบุชื่อ)" stands in; type the agency\'s name in the sidebar\'s agency field or in a "ชื่อหน่วยงาน" row of the score sheet',
    );
  });

  test('an indicator name that cannot be read: the error names the indicator and the row, not "no score table"', async () => {
    const grid = GRID_002.map((row) => [...row]);
    grid[12][0] = '';
    grid[12][1] = 'การใช้ของหลวง';
    const file = join(dir, 'typo.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('คะแนน ITA').addRows(grid as unknown[][]);
    await wb.xlsx.writeFile(file);
    const r = await run(['analyze', file, '--out', join(dir, 'typo-out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ไม่พบคะแนนตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ในแผ่นงาน "คะแนน ITA"');
    expect(r.err).toContain('อ่านชื่อตัวชี้วัดใน แถว 13 ("การใช้ของหลวง") ไม่ได้');
  });

  test('a CSV file is one sheet: --sheet is ignored there', async () => {
    const csv = join(dir, 'ทุ่งผึ้ง.csv');
    writeFileSync(csv, GRID_001.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')).join('\n'));
    const r = await run(['analyze', csv, '--sheet', 'คะแนน', '--out', join(dir, 'from-csv.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ score: 96.47, sheet: 'ทุ่งผึ้ง' });
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
    const ws = tempDir('ita-own-');
    const ours = await ourWorkbook(join(ws, 'ทุ่งผึ้ง.xlsx'));
    const r = runBuilt(['analyze', 'ทุ่งผึ้ง.xlsx'], ws);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.match(/คะแนนรวม \/ Score: [\d.]+/g)).toEqual(['คะแนนรวม / Score: 96.47']);
    expect(r.out).toContain('ระดับ / Level: ผ่านดีเยี่ยม');
    expect(r.out).not.toContain('28.43');
    expect(r.out).toContain('คงข้อมูลเดิม 8 แถว');
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

  test('renamed sheets of ours (plan, analysis, summary, settings) are recognised by content, never as agencies', async () => {
    const ours = await ourWorkbook(join(dir, 'renamed.xlsx'));
    const wb = await readXlsx(ours);
    wb.getWorksheet('มาตรการ ITA')!.name = 'แผนของกอง';
    wb.getWorksheet('การวิเคราะห์ผล ITA')!.name = 'ผลปี 68';
    wb.getWorksheet('สรุปมาตรการ ITA')!.name = 'สรุป';
    wb.addWorksheet('น้ำหนักปี 70').addRows([SETTINGS_HEADER, [2570, 2566, 30, 15, 15, 40]]);
    await wb.xlsx.writeFile(ours);
    const r = await run(['analyze', ours, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ score: 96.47, level: 'ผ่านดีเยี่ยม', sheet: 'คะแนน ITA', output: ours });
    // The renamed plan is found by its key column and updated under its own name: no second plan.
    expect(summary.kept).toBe(8);
    const back = await readXlsx(ours);
    expect(back.getWorksheet('แผนของกอง')!.getCell(4, COL.status + 1).value).toBe('เสร็จแล้ว');
    expect(back.getWorksheet('มาตรการ ITA')).toBeUndefined();
  });

  test('with a new --out, the new file is the updated copy, edits included, and the input is left as it was', async () => {
    const ours = await ourWorkbook(join(dir, 'source.xlsx'));
    const before = readFileSync(ours);
    const copy = join(dir, 'copy.xlsx');
    const r = await run(['analyze', ours, '--out', copy, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ score: 96.47, kept: 8, output: copy });
    expect(readFileSync(ours).equals(before)).toBe(true);
    const back = await readXlsx(copy);
    expect(back.getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value).toBe('เสร็จแล้ว');
    expect(back.getWorksheet('มาตรการ ITA - กองคลัง')).toBeDefined();
  });

  test('--out equal to the input works the first, second and third time', async () => {
    const ours = await ourWorkbook(join(dir, 'same.xlsx'));
    for (let k = 0; k < 3; k++) {
      const r = await run(['analyze', ours, '--out', ours, '--json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ score: 96.47, output: ours, kept: 8 });
    }
    expect((await readXlsx(ours)).getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value).toBe('เสร็จแล้ว');
  });
});

describe("2. a batch in which one agency's sheet is bad", () => {
  const missing4 = GRID_002.map((row) => (row[0] === 4 ? [4, row[1], null] : row));

  test('reports that agency on stderr and in the summary, writes the others, exits 2', async () => {
    const file = await writeXlsx(join(dir, 'batch-bad.xlsx'), [
      ['ทุ่งผึ้ง', GRID_001],
      ['ลำพูน', missing4],
      ['แพร่', GRID_003],
    ]);
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
    const file = await writeXlsx(join(dir, 'batch-json.xlsx'), [
      ['ทุ่งผึ้ง', GRID_001],
      ['ลำพูน', missing4],
    ]);
    const r = await run(['analyze', file, '--out', join(dir, 'batch-json'), '--json']);
    expect(r.code).toBe(2);
    const [ok, bad] = JSON.parse(r.out);
    expect(ok).toMatchObject({ sheet: 'ทุ่งผึ้ง', score: 96.47 });
    expect(bad.sheet).toBe('ลำพูน');
    expect(bad.error.th).toContain('ไม่พบคะแนนตัวชี้วัดที่ 4');
    expect(bad.error.en).toContain('Indicator 4 (Use of state property) score(s) not found');

    const allBad = await writeXlsx(join(dir, 'batch-all-bad.xlsx'), [
      ['ก', missing4],
      ['ข', GRID_001.map((row) => (row[0] === 9 ? [9, row[1], 'ไม่ทราบ'] : row))],
    ]);
    const none = runBuilt(['analyze', allBad, '--out', join(dir, 'batch-all-bad')]);
    expect(none.code).toBe(1);
    expect(plainLines(none.err).filter((l) => l.startsWith('ไม่สำเร็จ'))).toHaveLength(2);
    expect(existsSync(join(dir, 'batch-all-bad'))).toBe(false);
  });
});

describe('3. two sheets of the same agency and year', () => {
  test('write two files, the second named -2, and say so', async () => {
    const corrected = GRID_002.map((row) => (row[0] === 9 ? [9, row[1], 75] : row));
    const file = await writeXlsx(join(dir, 'twice.xlsx'), [
      ['ลำพูน', GRID_002],
      ['ลำพูน (แก้ไข)', corrected],
    ]);
    const folder = join(dir, 'twice');
    const r = await run(['analyze', file, '--out', folder, '--json']);
    expect(r.code).toBe(0);
    const [first, second] = JSON.parse(r.out);
    expect(first.output).toBe(join(folder, 'ita-analysis-จังหวัดลำพูน-2568.xlsx'));
    expect(second.output).toBe(join(folder, 'ita-analysis-จังหวัดลำพูน-2568-2.xlsx'));
    expect(second.notices[0].th).toContain('หน่วยงาน "จังหวัดลำพูน" ปี 2568 มีมากกว่าหนึ่งแผ่นงานในไฟล์นี้ จึงบันทึกเป็น ita-analysis-จังหวัดลำพูน-2568-2.xlsx');
    expect(r.err).toContain('จึงบันทึกเป็น ita-analysis-จังหวัดลำพูน-2568-2.xlsx');
    // Both sheets carry the published 90.14; the recomputed totals tell them apart.
    expect([first.computed, second.computed]).toEqual([90.15, 92.15]);
    const computedIn = async (p: string) => {
      const ws = (await readXlsx(p)).getWorksheet('การวิเคราะห์ผล ITA')!;
      let value: unknown = null;
      ws.eachRow((row) => (value = row.getCell(1).value === 'คะแนนที่คำนวณได้ (ใช้ตรวจสอบ)' ? row.getCell(2).value : value));
      return value;
    };
    expect([await computedIn(first.output), await computedIn(second.output)]).toEqual([90.15, 92.15]);
  });
});

describe('4. an agency name longer than a file name may be', () => {
  test('the file name is shortened by bytes; the workbook keeps the full name', async () => {
    const ws = tempDir('ita-long-');
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

describe('5. the output path', () => {
  test("rerunning onto the same --out keeps the plan's title and subtitle (second and third run)", async () => {
    const out = join(dir, 'rerun.xlsx');
    for (let k = 1; k <= 3; k++) {
      expect((await run(['analyze', EXAMPLE, '--out', out])).code).toBe(0);
      const plan = (await readXlsx(out)).getWorksheet('มาตรการ ITA')!;
      expect(plan.getCell('A1').value).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
      expect(plan.getCell('A2').value).toBe('เทศบาลตำบลทุ่งผึ้ง · จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (คะแนนรวม ๙๖.๔๗)');
      expect(plan.getCell('I1').master.address).toBe('A1');
    }
  });

  test('missing folders are created; a folder given as --out receives the usual file name', async () => {
    const deep = join(dir, 'ปี 2569', 'รอบที่ 1', 'ผล.xlsx');
    expect((await run(['analyze', EXAMPLE, '--out', deep])).code).toBe(0);
    expect(existsSync(deep)).toBe(true);
    const r = await run(['analyze', EXAMPLE, '--out', join(dir, 'ปี 2569'), '--json']);
    expect(JSON.parse(r.out).output).toBe(join(dir, 'ปี 2569', 'ita-analysis-เทศบาลตำบลทุ่งผึ้ง-2568.xlsx'));
  });

  test('--out that is not .xlsx, or a file for several agencies, is refused with a clear line and nothing written', async () => {
    const csv = runBuilt(['analyze', EXAMPLE, '--out', join(dir, 'x.csv')]);
    expect(csv.code).toBe(1);
    expect(plainLines(csv.err)).toEqual([
      `--out ต้องเป็นชื่อไฟล์ .xlsx หรือโฟลเดอร์ (ได้รับ "${join(dir, 'x.csv')}") เพราะผลการวิเคราะห์บันทึกเป็นไฟล์ Excel เท่านั้น / --out must name an .xlsx file or a folder (got "${join(dir, 'x.csv')}"): the results are saved as an Excel workbook only`,
    ]);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    const many = await writeXlsx(join(dir, 'two.xlsx'), [
      ['ก', GRID_001],
      ['ข', GRID_002],
    ]);
    const file = runBuilt(['analyze', many, '--out', join(dir, 'one.xlsx')]);
    expect(file.code).toBe(1);
    expect(plainLines(file.err)[0]).toContain('--out จึงต้องเป็นโฟลเดอร์ ไม่ใช่ไฟล์');
    expect(existsSync(join(dir, 'one.xlsx'))).toBe(false);
  });
});

describe('6. no library or Node wording reaches the user', () => {
  const cases: [string, () => string, string][] = [
    ['a missing file', () => join(dir, 'nope.xlsx'), 'ไม่พบไฟล์'],
    ['a folder', () => (mkdirSync(join(dir, 'folder-in'), { recursive: true }), join(dir, 'folder-in')), 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์'],
    ['a folder named .xlsx', () => (mkdirSync(join(dir, 'folder.xlsx'), { recursive: true }), join(dir, 'folder.xlsx')), 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์'],
    [
      'a damaged workbook',
      () => (writeFileSync(join(dir, 'cut.xlsx'), readFileSync(EXAMPLE).subarray(0, 5000)), join(dir, 'cut.xlsx')),
      'ไฟล์เสียหายหรือได้รับมาไม่ครบ',
    ],
    ['text named .xlsx', () => (writeFileSync(join(dir, 'text.xlsx'), 'ลำดับ,คะแนน\n'), join(dir, 'text.xlsx')), 'เนื้อไฟล์เป็นข้อความ'],
    ['an empty file', () => (writeFileSync(join(dir, 'empty.xlsx'), ''), join(dir, 'empty.xlsx')), 'ไฟล์ว่างเปล่า'],
    [
      'a password-protected workbook',
      () => (
        writeFileSync(
          join(dir, 'locked.xlsx'),
          Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le')]),
        ),
        join(dir, 'locked.xlsx')
      ),
      'ไฟล์ตั้งรหัสผ่านไว้',
    ],
    ['a wrong extension', () => (writeFileSync(join(dir, 'scores.pdf'), '%PDF'), join(dir, 'scores.pdf')), 'ไม่รองรับไฟล์ชนิดนี้'],
  ];
  test.each(cases)('%s: one plain line naming the file, exit 1', (_, make, th) => {
    const path = make();
    const r = runBuilt(['analyze', path, '--out', join(dir, 'never.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const [line, ...more] = plainLines(r.err);
    expect(more).toEqual([]);
    expect(line).toContain(th);
    expect(line).toContain(path);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  test('an existing --out that is not a workbook is named and left alone, not overwritten', () => {
    const target = join(dir, 'notes-as-out.xlsx');
    writeFileSync(target, 'minutes of the meeting');
    const r = runBuilt(['analyze', EXAMPLE, '--out', target]);
    expect(r.code).toBe(1);
    expect(plainLines(r.err)).toEqual([expect.stringContaining(`ไฟล์ผลลัพธ์ ${target} มีอยู่แล้วแต่เปิดไม่ได้`)]);
    expect(r.err).toContain('จึงไม่เขียนทับ');
    expect(readFileSync(target, 'utf8')).toBe('minutes of the meeting');
  });
});

describe('7. temporary files left by an interrupted write', () => {
  test("are cleaned from the target folder on the next run; a running write's stays", async () => {
    const folder = tempDir('ita-tmp-');
    const dead = `.result.xlsx.${spawnSync(process.execPath, ['-e', '0']).pid}.deadbeef.tmp`;
    const running = `.result.xlsx.${process.pid}.0123abcd.tmp`;
    writeFileSync(join(folder, dead), 'half a zip');
    writeFileSync(join(folder, running), 'being written');
    const r = runBuilt(['analyze', EXAMPLE, '--out', join(folder, 'result.xlsx')]);
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([running, 'result.xlsx'].sort());
  });
});

describe('8. sizes', () => {
  test('a score file with a 5,001-row sheet is refused at once, naming the sheet and the limit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRows(GRID_001 as unknown[][]);
    for (let r = GRID_001.length + 1; r <= 5001; r++) ws.getCell(r, 1).value = `แถว ${r}`;
    const path = join(dir, 'long-sheet.xlsx');
    await wb.xlsx.writeFile(path);
    const started = Date.now();
    const r = runBuilt(['analyze', path, '--out', join(dir, 'long-out.xlsx')]);
    expect(r.code).toBe(1);
    expect(plainLines(r.err)).toEqual([
      `แผ่นงาน "คะแนน" ในไฟล์ ${path} มีข้อมูลเกิน 5,000 แถว ซึ่งเป็นขีดจำกัด (ตารางคะแนนและแผนมาตรการ ITA มีไม่ถึงหนึ่งพันแถว ข้อมูลที่ใหญ่กว่านี้จะใช้หน่วยความจำจนโปรแกรมหยุดทำงาน) โปรดลบแถวหรือคอลัมน์ที่ไม่ใช้ หรือคัดลอกเฉพาะตารางคะแนนไปไว้ในไฟล์ใหม่ / Sheet "คะแนน" in ${path} has data beyond row 5,000, the limit (ITA scores and plans take under a thousand rows; anything larger would exhaust memory); delete the unused rows or columns, or copy just the score table into a new file`,
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a cell over 32,767 characters is cut in the output with a mark, and the sheet and cell are named', async () => {
    const huge = `บันทึก ${'ก'.repeat(1024 * 1024)}`;
    const path = await writeXlsx(join(dir, 'huge-cell.xlsx'), [['คะแนน', [...GRID_001, ['หมายเหตุ', huge]]]]);
    const out = join(dir, 'huge-cell-out.xlsx');
    const r = await run(['analyze', path, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.score).toBe(96.47);
    const row = GRID_001.length + 1;
    const warning = `แผ่นงาน "คะแนน ITA" เซลล์ B${row}: ข้อความยาว 1,048,583 ตัวอักษร เกินขีดจำกัดของ Excel 32,767 ตัวอักษร`;
    expect(summary.notices.map((n: { th: string }) => n.th)).toEqual([expect.stringContaining(warning)]);
    expect(r.err).toContain(warning);
    const cell = (await readXlsx(out)).getWorksheet('คะแนน ITA')!.getCell(row, 2).value as string;
    expect(cell).toHaveLength(32_767);
    expect(cell.startsWith('บันทึก กกก')).toBe(true);
    expect(cell.endsWith(' …〔ตัดข้อความเกินขนาด〕')).toBe(true);
  });
});

describe('9. someone saves the output while the run works', () => {
  // ExcelJS's writer: the last step before the rename that would replace the file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('exceljs/lib/xlsx/xlsx') as { prototype: { writeFile: (this: unknown, path: string) => Promise<void> } };

  test('the saved file is not overwritten, the run says so, and no temporary file is left', async () => {
    const folder = tempDir('ita-race-');
    const out = join(folder, 'plan.xlsx');
    expect((await run(['analyze', EXAMPLE, '--out', out])).code).toBe(0);
    const original = XLSX.prototype.writeFile;
    jest.spyOn(XLSX.prototype, 'writeFile').mockImplementationOnce(async function (this: unknown, temp: string) {
      // A division saves the file in Excel while the analysis runs.
      const wb = await readXlsx(out);
      wb.getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value = 'กำลังดำเนินการ';
      await wb.xlsx.writeFile(out);
      utimesSync(out, new Date(), new Date(Date.now() + 2000));
      return original.call(this, temp);
    });
    const saved = () => readFileSync(out);
    const r = await run(['analyze', EXAMPLE, '--out', out]);
    expect(r.code).toBe(1);
    expect(plainLines(r.err)).toEqual([
      `ไฟล์ ${out} ถูกบันทึก ย้าย หรือลบโดยผู้อื่นหรือโปรแกรมอื่นระหว่างการวิเคราะห์ จึงไม่เขียนทับเพื่อไม่ให้สิ่งที่บันทึกไว้สูญหาย โปรดเรียกคำสั่งอีกครั้ง / ${out} was saved, moved or deleted by someone else while the analysis ran; it was not overwritten, so nothing they saved is lost: run the command again`,
    ]);
    const before = saved();
    expect((await readXlsx(out)).getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value).toBe('กำลังดำเนินการ');
    expect(readdirSync(folder)).toEqual(['plan.xlsx']);
    // Run again: this time nothing interferes, and the division's save is kept.
    expect((await run(['analyze', EXAMPLE, '--out', out])).code).toBe(0);
    expect(saved().equals(before)).toBe(false);
    expect((await readXlsx(out)).getWorksheet('มาตรการ ITA')!.getCell(4, COL.status + 1).value).toBe('กำลังดำเนินการ');
  });
});
