import ExcelJS from 'exceljs';
import { renderWorkbook } from '../../src/cli/xlsx-render';
import { SheetBuilder } from '../../src/core/layout/builder';
import type { SheetSpec } from '../../src/core/layout/model';

function sheet(over: Partial<SheetSpec> & Pick<SheetSpec, 'name' | 'mode' | 'rows'>): SheetSpec {
  const base = new SheetBuilder(over.name, over.mode, []).spec;
  return { ...base, print: { landscape: false, fitToWidth: false }, ...over };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.worksheets[0];
}

/** A generated sheet with every step that runs after the styles: merge, wrapped rows, note and protection, hidden column. */
const REPORT = sheet({
  name: 'การวิเคราะห์ผล ITA',
  mode: 'replace',
  rows: [
    ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของเทศบาลตำบลตัวอย่าง ซึ่งยาวพอที่จะตัดขึ้นบรรทัดใหม่', null, null],
    ['ตัวชี้วัด', 'คะแนน', 'วันที่'],
    ['การปฏิบัติหน้าที่', 91.25, { date: '2025-09-30' }],
    ['การใช้งบประมาณ', 78.5, { date: '2025-10-01' }],
  ],
  colWidths: [120, 80, 100],
  styles: [
    { rect: { row: 1, col: 1, rows: 1, cols: 3 }, style: { bold: true, fontSize: 16, wrap: true } },
    { rect: { row: 2, col: 1, rows: 1, cols: 3 }, style: { background: '#1f4e79', fontColor: '#ffffff', border: true } },
    { rect: { row: 3, col: 2, rows: 2, cols: 1 }, style: { numberFormat: '0.00' } },
    // A later run on part of the header gives those cells a look of their own.
    { rect: { row: 2, col: 3, rows: 1, cols: 1 }, style: { hAlign: 'center' } },
  ],
  merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
  hiddenCols: [3],
  rewritten: true,
});

