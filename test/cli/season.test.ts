/**
 * A second year in the same file, through the command line: the coordinator pastes next year's
 * results into last year's workbook and runs `analyze` again; another agency's results are refused.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL, STATUS } from '../../src/core/plan';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { scoreGrid } from '../core/examples';
import { GRID_FAILING } from '../core/report/fixtures';
import { EDITS } from '../core/progress/fixtures';
import { editPlanAsDivisions, plainLines, readXlsx, run, writeXlsx } from './helpers';
import { savedByLibreOffice, withLibreOffice } from '../tools/libreoffice';
import { REWRITTEN_NOTE } from '../../src/core/layout/model';

const dir = mkdtempSync(join(tmpdir(), 'ita-season-'));
const HEADER_ROW = 3;
const AGENCY = 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง';
const NEXT_YEAR = scoreGrid({ agency: AGENCY, type: 'องค์การบริหารส่วนตำบล', year: 2569, indicators: [82, 96.1, 98.9, 91.2, 94.5, 97.3, 95.8, 95.5, 70, 100] });

/** The plan's rows under the header, as far as they hold a measure. */
function planRows(ws: ExcelJS.Worksheet) {
  return readSheetGrid(ws)
    .slice(HEADER_ROW)
    .filter((r) => r[COL.measure]);
}

