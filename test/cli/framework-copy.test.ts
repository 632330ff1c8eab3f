/** A framework given with --framework travels inside the workbook written: later commands on that workbook agree with the run that wrote it. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheetGrid } from '../../src/cli/sheet-grid';
import { writeReport } from '../../src/cli/report-command';
import { readFramework } from '../../src/core/framework';
import type { Grid } from '../../src/core/grid';
import { SCHOOL_NAME, SCHOOL_SCORES, schoolFrameworkGrid } from '../core/framework/school';
import { readXlsx, run, writeXlsx } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ita-framework-copy-'));

test('--framework then report and a later analyze: the same total as the run that wrote the workbook', async () => {
  const scores = await writeXlsx(join(dir, 'scores.xlsx'), [['คะแนน ITA', SCHOOL_SCORES]]);
  const framework = await writeXlsx(join(dir, 'framework.xlsx'), [['กรอบการประเมิน', schoolFrameworkGrid()]]);
  const out = join(dir, 'result.xlsx');
  const first = await run(['analyze', scores, '--framework', framework, '--out', out, '--json']);
  expect(first.err).toBe('');
  expect(JSON.parse(first.out).score).toBe(94.8);
  const wb = await readXlsx(out);
  const copied = readSheetGrid(wb.getWorksheet('กรอบการประเมิน')!);
  expect(readFramework([{ name: 'กรอบการประเมิน', grid: copied }])).toEqual(readFramework([{ name: 'กรอบการประเมิน', grid: schoolFrameworkGrid() }]));
  const { model } = await writeReport(out, { out: join(dir, 'report.docx'), form: 'report', digits: 'thai', audience: 'public' });
  expect(model.total).toBe(94.8);
  const again = await run(['analyze', out, '--json']);
  expect(JSON.parse(again.out)).toMatchObject({ score: 94.8, framework: { th: `กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: ${SCHOOL_NAME}` } });
});

test('a framework sheet renamed with words after its name is still found by its headers, and never read as scores', async () => {
  const both = join(dir, 'renamed.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('คะแนน ITA').addRows(SCHOOL_SCORES as unknown[][]);
  wb.addWorksheet('กรอบการประเมิน 2569 ของโรงเรียน').addRows(schoolFrameworkGrid() as Grid as unknown[][]);
  await wb.xlsx.writeFile(both);
  const r = await run(['analyze', both, '--out', join(dir, 'renamed-result.xlsx'), '--json']);
  expect(r.err).toBe('');
  expect(JSON.parse(r.out)).toMatchObject({ score: 94.8, framework: { th: `กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน 2569 ของโรงเรียน: ${SCHOOL_NAME}` } });
});
