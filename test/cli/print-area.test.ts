import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// JSZip comes with ExcelJS; used here to read workbook.xml.
import JSZip from 'jszip';
import { writeWorkbookAtomically } from '../../src/cli/atomic-write';
import { pinPrintAreas } from '../../src/cli/print-area';
import { writeWorkbookQuickly } from '../../src/cli/quick-xlsx';
import { renderWorkbook } from '../../src/cli/xlsx-render';
import { SheetBuilder } from '../../src/core/layout/builder';
import type { SheetSpec } from '../../src/core/layout/model';
import { toPdf } from '../tools/libreoffice';
import { describeWithPdf } from '../tools/pdf';

const dir = mkdtempSync(join(tmpdir(), 'ita-print-area-'));

/** Three columns to print, and a helper column further right that must not be printed. */
const SHEET: SheetSpec = {
  ...new SheetBuilder('การวิเคราะห์ผล ITA', 'replace', []).spec,
  rows: [['ในพื้นที่พิมพ์', 'คะแนน', 'ระดับ', null, 'คอลัมน์ช่วยของแผนภูมิ']],
  print: { landscape: false, fitToWidth: true, cols: 3 },
};

async function definedNames(path: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('xl/workbook.xml')!.async('string');
  return [...xml.matchAll(/<definedName [^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
}

describe('print areas', () => {
  test('rows fixed as well as columns, whatever form the area was given in; idempotent', () => {
    const wb = new ExcelJS.Workbook();
    const areas = ['A1:I117', '$B$2:$D$9', 'A1:B2&&D1:E2', 'C$3:F$4'];
    areas.forEach((a, i) => (wb.addWorksheet(`s${i}`).pageSetup.printArea = a));
    pinPrintAreas(wb);
    pinPrintAreas(wb);
    expect(wb.worksheets.map((ws) => ws.pageSetup.printArea)).toEqual(['A$1:I$117', 'B$2:D$9', 'A$1:B$2&&D$1:E$2', 'C$3:F$4']);
  });

  test("the file names the area with fixed rows, in our sheets and in a person's own; ExcelJS reads it back as written", async () => {
    const person = new ExcelJS.Workbook();
    person.addWorksheet('ของหน่วยงาน').pageSetup.printArea = 'B2:D9';
    const file = join(dir, 'person.xlsx');
    await person.xlsx.writeFile(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const out = join(dir, 'atomic.xlsx');
    await writeWorkbookAtomically(renderWorkbook({ sheets: [SHEET] }, wb), out, null);
    expect(await definedNames(out)).toEqual(["'ของหน่วยงาน'!$B$2:$D$9", "'การวิเคราะห์ผล ITA'!$A$1:$C$1"]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((ws) => ws.pageSetup.printArea)).toEqual(['B2:D9', 'A1:C1']);
  });

  describeWithPdf('LibreOffice', () => {
    test('prints the area only: the helper column further right is left out', async () => {
      const out = join(dir, 'quick.xlsx');
      await writeWorkbookQuickly(renderWorkbook({ sheets: [SHEET] }), out, null);
      const text = execFileSync('pdftotext', ['-layout', toPdf(out), '-'], { encoding: 'utf8' });
      expect(text).toContain('ในพื้นที่พิมพ์');
      expect(text).toContain('ระดับ');
      expect(text).not.toContain('คอลัมน์ช่วย');
    }, 120_000);
  });
});
