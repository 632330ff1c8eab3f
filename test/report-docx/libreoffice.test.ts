/**
 * The document opens in LibreOffice: converted to PDF with TH Sarabun New drawn as Laksaman (same
 * metrics, via fonts.conf), its pages rendered to PNG under test/.artifacts/report/ to look at.
 * With UPDATE_DOCS=1 the results page becomes the README's picture. Skips loudly without soffice.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../src/report-docx/render';
import { GRID_FAILING, reportOf } from '../core/report/fixtures';
import { describeWithPdf, docxToPdf, orientations, pdfText, sh } from '../tools/pdf';

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, 'test/.artifacts/report');

describeWithPdf('the .docx in LibreOffice', () => {
  test('converts to PDF: A4 portrait then landscape, Thai text in the mapped font, the tables and approval there', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const model = reportOf(GRID_FAILING, {
      fields: [
        ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
        ['ตำแหน่งผู้จัดทำ', 'นักวิเคราะห์นโยบายและแผน'],
        ['อำเภอ', 'เมือง'],
        ['จังหวัด', 'ลำปาง'],
      ],
    });
    const docx = join(OUT, 'report.docx');
    writeFileSync(docx, await renderReport(model));
    const pdf = docxToPdf(docx, OUT);
    const landscape = [...orientations(pdf)].map((o) => o === 'L');
    const pages = landscape.length;
    console.log(`report.pdf: ${pages} pages (${landscape.filter(Boolean).length} landscape)`);
    expect(pages).toBeGreaterThan(10);
    expect(landscape[0]).toBe(false);
    expect(landscape[pages - 1]).toBe(true);
    expect(landscape.indexOf(true)).toBeGreaterThan(5);
    expect(landscape.slice(landscape.indexOf(true)).every(Boolean)).toBe(true);
    expect(sh('pdffonts', [pdf])).toMatch(/Laksaman/);

    const text = (first: number, last: number) => pdfText(pdf, first, last);
    expect(text(1, 1)).toContain('องค์การบริหารส่วนตำบลบ้านตัวอย่าง');
    expect(text(1, 1)).toContain('อำเภอเมือง จังหวัดลำปาง');
    const all = text(1, pages);
    expect(all).toContain('ไม่ผ่านเกณฑ์');
    expect(all).toContain('๘๙.๔๑');
    expect(text(pages, pages)).toContain('ความเห็น/คำสั่งของผู้บริหาร');
    expect(text(pages, pages)).toContain('(นางสาวสมใจ ใจดี)');
    // Four signers across the page: positions break between words, never inside the agency's name.
    const approval = text(pages, pages);
    expect(approval).toMatch(/ตำแหน่ง นายก\s/);
    expect(approval.match(/องค์การบริหารส่วนตำบล\s/g)).toHaveLength(3);
    expect(approval).not.toMatch(/องค์การบริหาร(?!ส่วน)/);
    expect(approval).toMatch(/นักวิเคราะห์นโยบาย\s[\s\S]*\sและแผน\s/);

    sh('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, 'page')]);
    expect(readdirSync(OUT).filter((f) => f.startsWith('page'))).toHaveLength(pages);
    if (process.env.UPDATE_DOCS) {
      const results = Array.from({ length: pages }, (_, k) => k + 1).find((p) => text(p, p).includes('แผนภูมิที่ ๑'))!;
      sh('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(results), '-l', String(results), pdf, join(OUT, 'readme')]);
      copyFileSync(join(OUT, 'readme.png'), join(ROOT, 'docs/report-page.png'));
    }
  });
});
