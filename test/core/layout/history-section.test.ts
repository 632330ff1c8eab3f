import { analysisSheet } from '../../../src/core/layout/analysis-sheet';
import type { SheetSpec } from '../../../src/core/layout/model';
import type { CellValue } from '../../../src/core/grid';
import { runPipeline } from '../../../src/core/pipeline';
import { SHEET_2566, SHEET_2567, SHEET_2568 } from '../history/fixtures';

const threeYears = (digits?: 'arabic') =>
  runPipeline({
    grid: SHEET_2568,
    sheetName: '2568',
    options: { digits },
    others: [
      { name: '2566', grid: SHEET_2566 },
      { name: '2567', grid: SHEET_2567 },
    ],
  }).analysis;
const after = (spec: SheetSpec, heading: string, count: number): CellValue[][] => {
  const at = spec.rows.findIndex((r) => r[0] === heading);
  return spec.rows.slice(at + 1, at + 1 + count);
};
const SECTION = 'ผลการประเมินเทียบกับปีที่ผ่านมา';

describe('the analysis sheet: comparison with earlier years', () => {
  test("the table: each indicator and the total per year, the change from last year with ▲/▼ in the sheet's Thai digits, the levels", () => {
    const spec = analysisSheet(threeYears());
    const rows = after(spec, SECTION, 14).map((r) => r.slice(0, 6));
    expect(rows).toEqual([
      ['ตัวชี้วัดที่', 'ตัวชี้วัด', 'พ.ศ. ๒๕๖๖', 'พ.ศ. ๒๕๖๗', 'พ.ศ. ๒๕๖๘', 'เปลี่ยนแปลงจากปีก่อน'],
      [1, 'การปฏิบัติหน้าที่', 90.12, 91.4, 92.68, '▲ ๑.๒๘'],
      [2, 'การใช้งบประมาณ', 94.5, 95.2, 95.98, '▲ ๐.๗๘'],
      [3, 'การใช้อำนาจ', 99.9, 99.2, 98.84, '▼ ๐.๓๖'],
      [4, 'การใช้ทรัพย์สินของราชการ', 89.6, 88.45, 90.76, '▲ ๒.๓๑'],
      [5, 'การแก้ไขปัญหาการทุจริต', 92.3, 93.85, 94.09, '▲ ๐.๒๔'],
      [6, 'คุณภาพการดำเนินงาน', 95.4, 96.6, 97.18, '▲ ๐.๕๘'],
      [7, 'ประสิทธิภาพการสื่อสาร', 93.1, 94.8, 95.62, '▲ ๐.๘๒'],
      [8, 'การปรับปรุงการทำงาน', 92, 94.1, 95.24, '▲ ๑.๑๔'],
      [9, 'การเปิดเผยข้อมูล', 80, 88, 65, '▼ ๒๓.๐๐'],
      [10, 'การป้องกันการทุจริต', 96.25, 98.75, 100, '▲ ๑.๒๕'],
      ['รวม', 'คะแนนรวม', 91.29, 93.99, 90.14, '▼ ๓.๘๕'],
      ['', 'ระดับผลการประเมิน', 'ผ่านดี', 'ผ่านดี', 'ผ่าน', ''],
      [
        'คะแนนรวม',
        'คะแนนรวม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๙๐.๑๔ คะแนน ลดลง ๓.๘๕ คะแนน จากปีงบประมาณ พ.ศ. ๒๕๖๗ (๙๓.๙๙ คะแนน) ระดับผลการประเมินเปลี่ยนจาก “ผ่านดี” เป็น “ผ่าน” และเมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ คะแนนรวมลดลง ๑.๑๕ คะแนน',
      ],
    ]);
    // The falls the plan answers first stand out; rises are green.
    const header = spec.rows.findIndex((r) => r[0] === SECTION) + 2;
    const styleAt = (row: number) =>
      spec.styles
        .filter((s) => s.rect.row === row && s.rect.col === 6 && s.rect.rows === 1)
        .map((s) => s.style)
        .pop();
    expect(styleAt(header + 9)).toMatchObject({ fontColor: '#990000', background: '#fce5cd' }); // indicator 9
    expect(styleAt(header + 10)).toMatchObject({ fontColor: '#274e13' }); // indicator 10
  });

  test('a sentence per indicator, the summary and the notes, Arabic digits on request', () => {
    const spec = analysisSheet(threeYears('arabic'));
    const text = spec.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(text.find((t) => t.startsWith('ตัวชี้วัดที่ 10 '))).toMatch(/ 100\.00 .* 1\.25 .* \(98\.75 /);
    expect(text).toContain('▲ 1.25');
    expect(text).toContain('ตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (ลดลง 23.00 คะแนน)');
    expect(text.some((t) => t.startsWith('ผลการประเมินในตารางใช้เกณฑ์ต่างกัน: ปีงบประมาณ พ.ศ. 2566'))).toBe(true);
    expect(text.some((t) => /[๐-๙]/.test(t))).toBe(false);
    // Where each year came from, under ที่มาของข้อมูล.
    expect(after(spec, 'ที่มาของข้อมูล', 2).map((r) => r[0])).toEqual([
      '• ผลการประเมินปีงบประมาณ พ.ศ. 2566 อ่านจากแผ่นงาน "2566"',
      '• ผลการประเมินปีงบประมาณ พ.ศ. 2567 อ่านจากแผ่นงาน "2567"',
    ]);
  });

  test('the line chart: a row per year beside the table (the total, then the ten indicators), the axis narrowed to the scores', () => {
    const spec = analysisSheet(threeYears());
    expect(spec.charts.map((c) => c.kind)).toEqual(['bar', 'line']);
    const line = spec.charts[1];
    expect(line.title).toBe('คะแนนรวมและคะแนนรายตัวชี้วัด พ.ศ. ๒๕๖๖–๒๕๖๘');
    expect(line.axis).toEqual({ min: 60, max: 100 });
    const data = spec.rows
      .slice(line.data.row - 1, line.data.row - 1 + line.data.rows)
      .map((r) => r.slice(line.data.col - 1, line.data.col - 1 + line.data.cols));
    expect(data.map((r) => r.slice(0, 4))).toEqual([
      ['ปีงบประมาณ', 'คะแนนรวม', 'ตัวชี้วัดที่ ๑', 'ตัวชี้วัดที่ ๒'],
      ['พ.ศ. ๒๕๖๖', 91.29, 90.12, 94.5],
      ['พ.ศ. ๒๕๖๗', 93.99, 91.4, 95.2],
      ['พ.ศ. ๒๕๖๘', 90.14, 92.68, 95.98],
    ]);
    expect(data[3][11]).toBe(100);
    expect(line.anchor).toEqual({ row: line.data.row + 5, col: 11 });
  });

  test('no earlier year: one line saying where to give them, no chart', () => {
    const spec = analysisSheet(runPipeline({ grid: SHEET_2568, sheetName: '2568' }).analysis);
    expect(after(spec, SECTION, 1)[0][0]).toBe(
      'ไม่พบผลการประเมินของปีก่อนในไฟล์นี้ หากต้องการเปรียบเทียบ ให้กรอกผลย้อนหลังในแผ่นงาน "ผลย้อนหลัง" (แทรกแม่แบบคะแนนเพื่อสร้างแผ่นงานนี้) หรือเพิ่มคอลัมน์ของแต่ละปีในตารางคะแนน หรือวางตารางคะแนนของแต่ละปีไว้คนละแผ่นงานในไฟล์เดียวกัน',
    );
    expect(spec.charts.map((c) => c.kind)).toEqual(['bar']);
  });
});
