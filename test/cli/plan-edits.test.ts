/**
 * Issue 10 through the command line: a workbook we wrote, edited as people edit it in Excel or
 * LibreOffice, analysed again onto itself; then opened in LibreOffice to check the summary counts.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers';
import { GRID_002, scoreGrid } from '../core/examples';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-edits-'));

async function writeScores(name: string, grid: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  grid.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Row and column of a header cell, as a person finds it. */
function find(ws: ExcelJS.Worksheet, text: string): { row: number; col: number } {
  let hit: { row: number; col: number } | null = null;
  ws.eachRow((row, r) => row.eachCell((cell, c) => (hit ??= cell.value === text ? { row: r, col: c } : null)));
  if (!hit) throw new Error(`no "${text}" in ${ws.name}`);
  return hit;
}
function columnValues(ws: ExcelJS.Worksheet, text: string): unknown[] {
  const { row, col } = find(ws, text);
  const out: unknown[] = [];
  for (let r = row + 1; r <= ws.rowCount; r++) out.push(ws.getCell(r, col).value);
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
}

describe('analyze onto a workbook people edited', () => {
  let input: string;
  let out: string;
  beforeEach(async () => {
    input = await writeScores(`scores-${Math.random().toString(36).slice(2)}.xlsx`, GRID_002);
    out = input.replace('scores-', 'plan-');
    expect((await run(['analyze', input, '--out', out])).code).toBe(0);
  });

  test('rows above the header, a column before ผู้รับผิดชอบ, a copied row and a formula: all kept through two runs', async () => {
    const wb = await open(out);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    plan.spliceRows(1, 0, ['บันทึก: เสนอผู้ว่าราชการจังหวัดแล้ว']);
    const owner = find(plan, 'ผู้รับผิดชอบ');
    const rows = columnValues(plan, 'ผู้รับผิดชอบ').length;
    plan.spliceColumns(owner.col, 0, ['', '', '', 'งบประมาณ (บาท)', ...Array.from({ length: rows }, (_, k) => 1000 * (k + 1))]);
    const first = owner.row + 1;
    const copy = plan.getRow(first).values as ExcelJS.CellValue[];
    plan.spliceRows(first + 1, 0, copy.slice(1));
    const ownerCol = find(plan, 'ผู้รับผิดชอบ').col;
    const noteCol = find(plan, 'หมายเหตุ').col;
    const progressCol = find(plan, 'ความคืบหน้า (%)').col;
    plan.getCell(first + 1, ownerCol).value = 'กลุ่มงานอำนวยการ';
    plan.getCell(first + 1, noteCol).value = 'ส่วนที่กลุ่มงานอำนวยการรับไป';
    plan.getCell(first, progressCol).value = { formula: '20+30', result: 50 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(out);

    for (let k = 0; k < 2; k++) {
      const r = await run(['analyze', input, '--out', out]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    const after = await open(out);
    expect(after.worksheets.filter((w) => w.name.startsWith('มาตรการ ITA')).map((w) => w.name)).toEqual(['มาตรการ ITA']);
    const p = after.getWorksheet('มาตรการ ITA')!;
    expect(p.getCell('A1').value).toBe('บันทึก: เสนอผู้ว่าราชการจังหวัดแล้ว');
    expect(String(p.getCell('A2').value)).toMatch(/พ\.ศ\. ๒๕๖๙$/);
    expect(find(p, 'งบประมาณ (บาท)').col).toBe(owner.col);
    expect(columnValues(p, 'งบประมาณ (บาท)').slice(0, 3)).toEqual([1000, null, 2000].map((v, k) => (k === 1 ? 1000 : v)));
    expect(columnValues(p, 'ผู้รับผิดชอบ')[1]).toBe('กลุ่มงานอำนวยการ');
    expect(columnValues(p, 'หมายเหตุ')[1]).toBe('ส่วนที่กลุ่มงานอำนวยการรับไป');
    const progress = p.getCell(first, find(p, 'ความคืบหน้า (%)').col);
    expect(progress.formula).toBe('20+30');
    expect(columnValues(p, 'ผู้รับผิดชอบ')).toHaveLength(rows + 1);
  });

  test('a renamed plan sheet is updated under its new name, and the summary counts it', async () => {
    const wb = await open(out);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    plan.name = 'แผน 2569';
    await wb.xlsx.writeFile(out);
    await run(['analyze', input, '--out', out]);
    const after = await open(out);
    expect(after.worksheets.map((w) => w.name).filter((n) => n.includes('มาตรการ ITA') || n.includes('แผน'))).toEqual(['แผน 2569', 'สรุปมาตรการ ITA']);
    expect(
      String(
        after.getWorksheet('สรุปมาตรการ ITA')!.getCell('B3').value && (after.getWorksheet('สรุปมาตรการ ITA')!.getCell('B3').value as { formula: string }).formula,
      ),
    ).toContain("'แผน 2569'!$F$4:$F$1000");
  });

  test('a milestone date moved in the follow-up text: the hidden helper columns follow it on the next run, whatever was typed in them', async () => {
    const wb = await open(out);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    const follow = find(plan, 'การติดตามผล/การรายงานผล');
    const helper = find(plan, 'กำหนดหมุดหมายแรก (คำนวณ ห้ามแก้ไข)').col;
    let r = follow.row + 1;
    while (!String(plan.getCell(r, follow.col).value).includes('ให้แล้วเสร็จภายใน')) r++;
    const cell = plan.getCell(r, follow.col);
    cell.value = String(cell.value).replace(/ให้แล้วเสร็จภายใน \S+ \S+ \S+/, 'ให้แล้วเสร็จภายใน ๒๐ มกราคม ๒๕๖๙');
    plan.getCell(r + 1, helper).value = 'แก้เอง';
    await wb.xlsx.writeFile(out);
    expect((await run(['analyze', input, '--out', out])).code).toBe(0);
    const after = (await open(out)).getWorksheet('มาตรการ ITA')!;
    expect(after.getCell(r, helper).value).toEqual(new Date('2026-01-20T00:00:00Z'));
    expect(after.getCell(r + 1, helper).value).toBeInstanceOf(Date);
    expect([helper, helper + 1, helper + 2, helper + 3].map((c) => after.getColumn(c).hidden)).toEqual([true, true, true, true]);
  });

  test('the header deleted: a dated copy of the old plan, short enough for Excel, is kept before writing', async () => {
    let after = await open(out);
    const p = after.getWorksheet('มาตรการ ITA')!;
    const h = find(p, 'มาตรการ/โครงการ/กิจกรรม').row;
    const note = find(p, 'หมายเหตุ').col;
    p.getCell(h + 2, note).value = 'สิ่งที่พิมพ์ไว้ต้องไม่หาย';
    p.getRow(h).eachCell((cell) => (cell.value = null));
    await after.xlsx.writeFile(out);
    const r = await run(['analyze', input, '--out', out]);
    expect(r.code).toBe(0);
    after = await open(out);
    const backup = after.worksheets.find((w) => w.name.includes('เดิม') || w.name.includes('ก่อนสร้างใหม่'))!;
    expect(backup.name.length).toBeLessThanOrEqual(31);
    expect(r.out).toContain(`"${backup.name}"`);
    expect(backup.getCell(h + 2, note).value).toBe('สิ่งที่พิมพ์ไว้ต้องไม่หาย');
  });

  withLibreOffice("the summary's counts, recalculated by LibreOffice, match the plan", async () => {
    const wb = await open(out);
    const plan = wb.getWorksheet('มาตรการ ITA')!;
    const status = find(plan, 'สถานะ');
    plan.getCell(status.row + 1, status.col).value = 'เสร็จแล้ว';
    plan.getCell(status.row + 2, status.col).value = 'กำลังดำเนินการ';
    await wb.xlsx.writeFile(out);
    const sheets = recalculatedSheets(out);
    const summary = sheets.get('สรุปมาตรการ ITA')!;
    const total = summary.find((r) => r[0] === 'รวมทุกหน่วยงาน')!;
    const owners = columnValues(plan, 'ผู้รับผิดชอบ').length;
    // ผู้รับผิดชอบ | จำนวนมาตรการ | ยังไม่เริ่ม | กำลังดำเนินการ | เสร็จแล้ว | ยกเลิก (| ล่าช้า: test/cli/progress.test.ts)
    expect(total.slice(1, 6).map(Number)).toEqual([owners, owners - 2, 1, 1, 0]);
    const perDivision = summary.slice(2, -1).reduce((n, r) => n + Number(r[1]), 0);
    expect(perDivision).toBe(owners);
  });
});

test("a province plan generated anew keeps the corrected scores' new measures after the old rows", async () => {
  const input = await writeScores('corrected.xlsx', GRID_002);
  const out = join(dir, 'corrected-plan.xlsx');
  await run(['analyze', input, '--out', out]);
  const before = columnValues((await open(out)).getWorksheet('มาตรการ ITA')!, 'รหัสมาตรการ (ห้ามแก้ไข)');
  const corrected = await writeScores(
    'corrected.xlsx',
    scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2568, indicators: [80, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 100, 72] }),
  );
  await run(['analyze', corrected, '--out', out]);
  const after = columnValues((await open(out)).getWorksheet('มาตรการ ITA')!, 'รหัสมาตรการ (ห้ามแก้ไข)');
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.length).toBeGreaterThan(before.length);
});

test('--approval-date (B.E.) schedules every measure from that day, and --keep adds keep-up measures for full marks', async () => {
  const input = await writeScores('approved.xlsx', GRID_002);
  const out = join(dir, 'approved-plan.xlsx');
  const r = await run(['analyze', input, '--out', out, '--approval-date', '2569-01-15', '--keep']);
  expect(r.err).toBe('');
  const plan = (await open(out)).getWorksheet('มาตรการ ITA')!;
  const starts = columnValues(plan, 'วันเริ่ม') as Date[];
  expect(starts.every((d) => d.toISOString().slice(0, 10) >= '2026-01-15')).toBe(true);
  expect(columnValues(plan, 'มาตรการ/โครงการ/กิจกรรม')).toContain('รักษามาตรฐานการดำเนินงานในตัวชี้วัดที่ได้คะแนนเต็ม');
  const bad = await run(['analyze', input, '--out', out, '--approval-date', '15/01/2569']);
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('ตัวเลือก --approval-date ต้องเป็นวันที่ในรูปแบบ ปปปป-ดด-วว');
});
