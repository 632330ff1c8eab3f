import { toArabicDigits } from '../../src/core/numbers';
/** The document's comparison with earlier years: table 5 with ▲/▼, chart 2 as a line chart, the sentences. */
import { PLAN_SHEET } from '../../src/core/sheet-names';
import { runPipeline } from '../../src/core/pipeline';
import { buildReport, fieldsFromGrid } from '../../src/core/report';
import { renderReport } from '../../src/report-docx/render';
import { yearsChart } from '../../src/report-docx/line-chart';
import { SHEET_2566, SHEET_2567, SHEET_2568 } from '../core/history/fixtures';
import { specToGrid } from '../core/layout/sheet-grid';
import { readDocx } from './docx-text';
import { inflatedPixels } from './png-pixels';

function threeYearReport(digits: 'thai' | 'arabic' = 'thai') {
  const run = runPipeline({
    grid: SHEET_2568,
    sheetName: '2568',
    others: [
      { name: '2566', grid: SHEET_2566 },
      { name: '2567', grid: SHEET_2567 },
    ],
  });
  return buildReport({
    analysis: run.analysis,
    plan: specToGrid(run.model.sheets.find((s) => s.name === PLAN_SHEET)!),
    planSheet: { th: PLAN_SHEET, en: PLAN_SHEET },
    planYear: 2569,
    fields: fieldsFromGrid(undefined),
    digits,
    today: { d: 15, m: 10, y: 2568 },
  });
}

/** Rows of the comparison table as the document shows them: name, the years, the change. */
function tableRows(lines: string[], years: number): string[][] {
  const start = lines.findIndex((l) => /^ตารางที่ [5๕] /.test(l));
  const out: string[][] = [];
  for (let at = start + 2 + years + 1; out.length < 12; at += years + 2) out.push(lines.slice(at, at + years + 2));
  return out;
}

