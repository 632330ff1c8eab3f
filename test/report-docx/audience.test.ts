/**
 * Two audiences: the document published on the website leaves out the path to the target and every
 * note about the program or its assumptions; the internal copy for the coordinator and the
 * executive adds them.
 */
import { renderReport } from '../../src/report-docx/render';
import { scoreGrid } from '../core/examples';
import { GRID_FAILING, reportOf } from '../core/report/fixtures';
import { readDocx } from './docx-text';

/** A 2567 result: the program uses the 2568 item lists for it, an assumption it states. */
const GRID_2567 = scoreGrid({
  agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง',
  type: 'องค์การบริหารส่วนตำบล',
  year: 2567,
  indicators: [80.5, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65.0, 100],
  items: Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, k % 4 === 0 ? 0 : 100] as [string, number]),
});

const PROGRAM_WORDS = /เส้นทางสู่ค่าเป้าหมาย|ติดมากับโปรแกรม|ยังไม่ได้รับการยืนยัน|ไม่เผยแพร่|ค่าประมาณ/;

describe('public and internal documents', () => {
  test.each([
    ['a failing อบต. (2568)', GRID_FAILING],
    ['a 2567 result read with the 2568 lists', GRID_2567],
  ])("%s: the public copy (the default) has none of the program's notes; the internal one has them", async (_, grid) => {
    const pub = await readDocx(await renderReport(reportOf(grid)));
    expect(pub.text).not.toMatch(PROGRAM_WORDS);
    const internal = await readDocx(await renderReport(reportOf(grid, { audience: 'internal' })));
    expect(internal.lines).toContain('ฉบับใช้ภายใน (ไม่เผยแพร่)');
    expect(internal.lines).toContain('๖. เส้นทางสู่ค่าเป้าหมาย');
    expect(internal.lines).toContain('๗. หมายเหตุสำหรับผู้ประสานงานและผู้บริหาร (ไม่เผยแพร่)');
    expect(internal.text).toContain('เกณฑ์ที่ติดมากับโปรแกรม');
  });

  test('the 2567 framework is named plainly in public, with its assumption inside', async () => {
    const pub = await readDocx(await renderReport(reportOf(GRID_2567)));
    expect(pub.text).toContain('(เกณฑ์ พ.ศ. ๒๕๖๗) ประกอบด้วยตัวชี้วัด');
    const internal = await readDocx(await renderReport(reportOf(GRID_2567, { audience: 'internal' })));
    expect(internal.text).toContain('(เกณฑ์ พ.ศ. ๒๕๖๗ (ใช้รายการข้อแบบปี ๒๕๖๘)) ประกอบด้วยตัวชี้วัด');
    expect(internal.text).toContain('รายการข้อของปี ๒๕๖๗ ยังไม่ได้รับการยืนยัน');
  });
});
