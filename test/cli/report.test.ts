/**
 * `report` on a workbook people edited after `analyze` wrote it, `analyze --report`, and the clear
 * errors for workbooks the report cannot be made from.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers';
import { COL } from '../../src/core/plan';
import { readDocx } from '../report-docx/docx-text';

const ROOT = join(__dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/example-001-2568.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));

describe('ita-analysis report', () => {
  const workbook = join(dir, 'ex1.xlsx');

  test('analyze --report writes the workbook and the document beside it', async () => {
    const r = await run(['analyze', EXAMPLE, '--out', workbook, '--report']);
    expect(r.err).toBe('');
    const path = join(dir, 'ita-report-เทศบาลตำบลทุ่งผึ้ง-2568.docx');
    expect(r.out).toContain(`รายงาน / Report: ${path}`);
    const d = await readDocx(readFileSync(path));
    expect(d.text).toContain('ได้คะแนนรวม ๙๖.๔๗ คะแนน อยู่ในระดับ “ผ่านดีเยี่ยม”');
  });

  test('report shows what people changed: an owner, a deadline, a measure added by hand, a signer', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    const first = plan.getRow(4);
    const measure = String(first.getCell(COL.measure + 1).value);
    first.getCell(COL.owner + 1).value = 'กองช่าง';
    first.getCell(COL.start + 1).value = new Date(Date.UTC(2025, 10, 1));
    first.getCell(COL.deadline + 1).value = new Date(Date.UTC(2026, 2, 31));
    const added = plan.getRow(4 + 8); // below the 8 measures
    added.getCell(COL.measure + 1).value = 'อบรมจริยธรรมสำหรับพนักงานจ้างใหม่';
    added.getCell(COL.steps + 1).value = '1. จัดอบรมครึ่งวัน\n2. ประเมินผลหลังอบรม';
    added.getCell(COL.owner + 1).value = 'กองการศึกษา ศาสนาและวัฒนธรรม';
    added.getCell(COL.start + 1).value = new Date(Date.UTC(2026, 0, 1));
    added.getCell(COL.deadline + 1).value = new Date(Date.UTC(2026, 1, 28));
    const fields = wb.addWorksheet('ข้อมูลรายงาน');
    fields.addRows([
      ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
      ['ตำแหน่งผู้จัดทำ', 'นักวิเคราะห์นโยบายและแผนชำนาญการ'],
      ['อำเภอ', 'แจ้ห่ม'],
      ['จังหวัด', 'ลำปาง'],
    ]);
    await wb.xlsx.writeFile(workbook);

    const out = join(dir, 'edited.docx');
    const r = await run(['report', workbook, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('มาตรการ / Measures: 9');
    const d = await readDocx(readFileSync(out));
    const at = d.lines.indexOf(measure);
    expect(d.lines.slice(at, at + 30)).toEqual(expect.arrayContaining(['กองช่าง', 'พฤศจิกายน ๒๕๖๘ – มีนาคม ๒๕๖๙']));
    const mine = d.lines.indexOf('อบรมจริยธรรมสำหรับพนักงานจ้างใหม่');
    expect(d.lines.slice(mine - 1, mine + 6)).toEqual([
      '๙',
      'อบรมจริยธรรมสำหรับพนักงานจ้างใหม่',
      '-',
      '๑. จัดอบรมครึ่งวัน',
      '๒. ประเมินผลหลังอบรม',
      'กองการศึกษา ศาสนาและวัฒนธรรม',
      'มกราคม – กุมภาพันธ์ ๒๕๖๙',
    ]);
    expect(d.lines).toContain('(นางสาวสมใจ ใจดี)');
    // Too long for a column of four signers: broken between words, before "และ".
    expect(d.lines.join('\n')).toContain('\nตำแหน่ง นักวิเคราะห์นโยบาย\nและแผนชำนาญการ\n');
    expect(d.lines).toContain('อำเภอแจ้ห่ม จังหวัดลำปาง');
  });

  test('--report-form memo --digits arabic', async () => {
    const out = join(dir, 'memo.docx');
    const r = await run(['report', workbook, '--out', out, '--report-form', 'memo', '--digits', 'arabic']);
    expect(r.code).toBe(0);
    const d = await readDocx(readFileSync(out));
    expect(d.lines).toContain('บันทึกข้อความ');
    expect(d.text).toContain('ได้คะแนนรวม 96.47 คะแนน');
    expect(d.text).not.toMatch(/[๐-๙]/);
  });

  test("--audience internal adds the program's notes; public is the default; a bad value is named", async () => {
    const out = join(dir, 'internal.docx');
    let r = await run(['report', workbook, '--out', out, '--audience', 'internal']);
    expect(r.code).toBe(0);
    expect((await readDocx(readFileSync(out))).lines).toContain('ฉบับใช้ภายใน (ไม่เผยแพร่)');
    await run(['report', workbook, '--out', out]);
    expect((await readDocx(readFileSync(out))).text).not.toMatch(/ติดมากับโปรแกรม|ฉบับใช้ภายใน/);
    r = await run(['report', workbook, '--audience', 'everyone']);
    expect(r.err).toBe(
      'ตัวเลือก --audience ต้องเป็น public (ฉบับเผยแพร่) หรือ internal (ฉบับใช้ภายใน) ("everyone") / Option --audience must be public or internal ("everyone")\n',
    );
  });

  test('--doc-date in Thai (๒๐ พ.ย. ๒๕๖๘) dates the memo and its signatures; a bad date names the option', async () => {
    const out = join(dir, 'memo-dated.docx');
    let r = await run(['report', workbook, '--out', out, '--report-form', 'memo', '--doc-date', '๒๐ พ.ย. ๒๕๖๘']);
    expect(r.code).toBe(0);
    const d = await readDocx(readFileSync(out));
    expect(d.lines.find((l) => l.startsWith('ที่'))).toMatch(/วันที่ {2}๒๐ พฤศจิกายน ๒๕๖๘$/);
    expect(d.lines.filter((l) => l === 'วันที่ ๒๐ พฤศจิกายน ๒๕๖๘')).toHaveLength(4);
    r = await run(['report', workbook, '--doc-date', '31/02/2569']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ตัวเลือก --doc-date ต้องเป็นวันที่ เช่น 20 พ.ย. 2568, 20/11/2568 หรือ 2568-11-20 ("31/02/2569") / option --doc-date must be a date');
  });

  test('clear errors: a workbook we did not write, a deleted plan header, a CSV, a bad option', async () => {
    const foreign = join(dir, 'foreign.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['งบประมาณ', 100]);
    await wb.xlsx.writeFile(foreign);
    let r = await run(['report', foreign]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `ไม่พบแผ่นงาน "การวิเคราะห์ผล ITA" และ "มาตรการ ITA" ในไฟล์ ${foreign}: โปรดสร้างการวิเคราะห์ก่อน (ไฟล์นี้อาจไม่ได้สร้างด้วย ITA Sheets) / No "การวิเคราะห์ผล ITA" or "มาตรการ ITA" sheet in ${foreign}: generate the analysis first (this file may not have been written by ITA Sheets)\n`,
    );

    const headless = join(dir, 'headless.xlsx');
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(workbook);
    edited.getWorksheet('มาตรการ ITA')!.spliceRows(3, 1);
    await edited.xlsx.writeFile(headless);
    r = await run(['report', headless]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^แผ่นงาน "มาตรการ ITA": ไม่พบแถวหัวตารางของแผนมาตรการ .* \/ sheet "มาตรการ ITA": the plan's header row .*\n$/);

    const csv = join(dir, 'scores.csv');
    writeFileSync(csv, 'a,b\n');
    r = await run(['report', csv]);
    expect(r.err).toContain(`รายงานจัดทำจากไฟล์ผลการวิเคราะห์ (.xlsx) ที่สร้างด้วยคำสั่ง analyze เท่านั้น: ${csv}`);

    r = await run(['report', workbook, '--digits', 'roman']);
    expect(r.err).toBe('ตัวเลือก --digits ต้องเป็น thai (เลขไทย) หรือ arabic (เลขอารบิก) ("roman") / Option --digits must be thai or arabic ("roman")\n');
  });

  test("the built dist/cli.js: npm start prints the document's path", () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'analyze', EXAMPLE, '--out', join(dir, 'built', 'ex1.xlsx'), '--report'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const path = join(dir, 'built', 'ita-report-เทศบาลตำบลทุ่งผึ้ง-2568.docx');
    expect(r.stdout).toContain(`รายงาน / Report: ${path}`);
    expect(existsSync(path)).toBe(true);
  });
});
