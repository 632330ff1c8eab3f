import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// JSZip comes with ExcelJS; used here to compare the parts of the two files.
import JSZip from 'jszip';
import { pinPrintAreas } from '../../src/cli/print-area';
import { workbookBytes, writeWorkbookQuickly } from '../../src/cli/quick-xlsx';
import { LIST_SHEET, renderWorkbook } from '../../src/cli/xlsx-render';
import { SheetBuilder } from '../../src/core/layout/builder';
import type { SheetModel, SheetSpec } from '../../src/core/layout/model';
import { buildPack } from '../../src/core/pack';
import { readAgencies } from '../../src/core/rollup';
import { ANALYSIS_SHEET, PLAN_SHEET } from '../../src/core/sheet-names';
import { agencyTable } from '../tools/agencies';
import { recalculatedSheets, withLibreOffice } from '../tools/libreoffice';

const { records } = readAgencies([{ name: 'ผลคะแนน', grid: agencyTable({ agencies: 2, years: [2567, 2568], items: true }) }]);
const record = records.find((r) => r.year === 2568)!;
const earlier = records.filter((r) => r.name === record.name && r.year < 2568);
const pack = buildPack(record, earlier, { digits: 'thai', today: { y: 2026, m: 12, d: 3 } });

/** What the pack does not hold: a list too long to write inline (the hidden list sheet), a formula over a date. */
const extra: SheetSpec = {
  ...new SheetBuilder('ตรวจสอบ', 'replace', []).spec,
  rows: [[{ date: '2025-09-30' }, { formula: '=A1+1' }, '=ข้อความ', 12.5]],
  validations: [
    { kind: 'list', rect: { row: 2, col: 1, rows: 5, cols: 1 }, values: Array.from({ length: 40 }, (_, i) => `กองที่ ${i + 1}`), strict: true },
    { kind: 'date', rect: { row: 2, col: 2, rows: 5, cols: 1 }, min: '2025-10-01', max: '2026-09-30' },
  ],
  print: { landscape: true, fitToWidth: true, cols: 3, repeatRow: 1 },
};
const MODEL: SheetModel = { sheets: [...pack.sheets, extra] };

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    // Only the file's creation time differs between two writes.
    out.set(name, (await zip.file(name)!.async('string')).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><'));
  }
  return out;
}

describe('writing a pack workbook quickly', () => {
  test("the same parts, byte for byte, as ExcelJS's own writer makes of the same model", async () => {
    const quick = await parts(await workbookBytes(renderWorkbook(MODEL)));
    const theirs = renderWorkbook(MODEL);
    pinPrintAreas(theirs);
    const exceljs = await parts(new Uint8Array(await theirs.xlsx.writeBuffer()));
    expect([...quick.keys()]).toEqual([...exceljs.keys()]);
    expect(quick.size).toBeGreaterThan(15);
    for (const [name, xml] of exceljs) expect([name, quick.get(name)]).toEqual([name, xml]);
    // The parts that matter are there: notes on the protected sheets, the hidden list sheet, shared strings.
    expect([...quick.keys()]).toEqual(expect.arrayContaining(['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/comments4.xml', 'xl/worksheets/sheet8.xml']));
    // Formulas are written without results: computed on open.
    expect(quick.get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  test('ExcelJS reads the file back: values, formulas, Thai B.E. dates, styles, validations, print titles', async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(new Uint8Array(await workbookBytes(renderWorkbook(MODEL))).buffer);
    expect(back.worksheets.map((w) => w.name)).toEqual([...MODEL.sheets.map((s) => s.name), LIST_SHEET]);
    const ws = back.getWorksheet('ตรวจสอบ')!;
    expect(ws.getCell('A1').value).toEqual(new Date(Date.UTC(2025, 8, 30)));
    expect(ws.getCell('A1').numFmt).toBe('[$-107041E]d mmm yyyy');
    expect(ws.getCell('B1').value).toEqual({ formula: 'A1+1' });
    expect(ws.getCell('C1').value).toBe('=ข้อความ');
    expect(ws.getCell('A2').dataValidation.formulae).toEqual([`'${LIST_SHEET}'!$A$1:$A$40`]);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.pageSetup.printArea).toBe('A1:C1');
    expect(back.getWorksheet(LIST_SHEET)!.state).toBe('hidden');
    expect(back.getWorksheet(ANALYSIS_SHEET)!.getCell('A1').font.name).toBe('Sarabun');
  });

  withLibreOffice('LibreOffice opens the file and recalculates its formulas', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ita-quick-'));
    try {
      const path = join(dir, 'pack.xlsx');
      await writeWorkbookQuickly(renderWorkbook(MODEL), path, null);
      const sheets = recalculatedSheets(path);
      expect([...sheets.keys()]).toEqual(expect.arrayContaining([ANALYSIS_SHEET, PLAN_SHEET, 'ตรวจสอบ']));
      // =A1+1 computed on open: the day after 30 September 2025 (a date, as its operand is).
      expect(sheets.get('ตรวจสอบ')![0].slice(1, 4)).toEqual(['10/01/2025', '=ข้อความ', '12.5']);
      expect(sheets.get(ANALYSIS_SHEET)!.flat().join(' ')).toContain(record.name);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
