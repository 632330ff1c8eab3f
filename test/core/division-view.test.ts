/**
 * A division's view sheet lists its late measures first: the formula's shape, and its lateness key
 * computed by LibreOffice for rows as divisions leave them (LibreOffice 7 has no SORT or FILTER, so
 * the key is checked cell by cell; Google Sheets evaluates the same arithmetic over whole ranges).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planShape } from '../../src/core/layout/plan-shape';
import { divisionViewFormulas, latenessKey } from '../../src/core/sharing';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';

describe('division views: late measures first', () => {
  test('SORT over the FILTER of the division\'s rows by the lateness key, then by row', () => {
    const view = divisionViewFormulas("แผน'69", planShape(null), 'กองคลัง');
    const src = "'แผน''69'";
    expect(view.header).toBe(`=${src}!A3:N3`);
    const mine = `(${src}!F4:F = "กองคลัง") + ISNUMBER(FIND("กองคลัง", ${src}!G4:G))`;
    expect(view.rows).toBe(
      `=ARRAYFORMULA(IFERROR(SORT(FILTER(${src}!A4:N, ${mine}), FILTER(${latenessKey(`${src}!L4:L`, `${src}!I4:I`, `${src}!J4:J`)}, ${mine}), FALSE, FILTER(ROW(${src}!F4:F), ${mine}), TRUE), "ไม่มีมาตรการของหน่วยงานนี้"))`,
    );
  });

  withLibreOffice('the key: 3 late (by the new deadline when one is typed), 2 due within 30 days, 1 open, 0 closed or undated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('key');
    const past = new Date(Date.UTC(2001, 0, 31));
    const future = new Date(Date.UTC(2100, 0, 31));
    // status | deadline | new deadline
    const rows: [string, unknown, unknown][] = [
      ['กำลังดำเนินการ', past, null], // late
      ['', past, null], // no status yet, late
      ['เสร็จแล้ว', past, null], // done late: closed
      ['ยกเลิก', past, null], // cancelled
      ['กำลังดำเนินการ', past, future], // postponed: open, not late
      ['กำลังดำเนินการ', future, past], // new deadline passed: late
      ['ยังไม่เริ่ม', { formula: 'TODAY()+10' }, null], // due in 10 days
      ['ยังไม่เริ่ม', { formula: 'TODAY()' }, null], // due today: not yet passed
      ['กำลังดำเนินการ', future, null], // open
      ['กำลังดำเนินการ', 'ตลอดปีงบประมาณ', null], // typed text: cannot be judged
      ['กำลังดำเนินการ', null, null], // no deadline
    ];
    rows.forEach(([status, deadline, revised], k) => {
      const r = k + 1;
      ws.getCell(r, 1).value = status;
      ws.getCell(r, 2).value = deadline as ExcelJS.CellValue;
      ws.getCell(r, 3).value = revised as ExcelJS.CellValue;
      ws.getCell(r, 4).value = { formula: latenessKey(`A${r}`, `B${r}`, `C${r}`) } as ExcelJS.CellFormulaValue;
    });
    const path = join(mkdtempSync(join(tmpdir(), 'ita-view-')), 'key.xlsx');
    await wb.xlsx.writeFile(path);
    const keys = recalculatedSheets(path).get('key')!.map((r) => Number(r[3]));
    expect(keys).toEqual([3, 3, 0, 0, 1, 3, 2, 2, 1, 0, 0]);
  });
});
