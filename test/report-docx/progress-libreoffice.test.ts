/**
 * The follow-up report opens in LibreOffice: every round converted to PDF, its pages rendered to PNG
 * under test/.artifacts/progress/ to look at. Skips loudly without soffice and the poppler tools.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoundChoice } from '../../src/core/progress';
import type { ProgressReportModel } from '../../src/core/report';
import { renderProgressReport } from '../../src/report-docx/progress';
import { followedModel, withUnreadStatus } from '../core/progress/fixtures';
import { describeWithPdf, docxToPdf, orientations, pdfText, sh } from '../tools/pdf';

const OUT = join(__dirname, '../../test/.artifacts/progress');
const FIELDS = [
  ['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'],
  ['อำเภอ', 'เมือง'],
  ['จังหวัด', 'ลำปาง'],
];
/** pdftotext splits Thai words around vowels and at a cell's line breaks: compared without spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function printed(
  name: string,
  round: RoundChoice,
  change: (m: ProgressReportModel) => ProgressReportModel = (m) => m,
): Promise<{ pdf: string; orient: string }> {
  const docx = join(OUT, `${name}.docx`);
  writeFileSync(docx, await renderProgressReport(change(followedModel(round, { fields: FIELDS }))));
  const pdf = docxToPdf(docx, OUT);
  const orient = orientations(pdf);
  console.log(`${name}.pdf: ${orient.length} pages (${orient})`);
  sh('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, name)]);
  return { pdf, orient };
}

/** Nothing drawn past the right margin (2 cm, give or take): every word's box ends inside its page. */
function rightmostWords(pdf: string): { right: number; width: number }[] {
  const pages = sh('pdftotext', ['-bbox', pdf, '-']).split('<page ').slice(1);
  return pages.map((p) => ({
    width: Number(/width="([\d.]+)"/.exec(p)![1]),
    right: Math.max(0, ...[...p.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]))),
  }));
}

describeWithPdf('the follow-up report in LibreOffice', () => {
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  test('six months: cover, summary, a landscape table inside its page, the approval block last', async () => {
    const { pdf, orient } = await printed('progress-6m', { kind: 'half' });
    // Cover and summary portrait, the measures landscape, the closing portrait.
    expect(orient).toMatch(/^PP+L+P+$/);
    const pages = orient.length;
    expect(pdfText(pdf, 1, 1)).toContain('รายงานผลการดำเนินการ');
    expect(pdfText(pdf, 1, 1)).toContain('อำเภอเมือง จังหวัดลำปาง');
    expect(squeeze(pdfText(pdf, 2, 2))).toContain(squeeze('ดำเนินการแล้วเสร็จ ๓ มาตรการ (ร้อยละ ๒๑.๔๓)'));
    const first = orient.indexOf('L') + 1;
    const table = squeeze(pdfText(pdf, first, orient.lastIndexOf('L') + 1));
    for (const words of ['ตามแผน', 'เลื่อนเป็น', 'ยังไม่แล้วเสร็จ', '(ควรถึง๘๐%)', '(เพิ่มเติมระหว่างปี)', 'กำลังดำเนินการ']) expect(table).toContain(words);
    expect(pdfText(pdf, pages, pages)).toContain('ความเห็น/คำสั่งของผู้บริหาร');
    expect(pdfText(pdf, pages, pages)).toContain('(นางสาวสมใจ ใจดี)');
    for (const p of rightmostWords(pdf)) expect(p.right).toBeLessThan(p.width - 0.9 * 28.35);
    expect(readdirSync(OUT).filter((f) => f.startsWith('progress-6m-') && f.endsWith('.png'))).toHaveLength(pages);
  });

  test('twelve months and a day in February print the same way', async () => {
    for (const [name, round] of [
      ['progress-12m', { kind: 'year' }],
      ['progress-2026-02-10', { kind: 'date', day: { y: 2026, m: 2, d: 10 } }],
    ] as const) {
      const { pdf, orient } = await printed(name, round);
      expect(orient).toMatch(/^PP+L+P+$/);
      for (const p of rightmostWords(pdf)) expect(p.right).toBeLessThan(p.width - 0.9 * 28.35);
    }
  });

  test('a status that cannot be read: its own column in the per-division table, which stays inside the portrait page', async () => {
    const { pdf, orient } = await printed('progress-unread', { kind: 'half' }, (m) => withUnreadStatus(m, 6));
    expect(orient).toMatch(/^PP+L+P+$/);
    const summary = squeeze(pdfText(pdf, 2, orient.indexOf('L')));
    expect(summary).toContain(squeeze('อ่านสถานะที่หน่วยงานรายงานไม่ได้ ๑ มาตรการ (มาตรการที่ ๖)'));
    expect(summary).toContain(squeeze('สำนักปลัด ๑๐ ๒ ๓ ๑ ๓ ๑ ๐'));
    for (const p of rightmostWords(pdf)) expect(p.right).toBeLessThan(p.width - 0.9 * 28.35);
  });
});
