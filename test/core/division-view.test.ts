/**
 * A division's view sheet lists its late measures first, then those at risk, by the follow-up's own
 * rules: the formula's shape, and its urgency key computed by LibreOffice for rows as divisions leave
 * them (LibreOffice 7 has no SORT or FILTER, so the key is checked cell by cell; Google Sheets
 * evaluates the same arithmetic over whole ranges).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planShape } from '../../src/core/layout/plan-shape';
import { liveRules, urgencyKey } from '../../src/core/progress/live';
import { divisionViewFormulas } from '../../src/core/sharing';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';

describe('division views: late measures first, then those at risk', () => {
  test("SORT over the FILTER of the division's rows by the urgency key, then by row", () => {
    const view = divisionViewFormulas("แผน'69", planShape(null), 'กองคลัง');
    const src = "'แผน''69'";
    expect(view.header).toBe(`=${src}!A3:N3`);
    const mine = `(${src}!F4:F = "กองคลัง") + ISNUMBER(FIND("กองคลัง", ${src}!G4:G))`;
    const milestones = [
      { by: `${src}!P4:P`, share: `${src}!Q4:Q` },
      { by: `${src}!R4:R`, share: `${src}!S4:S` },
    ];
    const key = urgencyKey({
      status: `${src}!L4:L`,
      progress: `${src}!M4:M`,
      start: `${src}!H4:H`,
      deadline: `${src}!I4:I`,
      revised: `${src}!J4:J`,
      milestones,
    });
    expect(view.rows).toBe(
      `=ARRAYFORMULA(IFERROR(SORT(FILTER(${src}!A4:N, ${mine}), FILTER(${key}, ${mine}), FALSE, FILTER(ROW(${src}!F4:F), ${mine}), TRUE), "ไม่มีมาตรการของหน่วยงานนี้"))`,
    );
  });

  withLibreOffice(
    'the key and the live rules: 3 late (by the new deadline when typed, or a milestone missed 30 days ago), 2 at risk (not started, well behind, close and behind, a milestone just missed), 1 open, 0 closed or without a deadline',
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('key');
      const past = new Date(Date.UTC(2001, 0, 31));
      const longAgo = new Date(Date.UTC(2000, 0, 1));
      const future = new Date(Date.UTC(2100, 0, 31));
      const today = (days: number) => ({ formula: `TODAY()${days < 0 ? '' : '+'}${days}` });
      // status | progress | start | deadline | new deadline | expected key | first milestone | progress it asks for
      const rows: [string, unknown, unknown, unknown, unknown, number, unknown?, number?][] = [
        ['กำลังดำเนินการ', 50, longAgo, past, null, 3], // late
        ['', '', longAgo, past, null, 3], // no status yet, late
        ['เสร็จแล้ว', 100, longAgo, past, null, 0], // done: closed
        ['ยกเลิก', '', longAgo, past, null, 0], // cancelled
        ['กำลังดำเนินการ', 50, longAgo, past, future, 1], // postponed far: open, ahead of its time
        ['กำลังดำเนินการ', 50, longAgo, future, past, 3], // new deadline passed: late
        ['ยังไม่เริ่ม', 0, today(-60), today(200), null, 2], // planned to start 60 days ago, not started
        ['ยังไม่เริ่ม', 0, today(-10), today(200), null, 1], // 10 days ago: not yet at risk
        ['กำลังดำเนินการ', 10, today(-100), today(100), null, 2], // half the time gone, 10%: well behind
        ['กำลังดำเนินการ', 90, today(-300), today(10), null, 2], // due in 10 days, behind the time gone
        ['กำลังดำเนินการ', 99, today(-300), today(10), null, 1], // due in 10 days, ahead
        ['กำลังดำเนินการ', 100, longAgo, past, null, 0], // progress 100: done
        ['กำลังดำเนินการ', '50%', longAgo, past, null, 3], // progress typed as text: still open, late
        ['กำลังดำเนินการ', 50, longAgo, 'ตลอดปีงบประมาณ', null, 1], // typed text: open, never judged late
        ['กำลังดำเนินการ', 50, longAgo, null, null, 0], // no deadline
        ['กำลังดำเนินการ', 20, today(-120), today(200), null, 3, today(-45), 40], // milestone missed 45 days ago: late
        ['กำลังดำเนินการ', 20, today(-100), today(250), null, 2, today(-10), 40], // missed 10 days ago: at risk
        ['กำลังดำเนินการ', 45, today(-120), today(200), null, 1, today(-45), 40], // its share reached: open
        ['กำลังดำเนินการ', 20, today(-60), null, null, 3, today(-45), 40], // no deadline, milestone missed: late all the same
        ['ยังไม่เริ่ม', 0, today(-60), null, null, 2], // no deadline, not started 60 days after its start: at risk
      ];
      rows.forEach(([status, progress, start, deadline, revised, , by, share], k) => {
        const r = k + 1;
        [status, progress, start, deadline, revised].forEach((v, c) => (ws.getCell(r, c + 1).value = v as ExcelJS.CellValue));
        [by, share].forEach((v, c) => (ws.getCell(r, c + 9).value = (v ?? null) as ExcelJS.CellValue));
        const milestones = [{ by: `I${r}`, share: `J${r}` }];
        const cells = { status: `A${r}`, progress: `B${r}`, start: `C${r}`, deadline: `D${r}`, revised: `E${r}`, milestones };
        const live = liveRules(cells);
        ws.getCell(r, 6).value = { formula: urgencyKey(cells) } as ExcelJS.CellFormulaValue;
        ws.getCell(r, 7).value = { formula: live.late } as ExcelJS.CellFormulaValue;
        ws.getCell(r, 8).value = { formula: live.atRisk } as ExcelJS.CellFormulaValue;
      });
      const path = join(mkdtempSync(join(tmpdir(), 'ita-view-')), 'key.xlsx');
      await wb.xlsx.writeFile(path);
      const got = recalculatedSheets(path)
        .get('key')!
        .map((r) => [Number(r[5]), Number(r[6]), Number(r[7])]);
      expect(got).toEqual(rows.map((r) => [r[5], r[5] === 3 ? 1 : 0, r[5] === 2 ? 1 : 0]));
    },
  );
});
