import { toThaiDigits } from '../../src/core/numbers';
/** Frameworks on the command line, through real .xlsx files: the export command and analyze --framework. */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { editionForYear } from '../../src/core/editions';
import { chooseFramework, readFramework } from '../../src/core/framework';
import type { Grid } from '../../src/core/grid';
import { SCHOOL, SCHOOL_NAME, SCHOOL_SCORES, schoolFrameworkGrid } from '../core/framework/school';

const dir = mkdtempSync(join(tmpdir(), 'ita-framework-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

async function workbook(path: string, sheets: Record<string, Grid>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) wb.addWorksheet(name).addRows(grid as unknown[][]);
  await wb.xlsx.writeFile(path);
  return path;
}

async function sheetOf(path: string, name: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return readSheetGrid(wb.getWorksheet(name)!);
}

describe('ita-analysis framework', () => {
  test('writes a built-in edition as a workbook that reads back as the same edition', async () => {
    const out = join(dir, '2568.xlsx');
    const r = await run(['framework', '--year', '๒๕๖๘', '--out', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(
      `กรอบการประเมิน / Framework: เกณฑ์ พ.ศ. 2568\nไฟล์ / File: ${out}\nแก้ไขแผ่นงาน กรอบการประเมิน แล้วใช้กับ analyze --framework ${out} / Edit it, then run analyze --framework ${out}\n`,
    );
    const grid = await sheetOf(out, 'กรอบการประเมิน');
    expect(chooseFramework(readFramework([{ name: 'กรอบการประเมิน', grid }]), 2568, null).edition).toStrictEqual(editionForYear(2568));
  });

  test('--family labels every row with the agency group; an existing file is never written over', async () => {
    const out = join(dir, 'school.xlsx');
    expect((await run(['framework', '--year', '2569', '--family', SCHOOL, '--out', out])).code).toBe(0);
    const grid = await sheetOf(out, 'กรอบการประเมิน');
    const itemRows = grid.filter((r) => r[2] === 'OIT');
    expect(itemRows).toHaveLength(28);
    expect(itemRows.every((r) => r[0] === 2569 && r[1] === SCHOOL)).toBe(true);
    const again = await run(['framework', '--year', '2569', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toBe(
      `มีไฟล์ ${out} อยู่แล้ว จึงไม่เขียนทับ (อาจมีสิ่งที่แก้ไขไว้) โปรดระบุชื่อไฟล์อื่นด้วย --out / ${out} exists and is not overwritten (it may hold edits); name another file with --out\n`,
    );
    expect((await run(['framework', '--year', '2569', '--colour', 'x'])).err).toContain('ไม่รู้จักตัวเลือก --colour');
  });
});

describe('ita-analysis analyze with a school framework', () => {
  test('--framework FILE.xlsx: the analysis follows the school list and names it; SAR gets generic advice', async () => {
    const scores = await workbook(join(dir, 'school-scores.xlsx'), { 'คะแนน ITA': SCHOOL_SCORES });
    const framework = await workbook(join(dir, 'school-framework.xlsx'), { กรอบการประเมิน: schoolFrameworkGrid() });
    const out = join(dir, 'school-result.xlsx');
    const r = await run(['analyze', scores, '--framework', framework, '--out', out, '--json']);
    expect(r.err).toBe('');
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ score: 94.8, level: 'ผ่านดี', framework: { th: `กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}` } });
    expect(summary.path.th).toBe('เผยแพร่ข้อมูล OIT เพิ่ม 1 รายการ (o7) จะได้คะแนนรวม 96.80 ถึงค่าเป้าหมาย 95');
    expect(summary.warnings.map((w: { en: string }) => w.en)).toEqual([
      'No catalogue advice for these items, so generic advice was built from their names and sub-indicators; please review it: o7',
    ]);
    const analysis = await sheetOf(out, 'การวิเคราะห์ผล ITA');
    expect(analysis.find((row) => row[0] === 'กรอบการประเมินที่ใช้')?.[1]).toBe(`กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${toThaiDigits(SCHOOL_NAME)}`); // the sheet's text is in Thai digits
    const sar = analysis.find((row) => row[0] === 'o๗')!; // item codes follow the sheet's Thai digits
    expect(sar.slice(0, 4)).toEqual(['o๗', 'รายงานผลการประเมินตนเอง (SAR)', 9, 0]);
    expect(String(sar[8])).toMatch(/^\(ข้อเสนอแนะทั่วไป\) หน่วยงานควรตรวจสอบหลักเกณฑ์ของข้อ o๗/);
  });

  test('the framework sheet inside the input workbook is read the same way, and is not taken for scores', async () => {
    const both = await workbook(join(dir, 'school-both.xlsx'), { 'คะแนน ITA': SCHOOL_SCORES, กรอบการประเมิน: schoolFrameworkGrid() });
    const r = await run(['analyze', both, '--out', join(dir, 'both-result.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`กรอบการประเมิน / Framework: กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}`);
    expect(r.out).toContain('คะแนนรวม / Score: 94.80');
    expect(r.err).toBe('');
  });

  test('an invalid framework: one line naming the cell, exit code 1, nothing written', async () => {
    const scores = await workbook(join(dir, 'scores-2.xlsx'), { 'คะแนน ITA': SCHOOL_SCORES });
    const grid = schoolFrameworkGrid();
    grid[8][6] = 'o1'; // o3 retyped as o1: a duplicate code
    const framework = await workbook(join(dir, 'bad-framework.xlsx'), { กรอบการประเมิน: grid });
    const out = join(dir, 'never.xlsx');
    const r = await run(['analyze', scores, '--framework', framework, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('แผ่นงาน กรอบการประเมิน เซลล์ G9: รหัสข้อ o1 ซ้ำกับแถวที่ 7 / กรอบการประเมิน cell G9: item code o1 repeats row 7\n');
    expect(r.out).toBe('');
    expect(existsSync(out)).toBe(false);
    const none = await workbook(join(dir, 'no-framework.xlsx'), { อื่น: [['ไม่มีกรอบ']] });
    expect((await run(['analyze', scores, '--framework', none])).err).toContain(`ไม่พบแผ่นงาน กรอบการประเมิน หรือ ตั้งค่า ITA ในไฟล์ ${none}`);
  });
});

describe('a year after the newest built-in edition (2570)', () => {
  const NOT_IN_PROGRAM =
    'โปรแกรมยังไม่มีเกณฑ์การประเมินของปีงบประมาณ พ.ศ. 2570 จึงวิเคราะห์ด้วยเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) ซึ่งเป็นเกณฑ์ล่าสุดที่มี หากเกณฑ์ปี 2570 ต่างออกไป โปรดกำหนดในแผ่นงาน กรอบการประเมิน (คัดลอกเกณฑ์ปี 2570 เป็นจุดตั้งต้นได้จากเมนู หรือคำสั่ง framework --year 2570)';
  const scores = (): Grid => [
    ['ชื่อหน่วยงาน', 'เทศบาลตำบลทุ่งผึ้ง'],
    ['ปีงบประมาณที่ประเมิน (พ.ศ.)', 2570],
    ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
    ...editionForYear(2568).indicators.map((d, k) => [d.no, d.nameTh, [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100][k]]),
  ];

  test('is analysed with the newest edition, and the summary, --json and the analysis sheet say so', async () => {
    const input = await workbook(join(dir, 'scores-2570.xlsx'), { คะแนน: scores() });
    const out = join(dir, 'analysis-2570.xlsx');
    const text = await run(['analyze', input, '--out', out]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`ข้อสังเกต / Note: ${NOT_IN_PROGRAM}`);
    expect(text.out).toContain('กรอบการประเมิน / Framework: เกณฑ์ที่ติดมากับโปรแกรม: เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) (ยังไม่มีเกณฑ์ปี 2570)');
    const json = JSON.parse((await run(['analyze', input, '--out', join(dir, 'analysis-2570-json.xlsx'), '--json'])).out);
    expect(json.year).toBe(2570);
    expect(json.warnings.map((w: { th: string }) => w.th)).toContain(NOT_IN_PROGRAM);
    const sheet = (await sheetOf(out, 'การวิเคราะห์ผล ITA')).flat();
    expect(sheet).toContain(`• ${NOT_IN_PROGRAM}`);
  });

  test('framework --year 2570 writes the newest edition relabelled 2570 as a starting point, saying so; analysed with it, no warning', async () => {
    const out = join(dir, 'framework-2570.xlsx');
    const r = await run(['framework', '--year', '2570', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'กรอบการประเมิน / Framework: เกณฑ์ พ.ศ. 2570 (ตั้งต้นจากเกณฑ์ พ.ศ. 2569 ที่ติดมากับโปรแกรม)',
      'ข้อสังเกต / Note: โปรแกรมยังไม่มีเกณฑ์ของปี 2570 จึงคัดลอกเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)ไว้เป็นจุดตั้งต้นโดยระบุเป็นปี 2570 โปรดแก้ไขให้ตรงกับคู่มือการประเมินปี 2570 / the program has no 2570 framework, so the built-in 2569 one was copied as a starting point, labelled 2570; edit it to match the 2570 manual',
    ]);
    const grid = await sheetOf(out, 'กรอบการประเมิน');
    expect(grid.filter((row) => row[2] === 'OIT').every((row) => row[0] === 2570)).toBe(true);
    const input = await workbook(join(dir, 'scores-2570-own.xlsx'), { คะแนน: scores() });
    const json = JSON.parse((await run(['analyze', input, '--framework', out, '--out', join(dir, 'analysis-2570-own.xlsx'), '--json'])).out);
    expect(json.framework.th).toBe('กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: เกณฑ์ พ.ศ. 2570 (ตั้งต้นจากเกณฑ์ พ.ศ. 2569 ที่ติดมากับโปรแกรม)');
    expect(json.warnings.map((w: { th: string }) => w.th)).not.toContain(NOT_IN_PROGRAM);
  });
});

describe('framework sheet errors name the real cause and the sheet', () => {
  /** The 2568 framework written by the command, edited in Excel by `edit`, then used by analyze. */
  async function analyseWith(name: string, edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, itemHeader: number) => void): Promise<string> {
    const file = join(dir, `${name}.xlsx`);
    expect((await run(['framework', '--year', '2568', '--out', file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('กรอบการประเมิน')!;
    let itemHeader = 0;
    ws.eachRow((row, r) => void (row.getCell(7).value === 'รหัสข้อ' && (itemHeader = r)));
    edit(wb, ws, itemHeader);
    await wb.xlsx.writeFile(file);
    const scores = await workbook(join(dir, `${name}-scores.xlsx`), { คะแนน: schoolScores2568() });
    const r = await run(['analyze', scores, '--framework', file, '--out', join(dir, `${name}-out.xlsx`)]);
    expect(r.code).toBe(1);
    return r.err;
  }
  const schoolScores2568 = (): Grid => [
    ['ชื่อหน่วยงาน', 'เทศบาลตำบลทุ่งผึ้ง'],
    ['ปีงบประมาณที่ประเมิน (พ.ศ.)', 2568],
    ...editionForYear(2568).indicators.map((d) => [d.no, d.nameTh, 95]),
  ];

  test('a renamed header (รหัส for รหัสข้อ)', async () => {
    const err = await analyseWith('renamed', (_, ws, r) => void (ws.getCell(r, 7).value = 'รหัส'));
    expect(err).toMatch(
      /^แผ่นงาน กรอบการประเมิน เซลล์ G\d+: หัวคอลัมน์ "รหัส" ไม่ใช่ชื่อคอลัมน์ที่โปรแกรมรู้จัก จึงอ่านตารางนี้ไม่ได้ \(แถวหัวตารางต้องมีคอลัมน์ "รหัสข้อ"\) หากคอลัมน์นี้คือ รหัสข้อ โปรดแก้หัวคอลัมน์เป็น "รหัสข้อ" \//,
    );
  });

  test('a merged header cell', async () => {
    const err = await analyseWith('merged', (_, ws, r) => ws.mergeCells(r, 6, r, 7));
    expect(err).toMatch(
      /^แผ่นงาน กรอบการประเมิน เซลล์ G\d+: หัวคอลัมน์ว่างหรือซ้ำกับเซลล์ข้างเคียง แต่แถวข้างล่างมีข้อมูลของคอลัมน์นี้ หัวคอลัมน์ "รหัสข้อ" อาจถูกผสานรวมกับเซลล์ข้างเคียง \(merge\)/,
    );
  });

  test('a deleted item row', async () => {
    const err = await analyseWith('deleted', (_, ws, r) => {
      let o6 = 0;
      ws.eachRow((row, k) => void (k > r && row.getCell(7).value === 'o6' && (o6 = k)));
      ws.spliceRows(o6, 1);
    });
    expect(err).toMatch(/^แผ่นงาน กรอบการประเมิน เซลล์ G\d+: รายการข้อของ OIT ไม่มีข้อ o6 ระหว่างข้อ o5 \(แถวที่ \d+\) และข้อ o7 \(แถวที่ \d+\) แถวของข้อนั้นอาจถูกลบไป/);
  });

  test('two framework sheets for the same year', async () => {
    const err = await analyseWith('two', (wb, ws) => {
      const copy = wb.addWorksheet('กรอบการประเมิน (2)');
      ws.eachRow((row, r) => void (copy.getRow(r).values = row.values as ExcelJS.CellValue[]));
    });
    expect(err).toMatch(
      /^ปีงบประมาณ พ\.ศ\. 2568 กำหนดไว้ในแผ่นงานกรอบการประเมินสองแผ่น: แผ่นงาน กรอบการประเมิน \(แถวที่ \d+\) และแผ่นงาน กรอบการประเมิน \(2\) \(แถวที่ \d+\)/,
    );
  });
});
