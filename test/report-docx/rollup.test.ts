/** The roll-up report: its text from a generated province, and its pages as LibreOffice prints them. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRollup, readAgencies, rollupReportModel } from '../../src/core/rollup';
import { renderRollupReport } from '../../src/report-docx/rollup';
import { agencyTable } from '../tools/agencies';
import { describeWithPdf, docxToPdf, orientations, pdfText, sh } from '../tools/pdf';
import { brokenWords } from './pdf-words';
import { readDocx } from './docx-text';

const OUT = join(__dirname, '../../test/.artifacts/rollup');
const grid = agencyTable({ agencies: 120, years: [2567, 2568], abbreviateLater: true, items: true });
const rollup = buildRollup(readAgencies([{ name: 'จังหวัดทดสอบ', grid }]), { groupBy: 'district' });
const model = rollupReportModel(rollup, { digits: 'thai', issued: { d: 3, m: 12, y: 2569 } });

describe('the roll-up report', () => {
  test('says the year, the figures, the comparison and the recommendations, in Thai digits', async () => {
    const { lines, text, media } = await readDocx(await renderRollupReport(model));
    expect(lines[0]).toBe('สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของหน่วยงานในความรับผิดชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(lines[1]).toBe('ธันวาคม ๒๕๖๙');
    const o = rollup.overview;
    expect([o.count, o.mean, o.median, o.reaching]).toEqual([120, 79.77, 80.29, 49]);
    expect(text).toContain('จำนวน ๑๒๐ แห่ง มีคะแนนเฉลี่ย ๗๙.๗๗ คะแนน มัธยฐาน ๘๐.๒๙ คะแนน หน่วยงานที่ได้คะแนนตั้งแต่ค่าเป้าหมาย ๘๕ คะแนนขึ้นไป มีจำนวน ๔๙ แห่ง คิดเป็นร้อยละ ๔๐.๘');
    expect(text).toContain('เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๗');
    expect(text).toMatch(/๒\. ผลจำแนกตามประเภทหน่วยงาน\n[\s\S]*๓\. ผลจำแนกตามอำเภอ/);
    expect(text).toContain('ข้อที่หน่วยงานได้ต่ำกว่าค่าเป้าหมายบ่อยที่สุด');
    // A training for the OIT items most often missed, named by the catalogue's measure.
    expect(rollup.recommendations.some((r) => r.titleTh.startsWith('การเปิดเผยข้อมูล: '))).toBe(true);
    expect(text).toContain('จึงควรจัดการอบรมหรือชี้แจงแนวทางเรื่อง');
    // Item codes as the framework and the agency report write them (o17), not 'O17'.
    expect(text).toMatch(/(^|[^A-Za-z])o\u2060?[๐-๙]+/m);
    expect(text).not.toMatch(/O\u2060?[๐-๙]/);
    expect(text).not.toMatch(/[0-9]/);
    expect(media).toHaveLength(2);
  });

  test('Arabic digits when asked, the same words', async () => {
    const { text } = await readDocx(await renderRollupReport({ ...model, digits: 'arabic' }));
    expect(text).toContain('จำนวน 120 แห่ง มีคะแนนเฉลี่ย 79.77 คะแนน');
    expect(text).not.toMatch(/[๐-๙]/);
  });
});

describeWithPdf('the roll-up report in LibreOffice', () => {
  test('prints on A4 portrait pages with the tables, charts and recommendations', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const docx = join(OUT, 'rollup.docx');
    writeFileSync(docx, await renderRollupReport(model));
    const pdf = docxToPdf(docx, OUT);
    const pages = orientations(pdf);
    console.log(`rollup.pdf: ${pages.length} pages`);
    expect(pages).toMatch(/^P+$/);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const first = pdfText(pdf, 1, 1);
    expect(first).toContain('พ.ศ. ๒๕๖๘');
    // Table 1 is kept whole: its caption, header and five level rows on one page.
    const table1 = [1, 2, 3].map((n) => pdfText(pdf, n, n)).find((t) => t.includes('ตารางที่ ๑'))!;
    expect(table1).toMatch(/ตารางที่ ๑[^\n]*\n\s*ระดับผลการประเมิน\s+จำนวน \(แห่ง\)\s+ร้อยละ/);
    // The chart's key breaks between entries, never inside one.
    expect(table1).toMatch(/๕ = ต้องปรับปรุงโดยด่วน/);
    expect(table1).toMatch(/ผ่านดีเยี่ยม\s+๑\s+๐\.๘[\s\S]*ต้องปรับปรุงโดยด่วน\s+๒๖\s+๒๑\.๗/);
    const all = pdfText(pdf, 1, pages.length);
    expect(all).toContain('แผนภูมิที่ ๒');
    expect(all).toContain('ข้อเสนอแนะสำหรับหน่วยงานในความรับผิดชอบ');
    // No listed compound broken at a line's end ("ช่อง" | "ทางแจ้ง" before).
    expect(brokenWords(Array.from({ length: pages.length }, (_, k) => pdfText(pdf, k + 1, k + 1)))).toEqual([]);
    expect(sh('pdffonts', [pdf])).toMatch(/Laksaman/);
    sh('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, 'page')]);
  });
});

describe('the agencies to follow up', () => {
  test('list the weakest indicators a line each and the fewest OIT items that reach the target', async () => {
    const { lines } = await readDocx(await renderRollupReport({ ...model, digits: 'arabic' }));
    const f = rollup.followUp[0];
    expect(f.agency.total).toBe(55.59);
    const at = lines.indexOf(f.agency.name);
    expect(lines.slice(at, at + 3)).toEqual([f.agency.name, '55.59', '29.41']);
    // One paragraph per line of the cell.
    const cell = lines.slice(at + 3, at + 3 + f.weakest.length + 1);
    expect(cell[0]).toBe('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (39.00)');
    expect(cell).toHaveLength(4);
    expect(f.items).not.toBeNull();
    expect(f.items!.reached).toBe(false);
    expect(cell[3]).toBe('รายการ OIT อย่างเดียวไม่พอให้ถึงค่าเป้าหมาย');
    // An agency near the target gets its short list.
    const near = rollup.followUp[rollup.followUp.length - 1];
    expect([near.agency.total, near.items]).toEqual([84.88, { codes: ['o7', 'o22'], reached: true }]);
  });
});
