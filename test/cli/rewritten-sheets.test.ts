/** Sheets the program rewrites whole: text people typed outside the layout is copied before the rewrite. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { GRID_FAILING } from '../core/report/fixtures';
import { readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-rewritten-'));

test('a note typed beside the analysis is kept in a copy, and the run says where', async () => {
  const out = join(dir, 'ita.xlsx');
  expect((await run(['analyze', await writeXlsx(join(dir, 'scores.xlsx'), [['คะแนน ITA', GRID_FAILING]]), '--out', out])).code).toBe(0);
  const wb = await readXlsx(out);
  wb.getWorksheet('การวิเคราะห์ผล ITA')!.getCell('P5').value = 'ข้อสังเกตของผู้ประสานงาน: ทบทวนตัวชี้วัดที่ 9 กับกองคลัง';
  await wb.xlsx.writeFile(out);
  const r = await run(['analyze', out]);
  expect(r.code).toBe(0);
  const after = await readXlsx(out);
  const copies = after.worksheets.filter((w) => readSheetGrid(w).some((row) => row.includes('ข้อสังเกตของผู้ประสานงาน: ทบทวนตัวชี้วัดที่ 9 กับกองคลัง')));
  expect(copies.map((w) => w.name)).toHaveLength(1);
  expect(copies[0].name).not.toBe('การวิเคราะห์ผล ITA');
  expect(r.out).toContain(
    `หมายเหตุเรื่องไฟล์ / File notice: แผ่นงาน "การวิเคราะห์ผล ITA" มีข้อความที่พิมพ์ไว้นอกตารางที่โปรแกรมเขียน (เริ่มที่เซลล์ P5) จึงเก็บสำเนาไว้ที่แผ่นงาน "${copies[0].name}" ก่อนเขียนแผ่นงานนี้ใหม่`,
  );
  // Nothing typed outside the layout: no copy.
  const again = await run(['analyze', out]);
  expect(again.out).not.toContain('นอกตารางที่โปรแกรมเขียน');
  expect((await readXlsx(out)).worksheets.length).toBe(after.worksheets.length);
});
