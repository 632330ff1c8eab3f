/** Corrected scores make indicators pass: the command line keeps measures with work in them live and counts the rest. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COL, OBSOLETE_MARK } from '../../src/core/plan';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { scoreGrid } from '../core/examples';
import { readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-corrected-'));
const HEADER_ROW = 3;
const province = (indicators: number[]) => scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2568, indicators });

test('the summary, --json and the follow-up: worked measures stay live, untouched ones are counted as no longer needed', async () => {
  const out = join(dir, 'plan.xlsx');
  expect(
    (
      await run([
        'analyze',
        await writeXlsx(join(dir, 'first.xlsx'), [['คะแนน ITA', province([92.68, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 65, 72])]]),
        '--out',
        out,
      ])
    ).code,
  ).toBe(0);
  const wb = await readXlsx(out);
  const plan = wb.getWorksheet('มาตรการ ITA')!;
  const rows = readSheetGrid(plan).slice(HEADER_ROW);
  // The measures of indicator 4 (its line starts "4." / "๔."): one gets a status.
  const of4 = rows.map((_, k) => k).filter((k) => /^[4๔]\./.test(String(rows[k][COL.indicator])));
  expect(of4.length).toBeGreaterThanOrEqual(1);
  plan.getCell(HEADER_ROW + 1 + of4[0], COL.status + 1).value = 'กำลังดำเนินการ';
  await wb.xlsx.writeFile(out);
  const before = await run(['progress', out, '--round', '6', '--out', join(dir, 'before.docx')]);
  const corrected = await writeXlsx(join(dir, 'corrected.xlsx'), [['คะแนน ITA', province([92.68, 95.98, 98.84, 100, 94.09, 97.18, 95.62, 95.24, 100, 100])]]);
  const r = await run(['analyze', corrected, '--out', out, '--json']);
  expect(r.err).toBe('');
  const summary = JSON.parse(r.out);
  expect(summary.keptForWork).toBe(1);
  expect(summary.obsolete).toBeGreaterThanOrEqual(1);
  const text = await run(['analyze', corrected, '--out', join(dir, 'again.xlsx')]);
  expect(text.out).not.toContain('ไม่จำเป็นแล้ว / No longer needed');
  const after = readSheetGrid((await readXlsx(out)).getWorksheet('มาตรการ ITA')!).slice(HEADER_ROW);
  expect(after.filter((row) => String(row[COL.note] ?? '').startsWith(OBSOLETE_MARK))).toHaveLength(summary.obsolete);
  const worked = after.find((row) => row[COL.status] === 'กำลังดำเนินการ')!;
  expect(String(worked[COL.indicator])).toContain('ผ่านค่าเป้าหมายแล้วตามผลการวิเคราะห์ล่าสุด');
  // The follow-up still reports the worked measure.
  const progress = await run(['progress', out, '--round', '6', '--out', join(dir, 'after.docx')]);
  const total = (o: string) => Number(/มาตรการ \/ Measures: (\d+)/.exec(o)![1]);
  expect(total(progress.out)).toBe(total(before.out) - summary.obsolete);
});

test('the text summary says how many became no longer needed', async () => {
  const out = join(dir, 'text.xlsx');
  await run([
    'analyze',
    await writeXlsx(join(dir, 'first-text.xlsx'), [['คะแนน ITA', province([92.68, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 65, 72])]]),
    '--out',
    out,
  ]);
  const r = await run([
    'analyze',
    await writeXlsx(join(dir, 'corrected-text.xlsx'), [['คะแนน ITA', province([92.68, 95.98, 98.84, 100, 94.09, 97.18, 95.62, 95.24, 100, 100])]]),
    '--out',
    out,
  ]);
  expect(r.out).toMatch(/^ไม่จำเป็นแล้ว \/ No longer needed: [1-9]\d* มาตรการ \(คงไว้เพราะเริ่มดำเนินการแล้ว 0 \/ 0 kept, work had started\)$/m);
});
