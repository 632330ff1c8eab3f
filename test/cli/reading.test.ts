/**
 * What people paste and type, read through real .xlsx files by the command line: every value is
 * read as meant or named in a warning with its sheet and cell.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';
import { COL } from '../../src/core/plan';
import { scoreGrid, INDICATOR_NAMES } from '../core/examples';
import { GRID_FAILING } from '../core/report/fixtures';
import { readDocx } from '../report-docx/docx-text';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';
import { readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = INDICATOR_NAMES;

/** Analyses one pasted sheet; returns the --json summary and the written workbook. */
async function analyse(name: string, grid: Grid, extra: string[] = []) {
  const input = await writeXlsx(join(dir, `${name}.xlsx`), [['วาง', grid]]);
  const out = join(dir, `${name}-out.xlsx`);
  const r = await run(['analyze', input, '--out', out, '--json', ...extra]);
  if (r.code !== 0) throw new Error(r.err);
  return { summary: JSON.parse(r.out), workbook: await readXlsx(out), err: r.err };
}

/** Every text cell of a sheet, in reading order. */
function texts(wb: Awaited<ReturnType<typeof readXlsx>>, sheet: string): string[] {
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && out.push(c.value))));
  return out;
}

describe('item rows that are not indicators', () => {
  const grid: Grid = [
    ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ขององค์การบริหารส่วนตำบลบ้านใหม่'],
    ...NAMES.map((n, k) => [k + 1, n, [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 90][k]]),
    ['ตัวชี้วัดที่ 10 การป้องกันการทุจริต'],
    ['036 แผนปฏิบัติการป้องกันการทุจริต ๐๐.๐๐'],
    ['037', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', '๐๐.๐๐'],
    ['o42', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 0],
    ['o43', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 0],
  ];

  test('036 and 037 are items o36 and o37 in the analysis; items that allow less than published are named', async () => {
    const { summary, workbook } = await analyse('zero-codes', grid);
    const warnings: string[] = summary.warnings.map((w: { th: string }) => w.th);
    expect(warnings.join('\n')).not.toContain('มีคะแนนสองค่า');
    expect(warnings).toContain(
      'คะแนนรายข้อที่ระบุของตัวชี้วัดที่ 10 ทำให้คะแนนตัวชี้วัดได้ไม่เกิน 40.91 แม้ข้ออื่นได้เต็มทุกข้อ แต่คะแนนตัวชี้วัดที่ระบุคือ 90.00 โปรดตรวจสอบคะแนนรายข้อและรหัสข้อที่พิมพ์ว่าตรงกับปีที่ประเมิน',
    );
    const analysis = texts(workbook, 'การวิเคราะห์ผล ITA');
    expect(analysis).toContain('o๓๖ แผนปฏิบัติการป้องกันการทุจริต');
    expect(analysis).toContain('o๓๗ รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน');
    const plan = texts(workbook, 'มาตรการ ITA').join('\n');
    expect(plan).toMatch(/o๓๖|แผนปฏิบัติการป้องกันการทุจริต/);
  });
});

describe('the official total wherever it is written', () => {
  const scores = [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100];
  const pasted = (sentence: string): Grid => [
    ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน'],
    [sentence],
    ...NAMES.map((n, k) => [n, scores[k]]),
  ];

  test('"ภาพรวมเท่ากับ ร้อยละ ๙๐.๑๔ อยู่ในระดับ “ผ่าน”" is the official figure, the computed one beside it', async () => {
    const { summary, workbook } = await analyse(
      'sentence-total',
      pasted('โดยในปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูนมีผลการประเมิน (ITA) ภาพรวมเท่ากับ ร้อยละ ๙๐.๑๔ อยู่ในระดับ “ผ่าน” โดยมีผลคะแนนเรียงตามตัวชี้วัด ดังนี้'),
    );
    expect(summary).toMatchObject({ score: 90.14, computed: 90.15, level: 'ผ่าน' });
    expect(summary.warnings.map((w: { th: string }) => w.th).join('\n')).not.toContain('คะแนนรวมที่ประกาศ');
    const sheet = workbook.getWorksheet('การวิเคราะห์ผล ITA')!;
    expect(sheet.getCell('B5').value).toBe(90.14);
  });

  test('"มีผลคะแนน ๗๙.๓๔ อยู่ในระดับ B" that the indicators do not give is warned about', async () => {
    const { summary } = await analyse('sentence-mismatch', pasted('หน่วยงานมีผลคะแนน ๗๙.๓๔ อยู่ในระดับ B'));
    expect(summary).toMatchObject({ score: 79.34, computed: 90.15 });
    expect(summary.warnings.map((w: { th: string }) => w.th)).toContain(
      'คะแนนรวมที่ประกาศ (79.34) ต่างจากคะแนนที่คำนวณใหม่ (90.15) เกินกว่าการปัดเศษ น่าจะมีการพิมพ์คะแนนรายตัวชี้วัดหรือรายเครื่องมือผิด โปรดตรวจสอบกับรายงานผล',
    );
  });

  test('"ได้คะแนนรวม 90.15 คะแนน" in one cell', async () => {
    const { summary } = await analyse('sentence-plain', pasted('หน่วยงานได้คะแนนรวม 90.15 คะแนน'));
    expect(summary).toMatchObject({ score: 90.15, computed: 90.15 });
  });
});

describe('scores typed as fractions', () => {
  test('a percent-formatted column (0.9829 shown as 98.29 %) is read ×100 with a warning naming the cells', async () => {
    const indicators = [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('คะแนน');
    ws.addRows([
      ['ชื่อหน่วยงาน', 'เทศบาลตำบลทุ่งผึ้ง'],
      ['ปีงบประมาณที่ประเมิน (พ.ศ.)', 2568],
      ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ...NAMES.map((n, k) => [k + 1, n, indicators[k] / 100]),
    ]);
    ws.getColumn(3).numFmt = '0.00%';
    const input = join(dir, 'percent.xlsx');
    await wb.xlsx.writeFile(input);
    const r = await run(['analyze', input, '--out', join(dir, 'percent-out.xlsx'), '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ score: 96.47 });
    expect(summary.warnings.map((w: { th: string }) => w.th)).toContain(
      'แผ่นงาน "คะแนน": คะแนนทุกตัวชี้วัดไม่เกิน 1 (เช่น 0.9829 ในเซลล์ C4) จึงอ่านเป็นร้อยละที่จัดรูปแบบเป็นเปอร์เซ็นต์ และคูณด้วย 100 (0.9829 เป็น 98.29) ในเซลล์ C4, C5, C6, C7, C8, C9, C10, C11, C12, C13 โปรดตรวจสอบ',
    );
  });
});

describe('what divisions type in the plan, read by the follow-up', () => {
  const HEADER_ROW = 3;
  let out = '';
  let followUpSheet: string[] = [];
  let report = '';
  beforeAll(async () => {
    const scores = await writeXlsx(join(dir, 'plan-scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]);
    const workbook = join(dir, 'plan-typed.xlsx');
    expect((await run(['analyze', scores, '--out', workbook])).code).toBe(0);
    const wb = await readXlsx(workbook);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    const row = (no: number) => plan.getRow(HEADER_ROW + no);
    row(1).getCell(COL.deadline + 1).value = '31/12/2568';
    row(1).getCell(COL.status + 1).value = null;
    row(2).getCell(COL.status + 1).value = 'ดำเนินการแล้วเสร็จ';
    row(3).getCell(COL.status + 1).value = 'รอ';
    row(4).getCell(COL.deadline + 1).value = new Date(Date.UTC(2568, 11, 31));
    row(4).getCell(COL.status + 1).value = 'อยู่ระหว่างดำเนินการ';
    for (const [no, p] of [
      [5, 0.5],
      [6, 1],
    ] as const)
      row(no).getCell(COL.progress + 1).value = p;
    row(6).getCell(COL.status + 1).value = 'อยู่ระหว่างดำเนินการ';
    // Below the measures: the header pasted again, and the row numbering its columns.
    const header = plan.getRow(HEADER_ROW).values as ExcelJS.CellValue[];
    plan.getRow(HEADER_ROW + 15).values = header;
    plan.getRow(HEADER_ROW + 16).values = [undefined, ...Array.from({ length: 15 }, (_, k) => `(${k + 1})`)];
    await wb.xlsx.writeFile(workbook);
    const r = await run(['progress', workbook, '--round', '6', '--out', join(dir, 'typed-progress.docx'), '--write-sheet']);
    expect(r.code).toBe(0);
    out = r.out;
    followUpSheet = texts(await readXlsx(workbook), 'ติดตามมาตรการ ITA');
    report = (await readDocx(await readFile(join(dir, 'typed-progress.docx')))).text;
  });

  test('a deadline typed 31/12/2568 is read, so the measure is late, not on time', () => {
    expect(out).toMatch(/ {2}1\. .* ล่าช้ากว่ากำหนด: กำหนด 31 ธ.ค. 2568 ผ่านไปแล้ว 90 วัน .*\(กำหนด 31 ธันวาคม 2568\)/);
  });

  test('a B.E. year stored in a date cell is read as B.E., with a note in Thai naming the cell', () => {
    expect(out).toMatch(/ {2}4\. .* ล่าช้ากว่ากำหนด: กำหนด 31 ธ.ค. 2568 ผ่านไปแล้ว 90 วัน .*\(กำหนด 31 ธันวาคม 2568\)/);
    expect(out).toContain('ข้อสังเกต / Note: แผ่นงาน "มาตรการ ITA" เซลล์ I7: วันที่พิมพ์ปีเป็น พ.ศ. ในช่องวันที่ จึงอ่านเป็น 31 ธันวาคม 2568');
    expect(out).not.toMatch(/GMT|Coordinated Universal Time/);
  });

  test('statuses by meaning; one that says nothing is named; header and column-number rows are not measures; progress 0.5 is 50 %', () => {
    expect(out).toContain('ข้อสังเกต / Note: แผ่นงาน "มาตรการ ITA" เซลล์ L6: อ่านสถานะ "รอ" ไม่ได้ จึงนับแยกเป็น "อ่านสถานะไม่ได้" ไม่นับเป็นแล้วเสร็จหรือยังไม่แล้วเสร็จ');
    expect(out).toMatch(/^มาตรการ \/ Measures: 14 \(แล้วเสร็จ 2,/m);
  });

  test('a status that cannot be read is counted apart, not as late or on track, and listed for attention with its cell', () => {
    expect(out).toMatch(
      /^มาตรการ \/ Measures: 14 \(แล้วเสร็จ 2, เป็นไปตามกำหนด \d+, เสี่ยงล่าช้า \d+, ล่าช้ากว่ากำหนด \d+, อ่านสถานะไม่ได้ 1, ยกเลิก 0 \/ .*, status unreadable 1, cancelled 0\)$/m,
    );
    expect(out).toMatch(/ {2}3\. .* อ่านสถานะไม่ได้: อ่านสถานะ "รอ" \(คอลัมน์ L แถวที่ 6\) ไม่ได้ โปรดเลือกสถานะจากรายการ \(กำหนด /);
    // The division's own line counts it too: one owner has it, the others none.
    const owners = out.split('\n').filter((l) => /^ {2}\S.*: \d+ \(/.test(l));
    expect(owners.filter((l) => l.includes('อ่านสถานะไม่ได้ 1'))).toHaveLength(1);
    expect(owners.every((l) => /อ่านสถานะไม่ได้ [01],/.test(l))).toBe(true);
  });

  test('--json gives the same reading: the outcome counted apart, the measure with its outcome and reason', async () => {
    const r = await run(['progress', join(dir, 'plan-typed.xlsx'), '--round', '6', '--out', join(dir, 'typed-progress-json.docx'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ planYear: 2569, asOf: '2026-03-31', report: join(dir, 'typed-progress-json.docx'), sheet: null });
    expect(json.counts.unread).toBe(1);
    expect(json.counts.done + json.counts.onTrack + json.counts.atRisk + json.counts.late + json.counts.unread + json.counts.cancelled).toBe(json.counts.total);
    expect(json.owners.map((o: { counts: { unread: number } }) => o.counts.unread).reduce((a: number, b: number) => a + b)).toBe(1);
    expect(json.measures[2]).toMatchObject({
      no: 3,
      status: 'รอ',
      state: 'unread',
      outcome: 'อ่านสถานะไม่ได้',
      reason: 'อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ 6) ไม่ได้ โปรดเลือกสถานะจากรายการ',
      daysLate: 0,
    });
    expect(json.measures[0]).toMatchObject({ no: 1, deadline: '2025-12-31', state: 'late', daysLate: 90 });
  });

  test('the follow-up sheet counts it apart and gives the row its own outcome', () => {
    const headers = followUpSheet.indexOf('ผู้รับผิดชอบ');
    expect(followUpSheet.slice(headers, headers + 8)).toEqual([
      'ผู้รับผิดชอบ',
      'จำนวนมาตรการ',
      'แล้วเสร็จ',
      'เป็นไปตามกำหนด',
      'เสี่ยงล่าช้า',
      'ล่าช้ากว่ากำหนด',
      'อ่านสถานะไม่ได้',
      'ยกเลิก',
    ]);
    expect(followUpSheet).toContain('อ่านสถานะไม่ได้');
    expect(followUpSheet).toContain('อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ ๖) ไม่ได้ โปรดเลือกสถานะจากรายการ');
  });

  test('the follow-up report counts it apart in its tables, names it in the summary and asks for the status', () => {
    expect(report).toContain('อ่านสถานะที่หน่วยงานรายงานไม่ได้ ๑ มาตรการ (มาตรการที่ ๓)');
    expect(report).toContain('อ่านสถานะไม่ได้\n๑\n๗.๑๔');
    expect(report).toContain('อ่านสถานะไม่ได้\nอ่านสถานะ "รอ" (คอลัมน์ L แถวที่ ๖) ไม่ได้ โปรดเลือกสถานะจากรายการ');
    expect(report).toContain('ให้หน่วยงานที่รับผิดชอบมาตรการที่อ่านสถานะไม่ได้ (มาตรการที่ ๓) เลือกสถานะจากรายการในแผนมาตรการ');
  });

  withLibreOffice('LibreOffice opens the follow-up sheet with its notes, and counts the plan as read', async () => {
    const sheets = recalculatedSheets(join(dir, 'plan-typed.xlsx'));
    const followUp = sheets.get('ติดตามมาตรการ ITA')!.flat();
    expect(followUp).toContain('ข้อสังเกตจากการอ่านแผ่นงานมาตรการ');
    expect(followUp.some((t) => t.startsWith('• แผ่นงาน "มาตรการ ITA" เซลล์ I7: วันที่พิมพ์ปีเป็น พ.ศ. ในช่องวันที่ จึงอ่านเป็น 31 ธันวาคม 2568'))).toBe(true);
    // The unreadable status: its count column, and its row's outcome and reason as LibreOffice shows them.
    const sheet = sheets.get('ติดตามมาตรการ ITA')!;
    const header = sheet.find((r) => r[0] === 'ผู้รับผิดชอบ')!;
    const total = sheet.find((r) => r[0] === 'รวมทุกหน่วยงาน')!;
    expect(total[header.indexOf('อ่านสถานะไม่ได้')]).toBe('1');
    expect(sheet.find((r) => r.includes('รอ'))).toEqual(expect.arrayContaining(['อ่านสถานะไม่ได้', 'อ่านสถานะ "รอ" (คอลัมน์ L แถวที่ ๖) ไม่ได้ โปรดเลือกสถานะจากรายการ']));
  });

  test('the follow-up sheet lists what could not be read as typed', () => {
    const at = followUpSheet.indexOf('ข้อสังเกตจากการอ่านแผ่นงานมาตรการ');
    expect(at).toBeGreaterThan(0);
    expect(followUpSheet.slice(at + 1)).toEqual([expect.stringContaining('เซลล์ L6: อ่านสถานะ "รอ" ไม่ได้'), expect.stringContaining('เซลล์ I7: วันที่พิมพ์ปีเป็น พ.ศ.')]);
  });
});

describe("this season's OIT items: names over codes", () => {
  const grid: Grid = [
    ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ของเทศบาลตำบลทุ่งผึ้ง'],
    ...NAMES.map((n, k) => [k + 1, n, [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 90][k]]),
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'],
    ['o11 สรุปผลการจัดซื้อจัดจ้างรายเดือน', 0],
    ['o19', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 0],
    ['O25 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 0],
  ];

  test('a 2569 paste is read by name: the name wins over the code, an unknown name is kept as pasted', async () => {
    const { summary, workbook } = await analyse('names-2569', grid, ['--report']);
    const warnings: string[] = summary.warnings.map((w: { th: string }) => w.th);
    expect(warnings).toContain(
      'เซลล์ C14: ชื่อข้อ "การเปิดโอกาสให้เกิดการมีส่วนร่วม" ตรงกับข้อ o20 "การเปิดโอกาสให้เกิดการมีส่วนร่วม" แต่รหัส o19 ในเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) คือ "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" จึงอ่านเป็นข้อ o20 ตามชื่อ โปรดตรวจสอบ',
    );
    expect(warnings.some((w) => w.startsWith('ชื่อข้อ o11 "สรุปผลการจัดซื้อจัดจ้างรายเดือน" (เซลล์ B13) ไม่ตรงกับข้อใดในเกณฑ์ พ.ศ. 2569'))).toBe(true);
    const analysis = texts(workbook, 'การวิเคราะห์ผล ITA');
    expect(analysis).toContain('สรุปผลการจัดซื้อจัดจ้างรายเดือน');
    expect(analysis).toContain('การเปิดโอกาสให้เกิดการมีส่วนร่วม');
    expect(analysis).toContain('รายงานผลการดำเนินการป้องกันการทุจริตประจำปี');
    // The edition's own o11 and o19 were not pasted: nothing is said about them.
    expect(analysis).not.toContain('ข้อมูลสถิติการให้บริการ');
    expect(analysis).not.toContain('ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
    const plan = texts(workbook, 'มาตรการ ITA').join('\n');
    expect(plan).toContain('o๒๐');
    expect(plan).toContain('o๒๖');
    const doc = await readDocx(await readFile(summary.report));
    expect(doc.text).toContain('สรุปผลการจัดซื้อจัดจ้างรายเดือน');
    expect(doc.text).not.toContain('ข้อมูลสถิติการให้บริการ');
  });
});

describe('year columns mixing eras', () => {
  test('2024 | พ.ศ. 2567 | 2568: 2568 is analysed and the workbook says which year and why; the same year twice is named', async () => {
    const y2567 = [92.5, 95.1, 98, 90.2, 93.3, 96.9, 95.2, 94.8, 70, 100];
    const y2568 = [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100];
    const grid: Grid = [['จังหวัดลำพูน'], ['ตัวชี้วัด', '2024', 'พ.ศ. 2567', 2568], ...NAMES.map((n, k) => [`${k + 1}. ${n}`, y2567[k], y2567[k], y2568[k]])];
    const { summary, workbook } = await analyse('eras', grid);
    expect(summary.year).toBe(2568);
    expect(summary.history.years).toEqual([2567]);
    expect(summary.warnings.map((w: { th: string }) => w.th)).toContain(
      'แผ่นงาน "วาง": คอลัมน์เซลล์ B2 และ C2 เป็นปีงบประมาณ พ.ศ. 2567 ทั้งคู่ (ปี ค.ศ. 2024 คือ พ.ศ. 2567) จึงใช้คอลัมน์ B2 (คะแนนตรงกัน)',
    );
    const sheet = texts(workbook, 'การวิเคราะห์ผล ITA').join('\n');
    expect(sheet).toMatch(/ปีงบประมาณ.*D2/);
  });
});

describe('the ผลย้อนหลัง sheet', () => {
  test('a row whose total disagrees with its own indicators is named; a row that agrees is not', async () => {
    const history: Grid = [
      ['ปีงบประมาณ (พ.ศ.)', 'คะแนนรวม', ...NAMES],
      [2566, 80, ...Array(10).fill(80)],
      [2567, 95, ...Array(10).fill(90)],
    ];
    const input = await writeXlsx(join(dir, 'history-typo.xlsx'), [
      ['คะแนน ITA', GRID_FAILING],
      ['ผลย้อนหลัง', history],
    ]);
    const r = await run(['analyze', input, '--out', join(dir, 'history-typo-out.xlsx'), '--json']);
    expect(r.code).toBe(0);
    const warnings: string[] = JSON.parse(r.out).warnings.map((w: { th: string }) => w.th);
    expect(warnings.filter((w) => w.includes('ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนน 10 ตัวชี้วัด'))).toEqual([
      'แผ่นงาน "ผลย้อนหลัง" แถว 3: คะแนนรวมปีงบประมาณ พ.ศ. 2567 ที่ระบุ (95.00) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนน 10 ตัวชี้วัดของแถวเดียวกัน (90.00) เกินกว่าการปัดเศษ โปรดตรวจสอบว่าพิมพ์คะแนนใดผิด',
    ]);
  });
});

describe('the assumed OIT sub-indicator grouping', () => {
  test("is stated once in the analysis sheet's notes; the lines that depend on it point there", async () => {
    const grid = scoreGrid({
      agency: 'เทศบาลตำบลทุ่งผึ้ง',
      year: 2568,
      indicators: [98.29, 99.15, 100, 97.95, 100, 96.22, 96.12, 95.17, 90, 100],
      items: Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, k === 5 || k === 6 ? 0 : 100] as [string, number]),
    });
    const { workbook } = await analyse('grouping', grid);
    const sheet = texts(workbook, 'การวิเคราะห์ผล ITA');
    const stating = sheet.filter((t) => /ยังไม่มีคู่มือยืนยัน|ยังไม่ได้รับการยืนยัน|ไม่ตรงกับของจริง/.test(t));
    expect(stating).toHaveLength(1);
    expect(stating[0]).toMatch(/^• การแบ่งรายการ OIT ปี 2568 เป็นตัวชี้วัดย่อย/);
    expect(sheet.filter((t) => t.includes('ดูข้อสังเกตเรื่องการแบ่งรายการ OIT')).length).toBeGreaterThan(0);
  });
});
