/**
 * `progress` on a workbook `analyze` wrote and the divisions then edited in Excel: the summary
 * printed, the follow-up report, the follow-up sheet written into the workbook, clear errors; and
 * the summary sheet's late counts as LibreOffice computes them.
 */
import type ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL } from '../../src/core/plan';
import { HELPER_FIELDS } from '../../src/core/forms/plan-columns';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { GRID_FAILING } from '../core/report/fixtures';
import { ADDED_MEASURE, EDITS, EDUCATION, followedModel, TAKEN_BACK } from '../core/progress/fixtures';
import { progressText } from '../../src/cli/progress-command';
import { countByOwner, countStates } from '../../src/core/progress';
import { readDocx } from '../report-docx/docx-text';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';
import { editPlanAsDivisions, plainLines, readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-progress-'));
const HEADER_ROW = 3;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What the divisions typed in Excel: the same edits as the core's fixture, and a measure added below. */
function editAsDivisions(plan: ExcelJS.Worksheet): void {
  for (const no of TAKEN_BACK) plan.getRow(HEADER_ROW + no).getCell(COL.owner + 1).value = 'สำนักปลัด';
  editPlanAsDivisions(plan, EDITS, HEADER_ROW);
  const added = plan.getRow(HEADER_ROW + 15);
  added.getCell(COL.no + 1).value = 15;
  added.getCell(COL.measure + 1).value = ADDED_MEASURE;
  added.getCell(COL.owner + 1).value = EDUCATION;
  added.getCell(COL.start + 1).value = utc('2026-01-01');
  added.getCell(COL.deadline + 1).value = utc('2026-02-28');
  added.getCell(COL.status + 1).value = 'กำลังดำเนินการ';
  added.getCell(COL.progress + 1).value = 50;
}

let workbook: string;
beforeAll(async () => {
  const scores = await writeXlsx(join(dir, 'scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]);
  workbook = join(dir, 'plan.xlsx');
  expect((await run(['analyze', scores, '--out', workbook])).code).toBe(0);
  const wb = await readXlsx(workbook);
  editAsDivisions(wb.getWorksheet('มาตรการ ITA')!);
  await wb.xlsx.writeFile(workbook);
});

describe('ita-analysis progress', () => {
  test('--round 6: the summary, late measures first, and the report beside the workbook', async () => {
    const r = await run(['progress', workbook, '--round', '6']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = join(dir, 'ita-progress-องค์การบริหารส่วนตำบลบ้านตัวอย่าง-2569-6m.docx');
    expect(r.out).toBe(
      [
        'หน่วยงาน / Agency: องค์การบริหารส่วนตำบลบ้านตัวอย่าง (มาตรการประจำปีงบประมาณ พ.ศ. 2569)',
        'รอบ / Round: รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)',
        'มาตรการ / Measures: 14 (แล้วเสร็จ 3, เป็นไปตามกำหนด 4, เสี่ยงล่าช้า 1, ล่าช้ากว่ากำหนด 5, ยกเลิก 1 / done 3, on track 4, at risk 1, late 5, cancelled 1)',
        '  สำนักปลัด: 10 (แล้วเสร็จ 2, เป็นไปตามกำหนด 4, เสี่ยงล่าช้า 1, ล่าช้ากว่ากำหนด 3, ยกเลิก 0)',
        '  กองคลัง: 3 (แล้วเสร็จ 1, เป็นไปตามกำหนด 0, เสี่ยงล่าช้า 0, ล่าช้ากว่ากำหนด 1, ยกเลิก 1)',
        `  ${EDUCATION}: 1 (แล้วเสร็จ 0, เป็นไปตามกำหนด 0, เสี่ยงล่าช้า 0, ล่าช้ากว่ากำหนด 1, ยกเลิก 0)`,
        'ต้องเร่งรัด / Needs attention:',
        '  5. จัดทำและเผยแพร่แผนและรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล (สำนักปลัด) ล่าช้ากว่ากำหนด: ขั้นตอนที่ 1–2 กำหนด 30 พ.ย. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 0% (กำหนด 31 ตุลาคม 2569)',
        '  8. จัดทำและเผยแพร่คู่มือการปฏิบัติงานและคู่มือการให้บริการ (สำนักปลัด) ล่าช้ากว่ากำหนด: ขั้นตอนที่ 1–4 กำหนด 31 ธ.ค. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 20% (ควรถึง 80%) (กำหนด 30 กันยายน 2569)',
        '  9. จัดทำและขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (สำนักปลัด) ล่าช้ากว่ากำหนด: ขั้นตอนที่ 1–2 กำหนด 31 ธ.ค. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 50% (ควรถึง 67%) (กำหนด 31 ตุลาคม 2569)',
        '  13. ส่งเสริมการมีส่วนร่วมและความโปร่งใสในการจัดทำและติดตามแผนการใช้จ่ายงบประมาณ (กองคลัง) ล่าช้ากว่ากำหนด: ขั้นตอนที่ 1–2 กำหนด 31 ธ.ค. 2568 ยังไม่แล้วเสร็จ ความคืบหน้า 0% (กำหนด 31 ตุลาคม 2569)',
        `  14. ${ADDED_MEASURE} (${EDUCATION}) ล่าช้ากว่ากำหนด: กำหนด 28 ก.พ. 2569 ผ่านไปแล้ว 31 วัน ความคืบหน้า 50% (กำหนด 28 กุมภาพันธ์ 2569)`,
        '  7. เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน (สำนักปลัด) เสี่ยงล่าช้า: ผ่านไปแล้ว 71% ของเวลา ความคืบหน้า 40% (กำหนดใหม่ 31 พฤษภาคม 2569 (ตามแผน 30 เมษายน 2569))',
        `รายงาน / Report: ${report}`,
        '',
      ].join('\n'),
    );
    const d = await readDocx(await readFile(report));
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('รอบ ๖ เดือน');
    expect(d.text).toContain('ดำเนินการแล้วเสร็จ ๓ มาตรการ (ร้อยละ ๒๑.๔๓) อยู่ระหว่างดำเนินการ ๕ มาตรการ');
    // The workbook is left as it was without --write-sheet.
    expect((await readXlsx(workbook)).getWorksheet('ติดตามมาตรการ ITA')).toBeUndefined();
  });

  test('--round 12 --out and --digits arabic: the annual report where it was asked for', async () => {
    const out = join(dir, 'annual.docx');
    const r = await run(['progress', workbook, '--round', '12', '--out', out, '--digits', 'arabic']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('รอบ / Round: รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569');
    expect(r.out).toContain('at risk 1, late 9');
    const d = await readDocx(await readFile(out));
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ประจำปีงบประมาณ พ.ศ. 2569');
    expect(d.text).toContain('มาตรการที่ล่าช้ากว่ากำหนด ได้แก่ มาตรการที่ 1, 2, 5, 7, 8, 9, 12, 13 และ 14');
    // Dated the first working day after the year it reports on.
    expect(d.lines).toContain('ตุลาคม 2569');
    expect(d.lines).toContain('วันที่ 1 ตุลาคม 2569');
  });

  test('--doc-date 2569-10-05 dates the report as the coordinator asked', async () => {
    const out = join(dir, 'annual-dated.docx');
    const r = await run(['progress', workbook, '--round', '12', '--out', out, '--doc-date', '2569-10-05']);
    expect(r.code).toBe(0);
    const d = await readDocx(await readFile(out));
    expect(d.lines.filter((l) => l === 'วันที่ ๕ ตุลาคม ๒๕๖๙')).toHaveLength(4);
  });

  test('--round 2569-02-10 --write-sheet: the follow-up sheet in the workbook, the plan untouched', async () => {
    const before = readSheetGrid((await readXlsx(workbook)).getWorksheet('มาตรการ ITA')!);
    const r = await run(['progress', workbook, '--round', '2569-02-10', '--write-sheet']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`แผ่นงาน / Sheet: ติดตามมาตรการ ITA (${workbook})`);
    expect(existsSync(join(dir, 'ita-progress-องค์การบริหารส่วนตำบลบ้านตัวอย่าง-2569-2026-02-10.docx'))).toBe(true);
    const wb = await readXlsx(workbook);
    const sheet = readSheetGrid(wb.getWorksheet('ติดตามมาตรการ ITA')!);
    expect(sheet[0][0]).toMatch(/ ณ วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๙$/);
    const header = sheet.findIndex((row) => row[0] === 'ลำดับในแผน');
    expect(sheet.slice(header + 4, header + 6).map((row) => [row[0], row[8], row[9], row[10]])).toEqual([
      [13, 'ล่าช้ากว่ากำหนด', 'ขั้นตอนที่ ๑–๒ กำหนด ๓๑ ธ.ค. ๒๕๖๘ ยังไม่แล้วเสร็จ ความคืบหน้า ๐%', 41],
      [14, 'เสี่ยงล่าช้า', 'เหลือ ๑๘ วัน ผ่านไปแล้ว ๖๙% ของเวลา ความคืบหน้า ๕๐%', null],
    ]);
    expect(readSheetGrid(wb.getWorksheet('มาตรการ ITA')!)).toEqual(before);
    // Run again: the sheet is replaced, not added twice.
    await run(['progress', workbook, '--round', '6', '--write-sheet']);
    expect((await readXlsx(workbook)).worksheets.filter((w) => w.name.startsWith('ติดตามมาตรการ')).map((w) => w.name)).toEqual(['ติดตามมาตรการ ITA']);
  });

  test('a round with nothing to report says so instead of empty counts', () => {
    const full = followedModel({ kind: 'half' });
    const none = { ...full, measures: [], counts: countStates([]), owners: [] };
    expect(progressText(none, { report: 'r.docx', sheet: null }).split('\n')[2]).toBe(
      'มาตรการ / Measures: แผ่นงานมาตรการยังไม่มีมาตรการที่ต้องติดตามผล จึงไม่มีผลการดำเนินการที่จะรายงานในรอบนี้ / the plan sheet holds no measure to follow up: nothing to report in this round',
    );
    const cancelled = full.measures.map((m) => ({ ...m, state: 'cancelled' as const }));
    const text = progressText(
      { ...full, measures: cancelled, counts: countStates(cancelled), owners: countByOwner(cancelled) },
      { report: 'r.docx', sheet: null },
    );
    expect(text).toContain(
      'มาตรการ / Measures: มาตรการทั้ง 14 มาตรการในแผนถูกยกเลิก จึงไม่มีมาตรการที่ต้องติดตามผลในรอบนี้ / all 14 measures of the plan are cancelled: nothing to follow up in this round',
    );
    expect(text).not.toContain('ต้องเร่งรัด');
  });

  test('errors: one line, Thai then English, naming the option or the file', async () => {
    const bad = await run(['progress', workbook, '--round', '7']);
    expect(bad.code).toBe(1);
    expect(plainLines(bad.err)).toEqual([
      'ตัวเลือก --round ต้องเป็น 6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว เช่น 2569-01-15 ("7") / option --round must be 6 (six months), 12 (twelve months) or a date written YYYY-MM-DD, such as 2026-01-15 ("7")',
    ]);
    const early = await run(['progress', workbook, '--round', '2568-09-30']);
    expect(plainLines(early.err)[0]).toContain('วันที่ติดตามผล 30 กันยายน 2568 อยู่ก่อนวันเริ่มปีงบประมาณ พ.ศ. 2569');
    const scoresOnly = await writeXlsx(join(dir, 'only-scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]);
    const none = await run(['progress', scoresOnly]);
    expect(plainLines(none.err)).toEqual([
      `ไม่พบแผ่นงานมาตรการ ("มาตรการ ITA") ในไฟล์ ${scoresOnly}: โปรดสร้างการวิเคราะห์และแผนมาตรการก่อนติดตามผล / No measures plan sheet ("มาตรการ ITA") in ${scoresOnly}: generate the analysis and the plan before following it up`,
    ]);
    expect(plainLines((await run(['progress', workbook, '--out', join(dir, 'x.pdf')])).err)[0]).toBe(
      `ตัวเลือก --out ต้องเป็นชื่อไฟล์ .docx ("${join(dir, 'x.pdf')}") / Option --out must name a .docx file ("${join(dir, 'x.pdf')}")`,
    );
    expect((await run(['progress'])).err).toContain('ไม่ได้ระบุไฟล์ผลการวิเคราะห์ (.xlsx) วิธีใช้ / usage: ita-analysis progress WORKBOOK.xlsx');
  });

  withLibreOffice("the summary sheet counts each division's late measures, by the new deadline when one was typed", async () => {
    const copy = join(dir, 'summary.xlsx');
    const wb = await readXlsx(workbook);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    // Deadlines far from today, so the count does not depend on the day the test runs; the milestones
    // (all passed by now) left out, as this counts deadlines (milestones: test/core/progress/live.test.ts).
    for (let no = 1; no <= 15; no++) plan.getCell(HEADER_ROW + no, COL.deadline + 1).value = utc('2100-01-31');
    for (let no = 1; no <= 15; no++) for (const f of HELPER_FIELDS) plan.getCell(HEADER_ROW + no, COL[f] + 1).value = null;
    const past = (no: number) => (plan.getCell(HEADER_ROW + no, COL.deadline + 1).value = utc('2001-01-31'));
    [1, 3, 4, 6, 7, 15].forEach(past); // 3 done, 4 cancelled: never late; 7 postponed to 31 May 2569 (past too)
    plan.getCell(HEADER_ROW + 2, COL.revised + 1).value = utc('2001-01-31'); // new deadline already passed
    plan.getCell(HEADER_ROW + 1, COL.revised + 1).value = utc('2100-01-31'); // postponed: not late
    await wb.xlsx.writeFile(copy);
    const summary = recalculatedSheets(copy).get('สรุปมาตรการ ITA')!;
    expect(summary[1]).toEqual(['ผู้รับผิดชอบ', 'จำนวนมาตรการ', 'ยังไม่เริ่ม', 'กำลังดำเนินการ', 'เสร็จแล้ว', 'ยกเลิก', 'ล่าช้ากว่ากำหนด (ณ วันนี้)']);
    const row = (name: string) =>
      summary
        .find((r) => r[0] === name)!
        .slice(1)
        .map(Number);
    // สำนักปลัด: 2 (new deadline passed), 6 and 7 late; 1 postponed; 3 done; 5 has no status (not counted, as in จำนวนมาตรการ).
    expect(row('สำนักปลัด')[5]).toBe(3);
    expect(row('กองคลัง')[5]).toBe(0);
    expect(row(EDUCATION)[5]).toBe(1);
    expect(row('รวมทุกหน่วยงาน')[5]).toBe(4);
  });

  withLibreOffice('the summary sheet counts statuses by meaning, as the follow-up reads them; one it cannot read in no column', async () => {
    const copy = join(dir, 'summary-typed.xlsx');
    const wb = await readXlsx(workbook);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    for (let no = 1; no <= 15; no++) plan.getCell(HEADER_ROW + no, COL.deadline + 1).value = utc('2001-01-31');
    const typed = ['เสร็จสิ้น', 'Done', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ยกเลิกโครงการ', 'รอ', 'ยังไม่ แล้วเสร็จ'];
    typed.forEach((text, k) => (plan.getCell(HEADER_ROW + 1 + k, COL.status + 1).value = text));
    await wb.xlsx.writeFile(copy);
    const summary = recalculatedSheets(copy).get('สรุปมาตรการ ITA')!;
    const all = summary
      .find((r) => r[0] === 'รวมทุกหน่วยงาน')!
      .slice(1)
      .map(Number);
    // Rows 1–3 done, 4 and 8 in progress, 5 not started, 6 cancelled (by meaning), 7 'รอ' in none; rows 9–15 as the plan had them.
    // Every deadline passed: late are the 9 open by meaning ('รอ' among them), not the 3 typed done.
    expect(all).toEqual([15, 3, 5, 5, 1, 9]);
    expect(all[1] + all[2] + all[3] + all[4]).toBe(all[0] - 1);
    expect(
      summary
        .find((r) => r[0] === 'สำนักปลัด')!
        .slice(1)
        .map(Number),
    ).toEqual([11, 2, 3, 4, 1, 6]);
  });
});
