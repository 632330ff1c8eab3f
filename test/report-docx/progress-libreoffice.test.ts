/**
 * The follow-up report opens in LibreOffice: converted to PDF (TH Sarabun New drawn as Laksaman,
 * fonts.conf), pages rendered to PNG under test/.artifacts/progress/ to look at. Skips loudly
 * without soffice and the poppler tools.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderProgressReport } from '../../src/report-docx/progress';
import { followedModel } from '../core/progress/fixtures';

const OUT = join(__dirname, '../../test/.artifacts/progress');
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const missing = [['soffice', '--version'], ['pdftoppm', '-v'], ['pdfinfo', '-v'], ['pdftotext', '-v']].filter(([c, a]) => !has(c, a)).map(([c]) => c);
if (missing.length) console.warn(`FOLLOW-UP REPORT RENDERING TEST SKIPPED: not installed: ${missing.join(', ')}`);
const describeOffice = missing.length ? describe.skip : describe;

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
}

describeOffice('the follow-up report in LibreOffice', () => {
  test('six months: cover, summary, a landscape table that fits its page, the approval block last', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const model = followedModel({ kind: 'half' }, { fields: [['ชื่อผู้จัดทำ', 'นางสาวสมใจ ใจดี'], ['อำเภอ', 'เมือง'], ['จังหวัด', 'ลำปาง']] });
    const docx = join(OUT, 'progress-6m.docx');
    writeFileSync(docx, await renderProgressReport(model));
    const env = { ...process.env, FONTCONFIG_FILE: join(__dirname, 'fonts.conf') };
    const profile = `file://${join(tmpdir(), `ita-lo-progress-${process.pid}`)}`;
    sh('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], env);
    const pdf = join(OUT, 'progress-6m.pdf');

    const pages = Number(/Pages:\s+(\d+)/.exec(sh('pdfinfo', [pdf]))![1]);
    const sizes = sh('pdfinfo', ['-f', '1', '-l', String(pages), pdf]).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/g)!;
    const orient = sizes.map((s) => /size:\s+([\d.]+) x ([\d.]+)/.exec(s)!).map((m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P')).join('');
    console.log(`progress-6m.pdf: ${pages} pages (${orient})`);
    // Cover and summary portrait, the measures landscape, the closing portrait.
    expect(orient).toMatch(/^PP+L+P+$/);
    const text = (first: number, last: number) => sh('pdftotext', ['-layout', '-f', String(first), '-l', String(last), pdf, '-']);
    expect(text(1, 1)).toContain('รายงานผลการดำเนินการ');
    expect(text(1, 1)).toContain('อำเภอเมือง จังหวัดลำปาง');
    const landscape = [...orient].map((o, k) => (o === 'L' ? k + 1 : 0)).filter(Boolean);
    // pdftotext splits Thai words around vowels and at cell line breaks: compared without spaces.
    const table = text(landscape[0], landscape[landscape.length - 1]).replace(/\s+/g, '');
    for (const words of ['ตามแผน', 'เลื่อนเป็น', 'เกินกำหนด', '(เพิ่มเติมระหว่างปี)', 'กำลังดำเนินการ']) expect(table).toContain(words.replace(/\s+/g, ''));
    expect(text(pages, pages)).toContain('ความเห็น/คำสั่งของผู้บริหาร');
    expect(text(pages, pages)).toContain('(นางสาวสมใจ ใจดี)');
    // Nothing drawn past the right margin: every word's box ends inside the page.
    const boxes = sh('pdftotext', ['-bbox', pdf, '-']);
    const pageWidths = [...boxes.matchAll(/<page width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const pagesXml = boxes.split('<page ').slice(1);
    pagesXml.forEach((p, k) => {
      const right = Math.max(0, ...[...p.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
      expect(right).toBeLessThan(pageWidths[k] - 0.9 * 28.35); // inside the 2 cm right margin, give or take
    });

    sh('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, 'page')]);
    expect(readdirSync(OUT).filter((f) => f.startsWith('page'))).toHaveLength(pages);
  });
});
