import { analyse } from '../../../src/core/analysis';
import { analysisSheet } from '../../../src/core/layout/analysis-sheet';
import type { SheetSpec } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/grid';
import { planSheet } from '../../../src/core/layout/plan-sheet';
import { buildPlan } from '../../../src/core/plan';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { GRID_001, GRID_002, GRID_003 } from '../examples';

const analysisOf = (grid: typeof GRID_001, opts = {}) => analyse(readScoreSheet(grid, 'คะแนน ITA'), opts);
/** The row whose first cell is `label`. */
const rowOf = (spec: SheetSpec, label: string): CellValue[] => spec.rows.find((r) => r[0] === label) ?? [];
const rowsAfter = (spec: SheetSpec, heading: string, count: number) => {
  const at = spec.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(heading));
  return spec.rows.slice(at + 1, at + 1 + count);
};
const allText = (spec: SheetSpec) => spec.rows.flat().filter((v): v is string => typeof v === 'string');

describe('the analysis sheet', () => {
  test('example 002: the published 90.14 heads the sheet, the recomputed 90.15 beside it as the check', () => {
    const spec = analysisSheet(analysisOf(GRID_002));
    expect(rowOf(spec, 'คะแนนรวม')).toEqual(['คะแนนรวม', 90.14]);
    expect(rowOf(spec, 'ระดับผลการประเมิน')).toEqual(['ระดับผลการประเมิน', 'ผ่าน']);
    expect(rowOf(spec, 'คะแนนที่คำนวณได้ (ใช้ตรวจสอบ)')).toEqual(['คะแนนที่คำนวณได้ (ใช้ตรวจสอบ)', 90.15]);
  });

  test("the plan's subtitle shows the official 90.14 too", () => {
    const a = analysisOf(GRID_002);
    const spec = planSheet(a, buildPlan(a), ['สำนักงานจังหวัด']);
    expect(spec.cells?.find((c) => c.row === 2)?.value).toBe('จังหวัดลำพูน · จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (คะแนนรวม ๙๐.๑๔)');
  });

  test("with only indicator scores the EIT row carries the tool's full name", () => {
    const [, , eit] = rowsAfter(analysisSheet(analysisOf(GRID_002)), 'ผลการประเมินรายเครื่องมือ', 4);
    expect(eit.slice(0, 3)).toEqual(['EIT', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', 96.01]);
  });

  test('verdicts per tool and indicator are ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์, not the level name ผ่าน', () => {
    const spec = analysisSheet(analysisOf(GRID_002));
    const tools = rowsAfter(spec, 'ผลการประเมินรายเครื่องมือ', 4).slice(1);
    expect(tools.map((r) => [r[0], r[5]])).toEqual([
      ['IIT', 'ผ่านเกณฑ์'],
      ['EIT', 'ผ่านเกณฑ์'],
      ['OIT', 'ไม่ผ่านเกณฑ์'],
    ]);
    const indicators = rowsAfter(spec, 'ผลการประเมินรายตัวชี้วัด', 11).slice(1);
    expect(indicators[8].slice(0, 6)).toEqual([9, 'การเปิดเผยข้อมูล', 'OIT', 65, 'ไม่ผ่านเกณฑ์', 20]);
    expect(indicators[0][4]).toBe('ผ่านเกณฑ์');
  });

  test('the items table names each measure in Thai, never by its id', () => {
    const spec = analysisSheet(analysisOf(GRID_001));
    const [header, o6] = rowsAfter(spec, 'ข้อคำถามหรือรายการที่ควรแก้ไขหรือพัฒนา', 2);
    expect(header[7]).toBe('มาตรการ');
    expect(o6.slice(0, 5)).toEqual(['o๖', 'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 9, 0, 'ต้องแก้ไข']);
    expect(o6[7]).toBe('จัดทำและเผยแพร่แผนและรายงานผลการดำเนินงาน');
    expect(allText(spec).some((t) => /\b[a-z]+-[a-z-]+\b/.test(t))).toBe(false);
  });

  test('example 003 at 99.76: the lowest items are listed as พัฒนา even though every item passes', () => {
    const rows = rowsAfter(analysisSheet(analysisOf(GRID_003)), 'ข้อคำถามหรือรายการที่ควรแก้ไขหรือพัฒนา', 6).slice(1);
    expect(rows.map((r) => [r[0], r[3], r[4], r[7]])).toEqual([
      ['e๑๔', 98.83, 'พัฒนา', 'เปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน'],
      ['i๒๑', 99.2, 'พัฒนา', 'กำกับดูแลการยืมและการใช้ทรัพย์สินของราชการ'],
      ['i๒๒', 99.2, 'พัฒนา', 'กำกับดูแลการยืมและการใช้ทรัพย์สินของราชการ'],
      ['i๒๓', 99.2, 'พัฒนา', 'กำกับดูแลการยืมและการใช้ทรัพย์สินของราชการ'],
      ['e๑๕', 99.35, 'พัฒนา', 'จัดทำและขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
    ]);
  });

  test('digits: one setting for titles, table text and paragraphs; scores stay numbers; notes that name cells stay Arabic', () => {
    const grid = GRID_002.map((r) => [...r]);
    grid[4][1] = 91.5; // a published total beyond rounding, for a warning that names figures
    const a = analysisOf(grid);
    const thai = analysisSheet(a);
    expect(thai.rows[0][0]).toBe('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(rowOf(thai, 'กรอบการประเมินที่ใช้')[1]).toBe('เกณฑ์ที่ติดมากับโปรแกรม: เกณฑ์ พ.ศ. ๒๕๖๘');
    expect(rowsAfter(thai, 'ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไข', 1)[0][0]).toBe('• ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๖๕.๐๐ คะแนน)');
    expect(rowOf(thai, 'ตัวชี้วัดที่ ๙')[1]).toContain('ได้คะแนน ๖๕.๐๐ คะแนน');
    expect(thai.charts[0].title).toBe('คะแนนรายตัวชี้วัดเทียบค่าเป้าหมาย (๘๕)');
    expect(rowOf(thai, 'คะแนนรวม')[1]).toBe(91.5);
    expect(rowsAfter(thai, 'ผลการประเมินรายตัวชี้วัด', 2)[1][3]).toBe(92.68);
    expect(allText(thai).find((t) => t.startsWith('• คะแนนรวมที่ประกาศ'))).toMatch(/\(91\.50\) .*\(90\.15\)/);

    const arabic = analysisSheet(analysisOf(grid, { digits: 'arabic' }));
    expect(arabic.rows[0][0]).toContain('พ.ศ. 2568');
    expect(rowOf(arabic, 'ตัวชี้วัดที่ 9')[1]).toContain('ได้คะแนน 65.00 คะแนน');
    expect(allText(arabic).some((t) => /[๐-๙]/.test(t))).toBe(false);
    expect(analysisSheet(a, { digits: 'arabic' }).rows[0][0]).toContain('พ.ศ. 2568');
  });

  test('the year read from a title is shown with its cell under ที่มาของข้อมูล', () => {
    const grid = [['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน'], ...GRID_002.slice(9)];
    const spec = analysisSheet(analyse(readScoreSheet(grid, 'Sheet1')));
    expect(rowsAfter(spec, 'ที่มาของข้อมูล', 1)[0][0]).toBe('• ปีงบประมาณที่ประเมิน (พ.ศ. 2568) อ่านจากเซลล์ A1: "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จังหวัดลำพูน"');
  });
});

describe('the analysis sheet speaks the words of the agency it is', () => {
  test("example 002 (a province): the catalogue's local-government words are not in what we generated", () => {
    const text = allText(analysisSheet(analysisOf(GRID_002))).join('\n');
    expect(text).not.toMatch(/หอกระจายข่าว|ค่าธรรมเนียม|กองหรือส่วนงาน/);
  });
});