describe('the document compares with earlier years', () => {
  test('the model: years, the total first, the sentences and notes as the analysis wrote them', () => {
    const h = threeYearReport().history!;
    expect(h.years).toEqual([2566, 2567, 2568]);
    expect(h.rows.map((r) => [r.no, r.change, r.rankedUp])).toEqual([
      [0, -3.85, false],
      [1, 1.28, false],
      [2, 0.78, false],
      [3, -0.36, true],
      [4, 2.31, false],
      [5, 0.24, false],
      [6, 0.58, false],
      [7, 0.82, false],
      [8, 1.14, false],
      [9, -23, true],
      [10, 1.25, false],
    ]);
    expect(h.sentences[10]).toBe('ตัวชี้วัดที่ 10 การป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ได้ 100.00 คะแนน เพิ่มขึ้น 1.25 คะแนน จากปีงบประมาณ พ.ศ. 2567 (98.75 คะแนน)');
    expect(toArabicDigits(threeYearReport().measures[1].analysis)).toBe(
      'ตัวชี้วัดที่ 3 การใช้อำนาจ (98.84 คะแนน)\nคะแนนลดลงสองปีติดต่อกัน: พ.ศ. 2566 99.90 → พ.ศ. 2567 99.20 → พ.ศ. 2568 98.84 จึงจัดไว้ในลำดับต้น',
    );
  });

  test('table 5 in Thai digits with ▲/▼, chart 2 as an image, the sentences, the legend', async () => {
    const d = await readDocx(await renderReport(threeYearReport()));
    expect(d.lines).toContain('ตารางที่ ๕ ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖–๒๕๖๘');
    expect(tableRows(d.lines, 3)).toEqual([
      ['๑. การปฏิบัติหน้าที่', '๙๐.๑๒', '๙๑.๔๐', '๙๒.๖๘', '▲ ๑.๒๘'],
      ['๒. การใช้งบประมาณ', '๙๔.๕๐', '๙๕.๒๐', '๙๕.๙๘', '▲ ๐.๗๘'],
      ['๓. การใช้อำนาจ', '๙๙.๙๐', '๙๙.๒๐', '๙๘.๘๔', '▼ ๐.๓๖'],
      ['๔. การใช้ทรัพย์สินของราชการ', '๘๙.๖๐', '๘๘.๔๕', '๙๐.๗๖', '▲ ๒.๓๑'],
      ['๕. การแก้ไขปัญหาการทุจริต', '๙๒.๓๐', '๙๓.๘๕', '๙๔.๐๙', '▲ ๐.๒๔'],
      ['๖. คุณภาพการดำเนินงาน', '๙๕.๔๐', '๙๖.๖๐', '๙๗.๑๘', '▲ ๐.๕๘'],
      ['๗. ประสิทธิภาพการสื่อสาร', '๙๓.๑๐', '๙๔.๘๐', '๙๕.๖๒', '▲ ๐.๘๒'],
      ['๘. การปรับปรุงการทำงาน', '๙๒.๐๐', '๙๔.๑๐', '๙๕.๒๔', '▲ ๑.๑๔'],
      ['๙. การเปิดเผยข้อมูล', '๘๐.๐๐', '๘๘.๐๐', '๖๕.๐๐', '▼ ๒๓.๐๐'],
      ['๑๐. การป้องกันการทุจริต', '๙๖.๒๕', '๙๘.๗๕', '๑๐๐.๐๐', '▲ ๑.๒๕'],
      ['คะแนนรวม', '๙๑.๒๙', '๙๓.๙๙', '๙๐.๑๔', '▼ ๓.๘๕'],
      ['ระดับผลการประเมิน', 'ผ่านดี', 'ผ่านดี', 'ผ่าน', ''],
    ]);
    expect(d.lines).toContain('แผนภูมิที่ ๒ คะแนนรวมและคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖–๒๕๖๘');
    expect(d.media).toHaveLength(2);
    expect(d.lines).toContain('━━ ๙ การเปิดเผยข้อมูล');
    expect(d.text).toContain('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๖๕.๐๐ คะแนน ลดลง ๒๓.๐๐ คะแนน จากปีงบประมาณ พ.ศ. ๒๕๖๗ (๘๘.๐๐ คะแนน)');
    expect(d.text).toContain('หมายเหตุ: ผลการประเมินในตารางใช้เกณฑ์ต่างกัน');
    // The falls the plan answers first are shaded.
    expect((d.xml.match(/w:fill="FCE5CD"/g) ?? []).length).toBe(2);
    // The comparison comes after the year's own chart and before the per-indicator analysis.
    const at = (s: string) => d.lines.findIndex((l) => l.startsWith(s));
    expect(at('แผนภูมิที่ ๑')).toBeLessThan(at('ตารางที่ ๕'));
    expect(d.lines.indexOf('๓. การวิเคราะห์ผลรายตัวชี้วัด', at('ตารางที่ ๕'))).toBeGreaterThan(at('ตารางที่ ๕'));
  });

  test('Arabic digits on request; no earlier year, no comparison', async () => {
    const d = await readDocx(await renderReport(threeYearReport('arabic')));
    expect(d.lines).toContain('▲ 1.25');
    const none = runPipeline({ grid: SHEET_2568, sheetName: '2568' });
    const m = buildReport({
      analysis: none.analysis,
      plan: specToGrid(none.model.sheets.find((s) => s.name === PLAN_SHEET)!),
      planSheet: { th: '', en: '' },
      planYear: 2569,
      fields: fieldsFromGrid(undefined),
      today: { d: 1, m: 10, y: 2568 },
    });
    expect(m.history).toBeNull();
    const plain = await readDocx(await renderReport(m));
    expect(plain.text).not.toContain('ผลการประเมินเทียบกับปีที่ผ่านมา');
    expect(plain.media).toHaveLength(1);
  });

  test("the line chart is a PNG: its size, the total in black and each indicator's colour drawn", () => {
    const img = yearsChart(
      [2566, 2567, 2568],
      [
        { no: 0, values: [91.29, 93.99, 90.14] },
        { no: 9, values: [80, 88, 65] },
        { no: 10, values: [null, 98.75, 100] },
      ],
      'thai',
    );
    expect([img.width, img.height]).toEqual([1200, 640]);
    expect([...img.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // Palette indices: 4 is the total's black, 4 + n indicator n's colour.
    const raw = inflatedPixels(img.png, img.width, img.height);
    const used = new Set(raw);
    expect([4, 13, 14].every((c) => used.has(c))).toBe(true);
    expect(used.has(5)).toBe(false); // indicator 1 is not in this chart
  });
});
