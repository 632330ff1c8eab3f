/**
 * The documents as an executive receives them, printed by LibreOffice: example 001's report and
 * memo and both follow-up reports. Their date, and no page that holds signature lines alone.
 * Pages go to PNG under test/.artifacts/pages/ to look at. Skips loudly without soffice and poppler.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderProgressReport } from '../../src/report-docx/progress';
import { renderReport } from '../../src/report-docx/render';
import { GRID_001 } from '../core/examples';
import { followedModel } from '../core/progress/fixtures';
import { GRID_FAILING, reportOf } from '../core/report/fixtures';
import { describeWithPdf, docxToPdf, orientations, pdfText, sh } from '../tools/pdf';
import { readDocx } from './docx-text';
import { brokenWords, count } from './pdf-words';

const OUT = join(__dirname, '../../test/.artifacts/pages');

/** Each page's text as LibreOffice printed it. */
async function printed(name: string, bytes: Uint8Array): Promise<string[]> {
  const docx = join(OUT, `${name}.docx`);
  writeFileSync(docx, bytes);
  const pdf = docxToPdf(docx, OUT);
  const pages = orientations(pdf).length;
  sh('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, name)]);
  return Array.from({ length: pages }, (_, k) => pdfText(pdf, k + 1, k + 1));
}

/** Words of a signature block (its lines, titles, dotted lines) rather than running text. */
const SIGNATURE_WORDS = /\(ลงชื่อ\)|ตำแหน่ง|วันที่ [๐-๙0-9]|☐|ความเห็น|ผู้เสนอ|ผู้จัดทำ|การพิจารณาและอนุมัติ|\.{10,}/;

/**
 * Pages carrying a signature and no running text: no line of 30 characters or more outside the
 * signature blocks (a position wrapped onto its own short line does not count as text).
 */
function signatureOnlyPages(pages: string[]): number[] {
  return pages
    .map((text, k) => ({
      k: k + 1,
      lines: text
        .split('\n')
        .map((l) => l.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    }))
    .filter((p) => p.lines.some((l) => l.includes('(ลงชื่อ)')) && !p.lines.some((l) => l.length >= 30 && !SIGNATURE_WORDS.test(l)))
    .map((p) => p.k);
}

describeWithPdf('what the executive signs, printed by LibreOffice', () => {
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  test("example 001: the report and the memo dated the plan's approval day, signatures kept with text", async () => {
    const reportDocx = await renderReport(reportOf(GRID_001));
    const report = await printed('report-001', reportDocx);
    const memo = await printed('memo-001', await renderReport(reportOf(GRID_001, { form: 'memo' })));
    console.log(`report-001.pdf: ${report.length} pages, memo-001.pdf: ${memo.length} pages`);
    expect(report[0]).toContain('ตุลาคม ๒๕๖๘');
    expect(report.join('\n')).not.toMatch(/ธันวาคม ๒๕๖๙/);
    expect(memo[0]).toMatch(/วันที่\s+๑ ตุลาคม ๒๕๖๘/);
    expect(signatureOnlyPages(report)).toEqual([]);
    expect(signatureOnlyPages(memo)).toEqual([]);
    expect(report[report.length - 1]).toContain('วันที่ ๑ ตุลาคม ๒๕๖๘');
    // The measures table: eight measures on at most seven landscape pages (twelve before), in both forms.
    const part2 = (pages: string[]) => pages.findIndex((p, k) => k > 3 && p.includes('ส่วนที่ ๒ มาตรการ'));
    const closing = report.findIndex((p) => p.replace(/\s+/g, '').includes('ให้หน่วยงานที่รับผิดชอบดำเนินการตามมาตรการข้างต้น'));
    const tablePages = report.slice(part2(report), closing).length + (report[closing].includes('ตลอดปีงบประมาณ') ? 1 : 0);
    console.log(`measures table: ${tablePages} pages in the report, ${memo.length - part2(memo)} in the memo`);
    // Issue 20's seven, with the milestones in the follow-up column: 14 pt rows at 0.9 line spacing.
    expect(tablePages).toBeLessThanOrEqual(7);
    expect(memo.length - part2(memo)).toBeLessThanOrEqual(7);
    // Issue 20: no word of the measures part broken across lines ("ผู้รับผิด / ชอบ" in the header,
    // "ปีงบประม / าณ" in ระยะเวลาดำเนินการ): each appears on the pages as often as in the document,
    // the header once more on every page after the first.
    const lines = (await readDocx(reportDocx)).lines;
    // From the heading of Part 2 (the last line so named: the contents list names it first).
    const part2Text = lines.slice(lines.length - 1 - [...lines].reverse().findIndex((l) => l.startsWith('ส่วนที่ ๒ มาตรการ'))).join('\n');
    const pages = report.slice(part2(report)).join('\n');
    const headed = report.slice(part2(report)).filter((p) => count(p, 'ผลการวิเคราะห์ที่') > 0).length;
    console.log(`measures part: ${count(pages, 'ผู้รับผิดชอบ')} ผู้รับผิดชอบ, ${count(pages, 'ปีงบประมาณ')} ปีงบประมาณ on ${headed} pages with the header`);
    expect(headed).toBe(tablePages);
    expect(count(pages, 'ผู้รับผิดชอบ')).toBe(count(part2Text, 'ผู้รับผิดชอบ') + headed - 1);
    expect(count(pages, 'ปีงบประมาณ')).toBe(count(part2Text, 'ปีงบประมาณ'));
    expect(count(pages, 'ปีงบประมาณ')).toBeGreaterThanOrEqual(10);
    // The memo's attachments: "หน่วยงาน (ส่วนที่ ๒)" whole.
    const memoLines = memo
      .map((p) =>
        p
          .split('\n')
          .map((l) => l.trim())
          .join('\n'),
      )
      .join('\n');
    expect(memoLines).not.toMatch(/หน่วย\nงาน/);
    expect(memoLines).toMatch(/หน่วยงาน \(ส่วนที่ ๒\)/);
    expect(brokenWords(report)).toEqual([]);
    expect(brokenWords(memo)).toEqual([]);
  });

  test('no break inside a Latin word, a short parenthesis or an item code (a failing อบต.)', async () => {
    const report = (await printed('report-failing', await renderReport(reportOf(GRID_FAILING)))).join('\n');
    const half = (await printed('progress-failing', await renderProgressReport(followedModel({ kind: 'half' })))).join('\n');
    for (const text of [report, half]) {
      expect(text).toContain('E-Service');
      expect(text).not.toMatch(/\([A-Za-z]+[ \t]*$/m); // "(N" / "(E" at a line's end
      expect(text).not.toMatch(/\([ \t]*$/m); // "(" alone at a line's end: "ความคืบหน้า ๕๐% (" | "ควรถึง ๖๗%)"
      expect(text).not.toMatch(/[A-Za-z]-[ \t]*$/m); // "E-" | "Service"
      expect(text).not.toMatch(/\b[ieo] [๐-๙]/); // "o ๑๐"
    }
  });

  test('the follow-up reports: dated after their round, signatures kept with text', async () => {
    const half = await printed('progress-6m', await renderProgressReport(followedModel({ kind: 'half' })));
    const year = await printed('progress-12m', await renderProgressReport(followedModel({ kind: 'year' })));
    console.log(`progress-6m.pdf: ${half.length} pages, progress-12m.pdf: ${year.length} pages`);
    expect(half[0]).toContain('เมษายน ๒๕๖๙');
    expect(year[0]).toContain('ตุลาคม ๒๕๖๙');
    expect(half[half.length - 1]).toContain('วันที่ ๑ เมษายน ๒๕๖๙');
    expect(year[year.length - 1]).toContain('วันที่ ๑ ตุลาคม ๒๕๖๙');
    expect(signatureOnlyPages(half)).toEqual([]);
    expect(brokenWords(half)).toEqual([]);
    expect(brokenWords(year)).toEqual([]);
    expect(signatureOnlyPages(year)).toEqual([]);
  });
});