describe('cell styles', () => {
  test('cells of a new sheet that look alike share one style object, and each cell keeps its own look through merges, wrapped rows, the note and protection', async () => {
    const ws = renderWorkbook({ sheets: [REPORT] }).getWorksheet(REPORT.name)!;
    // Shared: ExcelJS's writer then serialises each look once, not each cell.
    expect(ws.getCell('A3').style).toBe(ws.getCell('A4').style);
    expect(ws.getCell('B3').style).toBe(ws.getCell('B4').style);
    expect(ws.getCell('A2').style).toBe(ws.getCell('B2').style);
    expect(ws.getCell('C3').style).toBe(ws.getCell('C4').style);
    expect(ws.getCell('A3').style).not.toBe(ws.getCell('B3').style);
    expect(ws.getCell('C2').style).not.toBe(ws.getCell('B2').style);
    expect(ws.getCell('B3').style).not.toBe(ws.getCell('C3').style);

    const back = await roundTrip(ws.workbook);
    expect(back.getCell('A1').font).toEqual({ name: 'Sarabun', size: 16, bold: true });
    expect(back.getCell('A1').alignment).toEqual({ wrapText: true });
    expect(back.getCell('A1').note).toBeTruthy();
    expect(back.getRow(1).height).toBeGreaterThan(15);
    expect(back.getCell('A2').font).toEqual({ name: 'Sarabun', size: 11, color: { argb: 'FFFFFFFF' } });
    expect(back.getCell('A2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(back.getCell('A2').alignment).toBeUndefined();
    expect(back.getCell('C2').alignment).toEqual({ horizontal: 'center' });
    expect(back.getCell('C2').border).toEqual(back.getCell('A2').border);
    expect(back.getCell('A3').font).toEqual({ name: 'Sarabun', size: 11 });
    expect(back.getCell('A3').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(back.getCell('A3').border).toEqual({});
    expect(back.getCell('A3').numFmt).toBeUndefined();
    expect(back.getCell('B3').numFmt).toBe('0.00');
    expect(back.getCell('C3').numFmt).toBe('[$-107041E]d mmm yyyy');
    expect(back.getCell('C4').numFmt).toBe('[$-107041E]d mmm yyyy');
    expect(back.getCell('B4').value).toBe(78.5);
  });

  test("a new sheet's rows and columns share one empty style; an existing sheet's keep their own", async () => {
    const ws = renderWorkbook({ sheets: [REPORT] }).getWorksheet(REPORT.name)!;
    const rowStyle = (r: number) => (ws.getRow(r) as unknown as { style: object }).style;
    const colStyle = (c: number) => (ws.getColumn(c) as unknown as { style: object }).style;
    expect(rowStyle(1)).toEqual({});
    expect(rowStyle(1)).toBe(rowStyle(4));
    expect(colStyle(1)).toBe(rowStyle(4));
    expect(colStyle(3)).toBe(rowStyle(4));

    const person = new ExcelJS.Workbook();
    person.addWorksheet(REPORT.name).getCell('E5').value = 'พิมพ์เอง';
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(await person.xlsx.writeBuffer());
    const update = { ...REPORT, mode: 'update' as const, rewritten: false };
    const kept = renderWorkbook({ sheets: [update] }, file).getWorksheet(REPORT.name)!;
    const keptStyle = (r: number) => (kept.getRow(r) as unknown as { style: object }).style;
    expect(keptStyle(1)).not.toBe(keptStyle(3));
    expect(keptStyle(1)).not.toBe(keptStyle(5));
  });

  test('an update sheet the workbook does not have yet is new too: alike cells share a style', () => {
    const plan = sheet({
      name: 'มาตรการ ITA',
      mode: 'update',
      rows: [
        ['มาตรการ', 'สถานะ'],
        ['ก', 'ยังไม่ดำเนินการ'],
        ['ข', 'ยังไม่ดำเนินการ'],
      ],
      styles: [{ rect: { row: 2, col: 1, rows: 2, cols: 2 }, style: { wrap: true } }],
    });
    const ws = renderWorkbook({ sheets: [plan] }).getWorksheet(plan.name)!;
    expect(ws.getCell('A2').style).toBe(ws.getCell('B3').style);
    expect(ws.getCell('A2').alignment).toEqual({ wrapText: true });
  });

  test('restyling a cell of an existing sheet leaves the other cells that had the same format in the file as they were', async () => {
    const person = new ExcelJS.Workbook();
    const own = person.addWorksheet('มาตรการ ITA');
    for (const a of ['A1', 'B1', 'E9']) {
      own.getCell(a).value = `พิมพ์เอง ${a}`;
      own.getCell(a).font = { name: 'Angsana New', italic: true };
    }
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(await person.xlsx.writeBuffer());
    // ExcelJS reads cells of one format into one style object: the trap restyling must avoid.
    const read = file.getWorksheet('มาตรการ ITA')!;
    expect(read.getCell('A1').style).toBe(read.getCell('E9').style);

    const update = sheet({
      name: 'มาตรการ ITA',
      mode: 'update',
      rows: [['มาตรการ']],
      styles: [{ rect: { row: 1, col: 1, rows: 1, cols: 1 }, style: { bold: true, background: '#ff0000' } }],
    });
    const back = await roundTrip(renderWorkbook({ sheets: [update] }, file));
    // The restyled cell keeps the italic a person chose and takes the run's bold and fill.
    expect(back.getCell('A1').font).toEqual({ name: 'Sarabun', size: 11, italic: true, bold: true });
    expect(back.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } });
    for (const a of ['B1', 'E9']) {
      expect(back.getCell(a).font).toEqual({ name: 'Angsana New', italic: true });
      expect(back.getCell(a).fill).toEqual({ type: 'pattern', pattern: 'none' });
      expect(back.getCell(a).value).toBe(`พิมพ์เอง ${a}`);
    }
  });
});
