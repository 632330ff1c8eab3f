/** Plan columns people renamed, through the command line: read by their header, or nothing is written. */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL } from '../../src/core/plan';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { GRID_FAILING } from '../core/report/fixtures';
import { plainLines, readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-columns-'));
const HEADER_ROW = 3;

async function planned(name: string): Promise<string> {
  const out = join(dir, `${name}.xlsx`);
  expect((await run(['analyze', await writeXlsx(join(dir, `${name}-scores.xlsx`), [['คะแนน ITA', GRID_FAILING]]), '--out', out])).code).toBe(0);
  return out;
}

test('headers with words added are our columns: what was typed under them is kept, no second column', async () => {
  const file = await planned('reworded');
  const wb = await readXlsx(file);
  const plan = wb.getWorksheet('มาตรการ ITA')!;
  plan.getCell(HEADER_ROW, COL.owner + 1).value = 'ผู้รับผิดชอบหลัก';
  plan.getCell(HEADER_ROW, COL.status + 1).value = 'สถานะ (เลือก)';
  plan.getCell(HEADER_ROW, COL.progress + 1).value = 'ความคืบหน้า (ร้อยละ)';
  plan.getCell(HEADER_ROW, COL.note + 1).value = 'หมายเหตุ/ปัญหาอุปสรรค';
  plan.getCell(HEADER_ROW + 1, COL.owner + 1).value = 'กองคลัง';
  plan.getCell(HEADER_ROW + 1, COL.status + 1).value = 'กำลังดำเนินการ';
  plan.getCell(HEADER_ROW + 1, COL.progress + 1).value = 40;
  plan.getCell(HEADER_ROW + 1, COL.note + 1).value = 'รองบประมาณ';
  const width = readSheetGrid(plan)[HEADER_ROW - 1].length;
  await wb.xlsx.writeFile(file);
  expect((await run(['analyze', file])).code).toBe(0);
  const grid = readSheetGrid((await readXlsx(file)).getWorksheet('มาตรการ ITA')!);
  expect(grid[HEADER_ROW - 1].length).toBe(width);
  expect([COL.owner, COL.status, COL.progress, COL.note].map((c) => grid[HEADER_ROW - 1][c])).toEqual([
    'ผู้รับผิดชอบหลัก',
    'สถานะ (เลือก)',
    'ความคืบหน้า (ร้อยละ)',
    'หมายเหตุ/ปัญหาอุปสรรค',
  ]);
  expect([COL.owner, COL.status, COL.progress, COL.note].map((c) => grid[HEADER_ROW][c])).toEqual(['กองคลัง', 'กำลังดำเนินการ', 40, 'รองบประมาณ']);
});

test('an owner column whose header cannot be read: nothing is written, and the error names the column', async () => {
  const file = await planned('unreadable');
  const wb = await readXlsx(file);
  wb.getWorksheet('มาตรการ ITA')!.getCell(HEADER_ROW, COL.owner + 1).value = 'ใครทำ';
  await wb.xlsx.writeFile(file);
  const before = await readFile(file);
  const r = await run(['analyze', file]);
  expect(r.code).toBe(1);
  expect(plainLines(r.err)[0]).toContain('แผ่นงาน "มาตรการ ITA" แถวที่ 3: ไม่พบคอลัมน์ "ผู้รับผิดชอบ" (หรือ "ผู้รับผิดชอบหลัก"');
  expect((await readFile(file)).equals(before)).toBe(true);
});