let workbook: string;
let lastYear12: string;
beforeAll(async () => {
  const scores = await writeXlsx(join(dir, 'scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]);
  workbook = join(dir, 'ita.xlsx');
  expect((await run(['analyze', scores, '--out', workbook])).code).toBe(0);
  const wb = await readXlsx(workbook);
  editPlanAsDivisions(wb.getWorksheet('มาตรการ ITA')!, EDITS, HEADER_ROW);
  await wb.xlsx.writeFile(workbook);
  lastYear12 = (await run(['progress', workbook, '--round', '12', '--out', join(dir, 'before.docx')])).out;
  // A year later: the coordinator pastes the new results over the score sheet and runs analyze again.
  const next = await readXlsx(workbook);
  next.removeWorksheet(next.getWorksheet('คะแนน ITA')!.id);
  next.addWorksheet('คะแนน ITA').addRows(NEXT_YEAR as unknown[][]);
  await next.xlsx.writeFile(workbook);
});

describe('a second year pasted into the same workbook', () => {
  let out: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await run(['analyze', workbook]);
    expect(r.err).not.toContain('Internal');
    expect(r.code).toBe(0);
    out = r.out;
    wb = await readXlsx(workbook);
  });

  test('the old plan is kept under its year, whole, and the new plan starts clean', () => {
    const old = wb.getWorksheet('มาตรการ ITA 2569')!;
    expect(readSheetGrid(old)[0][0]).toMatch(/พ\.ศ\. ๒๕๖๙$/);
    expect(planRows(old).filter((r) => r[COL.status] === STATUS.done)).toHaveLength(3);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    expect(readSheetGrid(plan)[0][0]).toMatch(/พ\.ศ\. ๒๕๗๐$/);
    const rows = planRows(plan);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(r[COL.status]).toBe(STATUS.notStarted);
      expect(r[COL.progress]).toBe(0);
      expect(r[COL.note] ?? null).toBeNull();
      expect(r[COL.revised] ?? null).toBeNull();
      // Every date of the new plan is in fiscal year 2570 (1 Oct 2026 – 30 Sep 2027).
      for (const f of [COL.start, COL.deadline]) expect(String((r[f] as { date: string }).date) >= '2026-10-01').toBe(true);
    }
  });

  test('unfinished measures are listed on the analysis sheet, the summary says where the old plan went, continuing measures are marked', () => {
    expect(out).toContain('แผนปีก่อน / Last year\'s plan: แผ่นงาน "มาตรการ ITA 2569" (พ.ศ. 2569) ยังไม่แล้วเสร็จ 9 มาตรการ / 9 unfinished');
    const analysis = readSheetGrid(wb.getWorksheet('การวิเคราะห์ผล ITA')!);
    const at = analysis.findIndex((r) => r[0] === 'มาตรการของแผนปีก่อนที่ยังไม่แล้วเสร็จ');
    expect(at).toBeGreaterThan(0);
    expect(analysis[at + 1][0]).toBe('แผนมาตรการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (แผ่นงาน "มาตรการ ITA 2569") ณ สิ้นปีงบประมาณ: ยังไม่แล้วเสร็จ ๙ มาตรการ');
    expect(analysis[at + 2].slice(0, 5)).toEqual(['ลำดับในแผนเดิม', 'ชื่อมาตรการ', 'กอง/สำนัก', 'สถานะ ณ สิ้นปี', 'ความคืบหน้า ณ สิ้นปี (%)']);
    expect(analysis.slice(at + 3, at + 12).map((r) => r[0])).toEqual([1, 2, 5, 6, 7, 8, 9, 12, 13]);
    expect(analysis[at + 3].slice(1, 4)).toEqual(['จัดทำและเผยแพร่แผนและรายงานผลการดำเนินงาน', 'สำนักปลัด', 'กำลังดำเนินการ']);
    const marked = planRows(wb.getWorksheet('มาตรการ ITA')!).filter((r) => String(r[COL.indicator]).endsWith('ต่อเนื่องจากแผนปี ๒๕๖๙'));
    expect(marked.length).toBeGreaterThan(0);
  });

  test('progress --plan "มาตรการ ITA 2569" --round 12 gives last year\'s 12-month report, as before the new season', async () => {
    const r = await run(['progress', workbook, '--plan', 'มาตรการ ITA 2569', '--round', '12', '--out', join(dir, 'after.docx')]);
    expect(r.err).toBe('');
    expect(r.out.replace('after.docx', 'before.docx')).toBe(lastYear12);
    expect(lastYear12).toMatch(/done 3, on track 0, at risk 1, late 8, cancelled 1/);
    const bad = await run(['progress', workbook, '--plan', 'มาตรการ ITA 2560']);
    expect(plainLines(bad.err)).toEqual([
      `ไม่พบแผนมาตรการในแผ่นงาน "มาตรการ ITA 2560" ของไฟล์ ${workbook} (แผ่นงานแผนมาตรการที่มี: "มาตรการ ITA", "มาตรการ ITA 2569") / No measures plan in sheet "มาตรการ ITA 2560" of ${workbook} (plan sheets in the file: "มาตรการ ITA", "มาตรการ ITA 2569")`,
    ]);
  });

  // Two weeks into the new year nothing can be late or done unless last year's dates or statuses came along.
  test("the new plan's follow-up two weeks into its year finds nothing late and nothing done", async () => {
    const r = await run(['progress', workbook, '--round', '2026-10-15', '--out', join(dir, 'new-early.docx')]);
    expect(r.out).toContain('(มาตรการประจำปีงบประมาณ พ.ศ. 2570)');
    expect(r.out).toMatch(/แล้วเสร็จ 0, เป็นไปตามกำหนด \d+, เสี่ยงล่าช้า 0, ล่าช้ากว่ากำหนด 0/);
  });

  test('sheets rewritten whole and the kept plan are protected without a password, with a note saying why', () => {
    for (const name of ['การวิเคราะห์ผล ITA', 'สรุปมาตรการ ITA']) {
      const ws = wb.getWorksheet(name)! as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean; hashValue?: string } };
      expect([ws.sheetProtection?.sheet, ws.sheetProtection?.hashValue, ws.getCell('A1').note]).toEqual([true, undefined, REWRITTEN_NOTE]);
    }
    const old = wb.getWorksheet('มาตรการ ITA 2569')! as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } };
    expect(old.sheetProtection?.sheet).toBe(true);
    expect(String(old.getCell('A1').note)).toContain('แผนมาตรการประจำปีงบประมาณ พ.ศ. 2569 เก็บไว้เมื่อเริ่มแผนของปีใหม่');
    // The plan divisions type in is not protected by us in the file.
    expect((wb.getWorksheet('มาตรการ ITA')! as ExcelJS.Worksheet & { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
  });

  withLibreOffice('LibreOffice keeps those protections when it opens and saves the workbook', async () => {
    // Read from the file's XML: ExcelJS does not read back LibreOffice's sheet="true".
    const zip = await JSZip.loadAsync(await readFile(savedByLibreOffice(workbook)));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const isProtected = async (name: string) => {
      const id = new RegExp(`<sheet name="${name}"[^>]*r:id="(\\w+)"`).exec(book)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return /<sheetProtection sheet="(?:true|1)"/.test(await zip.file(`xl/${target}`)!.async('string'));
    };
    const names = ['การวิเคราะห์ผล ITA', 'สรุปมาตรการ ITA', 'มาตรการ ITA 2569', 'มาตรการ ITA'];
    expect(await Promise.all(names.map(isProtected))).toEqual([true, true, true, false]);
  });

  test('running again the same year merges as before: no second copy', async () => {
    const again = await run(['analyze', workbook]);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('แผนปีก่อน');
    expect((await readXlsx(workbook)).worksheets.filter((w) => w.name.startsWith('มาตรการ ITA 25')).map((w) => w.name)).toEqual(['มาตรการ ITA 2569']);
  });
});

