/**
 * The sheets print usably from Excel and LibreOffice: the analysis sheet without its chart's helper
 * columns; the plan landscape to the page width, its header on every page, without the status
 * colours; the new-deadline column in Thai dates like the planned one.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers';

const EXAMPLE = join(__dirname, '../../examples/example-001-2568.xlsx');

test('example 001: print areas, repeated header, monochrome plan, Thai date format on the new deadline', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ita-print-')), 'ex1.xlsx');
  expect((await run(['analyze', EXAMPLE, '--out', out])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const analysis = wb.getWorksheet('การวิเคราะห์ผล ITA')!;
  expect(analysis.pageSetup.printArea).toMatch(/^A1:I\d+$/);
  const plan = wb.getWorksheet('มาตรการ ITA')!;
  expect(plan.pageSetup).toMatchObject({
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    blackAndWhite: true,
    printTitlesRow: '3:3',
  });
  // กำหนดแล้วเสร็จ (I) and กำหนดแล้วเสร็จใหม่ (J), blank until a division types a date.
  expect(plan.getCell('I4').numFmt).toBe('[$-107041E]d mmm yyyy');
  expect(plan.getCell('J4').value ?? '').toBe('');
  expect(plan.getCell('J4').numFmt).toBe('[$-107041E]d mmm yyyy');
});