test("another agency's results are refused against a workbook holding a plan, naming both agencies; the file is left as it was", async () => {
  const a = join(dir, 'a-workbook.xlsx');
  expect((await run(['analyze', await writeXlsx(join(dir, 'a.xlsx'), [['คะแนน ITA', GRID_FAILING]]), '--out', a])).code).toBe(0);
  const before = await readFile(a);
  const other = scoreGrid({
    agency: 'เทศบาลตำบลทุ่งผึ้ง',
    type: 'เทศบาลตำบล',
    year: 2568,
    indicators: [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100],
  });
  const r = await run(['analyze', await writeXlsx(join(dir, 'b.xlsx'), [['คะแนน ITA', other]]), '--out', a]);
  expect(r.code).toBe(1);
  expect(plainLines(r.err)).toEqual([
    `แผนมาตรการในแผ่นงาน "มาตรการ ITA" เป็นของ ${AGENCY} แต่ผลการประเมินที่วิเคราะห์เป็นของ เทศบาลตำบลทุ่งผึ้ง จึงไม่รวมเข้าด้วยกันและไม่ได้เขียนไฟล์ โปรดระบุไฟล์ผลลัพธ์อื่นด้วย --out / The plan in sheet "มาตรการ ITA" is ${AGENCY}'s but the results analysed are เทศบาลตำบลทุ่งผึ้ง's: they were not merged and the file was not written; name another output file with --out`,
  ]);
  expect((await readFile(a)).equals(before)).toBe(true);
});

test('a plan the coordinator named with its year: regenerating the same year merges into it; a new season keeps it where it stands', async () => {
  const file = join(dir, 'renamed.xlsx');
  expect((await run(['analyze', await writeXlsx(join(dir, 'renamed-scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]), '--out', file])).code).toBe(0);
  const wb = await readXlsx(file);
  const plan = wb.getWorksheet('มาตรการ ITA')!;
  plan.name = 'มาตรการ ITA 2569';
  plan.getCell(HEADER_ROW + 1, COL.note + 1).value = 'ส่งร่างให้ปลัดแล้ว';
  await wb.xlsx.writeFile(file);
  const same = await run(['analyze', file]);
  expect(same.out).not.toContain('แผนปีก่อน');
  let names = (await readXlsx(file)).worksheets.map((w) => w.name);
  expect(names.filter((n) => n.startsWith('มาตรการ ITA') && !n.startsWith('มาตรการ ITA -'))).toEqual(['มาตรการ ITA 2569']);
  expect(readSheetGrid((await readXlsx(file)).getWorksheet('มาตรการ ITA 2569')!)[HEADER_ROW][COL.note]).toBe('ส่งร่างให้ปลัดแล้ว');
  // The next year: the renamed plan stays as it is, protected; the new one starts in มาตรการ ITA.
  const next = await readXlsx(file);
  next.removeWorksheet(next.getWorksheet('คะแนน ITA')!.id);
  next.addWorksheet('คะแนน ITA').addRows(NEXT_YEAR as unknown[][]);
  await next.xlsx.writeFile(file);
  const r = await run(['analyze', file]);
  expect(r.out).toContain('แผนปีก่อน / Last year\'s plan: แผ่นงาน "มาตรการ ITA 2569" (พ.ศ. 2569)');
  const after = await readXlsx(file);
  names = after.worksheets.map((w) => w.name);
  expect(names.filter((n) => n.startsWith('มาตรการ ITA') && !n.startsWith('มาตรการ ITA -')).sort()).toEqual(['มาตรการ ITA', 'มาตรการ ITA 2569']);
  expect(readSheetGrid(after.getWorksheet('มาตรการ ITA 2569')!)[HEADER_ROW][COL.note]).toBe('ส่งร่างให้ปลัดแล้ว');
  expect((after.getWorksheet('มาตรการ ITA 2569') as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  expect(readSheetGrid(after.getWorksheet('มาตรการ ITA')!)[0][0]).toMatch(/พ\.ศ\. ๒๕๗๐$/);
});
