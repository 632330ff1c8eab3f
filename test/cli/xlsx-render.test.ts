import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SheetBuilder } from '../../src/core/layout/builder';
// JSZip comes with ExcelJS; used here only to look at the raw sheet XML.
import JSZip from 'jszip';
import { CELL_TEXT_MAX, CUT_MARK, LIST_SHEET, chartNotes, renderWorkbook } from '../../src/cli/xlsx-render';
import type { Label } from '../../src/core/errors';
import type { SheetModel, SheetSpec } from '../../src/core/layout/model';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-xlsx-'));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const LONG_LIST = Array.from({ length: 40 }, (_, i) => `หน่วยงานย่อยลำดับที่ ${i + 1}`);

function sheet(over: Partial<SheetSpec> & Pick<SheetSpec, 'name' | 'mode' | 'rows'>): SheetSpec {
  const base = new SheetBuilder(over.name, over.mode, []).spec;
  return { ...base, print: { landscape: false, fitToWidth: false }, ...over };
}

const summary = sheet({
  name: 'สรุป',
  mode: 'replace',
  rows: [['รายงานผล ITA'], ['ข้อความ', '=1+1', '@SUM(A1)', true, '+5', '-3'], [{ date: '2025-10-01' }, 42.5, { formula: '=B3*2' }, null, 7]],
  colWidths: [140, 70, 280],
  frozenRows: 2,
  frozenCols: 1,
  styles: [
    { rect: { row: 1, col: 1, rows: 1, cols: 4 }, style: { bold: true, fontSize: 14, fontColor: '#0b3d66' } },
    {
      rect: { row: 2, col: 1, rows: 1, cols: 6 },
      style: { background: '#1f4e79', fontColor: '#ffffff', hAlign: 'center', vAlign: 'middle', wrap: true, border: true },
    },
    // A later run adds to (not replaces) the earlier one on the same cells.
    { rect: { row: 2, col: 1, rows: 1, cols: 1 }, style: { italic: true } },
    { rect: { row: 3, col: 2, rows: 1, cols: 1 }, style: { numberFormat: '0.00' } },
  ],
  merges: [{ row: 1, col: 1, rows: 1, cols: 4 }],
  validations: [
    { kind: 'list', rect: { row: 5, col: 1, rows: 6, cols: 1 }, values: ['ผ่าน', 'ไม่ผ่าน'], strict: true, helpText: 'เลือกผลการประเมิน' },
    { kind: 'list', rect: { row: 5, col: 2, rows: 6, cols: 1 }, values: LONG_LIST, strict: false },
    { kind: 'listFromRange', rect: { row: 5, col: 3, rows: 6, cols: 1 }, sheet: 'ข้อมูล', a1: 'A2:A20', values: ['x'], strict: true },
    { kind: 'number', rect: { row: 5, col: 4, rows: 6, cols: 1 }, min: 0, max: 100, helpText: 'คะแนน 0–100' },
    { kind: 'date', rect: { row: 5, col: 5, rows: 6, cols: 1 }, min: '2024-10-01', max: '2025-09-30' },
  ],
  conditional: [{ rect: { row: 3, col: 2, rows: 1, cols: 1 }, formula: '=B3>40', background: '#f4cccc', fontColor: '#990000' }],
  charts: [{ kind: 'bar', title: 'คะแนนรายตัวชี้วัด', data: { row: 1, col: 1, rows: 3, cols: 2 }, anchor: { row: 12, col: 1 }, width: 600, height: 300 }],
  print: { landscape: true, fitToWidth: true },
  tabColor: '#1f4e79',
});

const input = sheet({
  name: 'ข้อมูล',
  mode: 'update',
  rows: [['หัวข้อใหม่', 'คะแนน'], ['แถวสอง']],
  validations: [{ kind: 'number', rect: { row: 2, col: 2, rows: 30, cols: 1 }, min: 0, max: 100 }],
});

const MODEL: SheetModel = { sheets: [summary, input] };

/** A workbook as a person left it: our sheets plus one of theirs, in their order. */
function existingWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('ข้อมูล');
  data.getCell('A1').value = 'หัวข้อเก่า';
  data.getCell('B2').value = 'ค่าเก่าในสี่เหลี่ยมของแบบ';
  data.getCell('F1').value = 'keep me';
  data.getCell('A30').value = 'typed below';
  // A person's own validation crossing rows 9 → 10, where ExcelJS's writer sorts badly.
  data.getCell('G1').value = 'x';
  for (let r = 2; r <= 15; r++) data.getCell(r, 7).dataValidation = { type: 'whole', operator: 'between', formulae: [1, 5], allowBlank: true };
  wb.addWorksheet('สรุป').getCell('Z99').value = 'stale';
  wb.addWorksheet('อื่น ๆ').getCell('A1').value = 'other';
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook, name = 'out.xlsx'): Promise<{ wb: ExcelJS.Workbook; path: string }> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  return { wb: back, path };
}

/** The raw XML of the one worksheet file containing `marker`. */
async function worksheetXml(path: string, marker: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const files = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xmls = await Promise.all(files.map((f) => zip.file(f)!.async('string')));
  const found = xmls.filter((x) => x.includes(marker));
  expect(found).toHaveLength(1);
  return found[0];
}

function sqrefs(xml: string): string[] {
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
}

describe('renderWorkbook', () => {
  test('values: text that looks like a formula stays text; dates, numbers, formulas, booleans', async () => {
    const { wb, path } = await roundTrip(renderWorkbook(MODEL));
    const ws = wb.getWorksheet('สรุป')!;
    expect(ws.getCell('B2').value).toBe('=1+1');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toBe('@SUM(A1)');
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E2').value).toBe('+5');
    expect(ws.getCell('F2').value).toBe('-3');
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('A3').value).toEqual(new Date(Date.UTC(2025, 9, 1)));
    expect(ws.getCell('A3').numFmt).toBe('[$-107041E]d mmm yyyy'); // Thai months, B.E. years in Excel and LibreOffice
    expect(ws.getCell('B3').value).toBe(42.5);
    expect(ws.getCell('C3').type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('C3').formula).toBe('B3*2');
    expect(ws.getCell('D3').value).toBeNull();
    // Formulas carry no cached result, so Excel is told to compute them on open.
    const workbookXml = await (await JSZip.loadAsync(await readFile(path))).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test('fonts, styles, merges, widths, frozen panes, print setup, tab colour', async () => {
    const { wb } = await roundTrip(renderWorkbook(MODEL));
    const ws = wb.getWorksheet('สรุป')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Sarabun', size: 14, bold: true, color: { argb: 'FF0B3D66' } });
    expect(ws.getCell('E3').font).toMatchObject({ name: 'Sarabun', size: 11 });
    const header = ws.getCell('A2');
    expect(header.font).toMatchObject({ name: 'Sarabun', italic: true, color: { argb: 'FFFFFFFF' } });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(header.border.top?.style).toBe('thin');
    expect(header.border.right?.style).toBe('thin');
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('D1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(3).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(wb.getWorksheet('ข้อมูล')!.views[0]).toMatchObject({ state: 'normal' });
  });

  test('data validations of every kind, with Thai messages', async () => {
    const { wb } = await roundTrip(renderWorkbook(MODEL));
    const ws = wb.getWorksheet('สรุป')!;
    const list = ws.getCell('A10').dataValidation;
    expect(list).toMatchObject({ type: 'list', formulae: ['"ผ่าน,ไม่ผ่าน"'], showErrorMessage: true, prompt: 'เลือกผลการประเมิน', showInputMessage: true });
    expect(list.errorTitle).toMatch(/[ก-๙]/);
    expect(list.error).toMatch(/[ก-๙]/);
    expect(list.errorStyle).toBeUndefined(); // strict: stop

    // Over 255 characters inline: the list moves to a hidden sheet.
    const long = ws.getCell('B5').dataValidation;
    expect(long.type).toBe('list');
    expect(long.formulae).toEqual([`'${LIST_SHEET}'!$A$1:$A$${LONG_LIST.length}`]);
    expect(long.errorStyle).toBe('warning');
    const lists = wb.getWorksheet(LIST_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect(lists.getColumn(1).values.slice(1)).toEqual(LONG_LIST);

    expect(ws.getCell('C7').dataValidation).toMatchObject({ type: 'list', formulae: ["'ข้อมูล'!$A$2:$A$20"], showErrorMessage: true });
    expect(ws.getCell('D5').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100], prompt: 'คะแนน 0–100' });
    const date = ws.getCell('E5').dataValidation;
    expect(date).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true });
    expect(date.formulae).toEqual([new Date(Date.UTC(2024, 9, 1)), new Date(Date.UTC(2025, 8, 30))]);
    expect(date.error).toContain('2567'); // the range in Thai (Buddhist-era) dates
    expect(ws.getCell('A11').dataValidation).toBeUndefined();
  });

  test('conditional formatting by a custom formula', async () => {
    const { wb } = await roundTrip(renderWorkbook(MODEL));
    const cfs = (wb.getWorksheet('สรุป') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('B3');
    const rule = cfs[0].rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe('expression');
    expect(rule.formulae).toEqual(['B3>40']);
    expect(rule.style?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4CCCC' } });
    expect(rule.style?.font?.color).toMatchObject({ argb: 'FF990000' });
  });

  test('replace keeps the tab position; update writes only the model rectangle', async () => {
    const { wb } = await roundTrip(renderWorkbook(MODEL, existingWorkbook()));
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['ข้อมูล', 'สรุป', 'อื่น ๆ']);
    expect(wb.getWorksheet('สรุป')!.getCell('Z99').value).toBeNull(); // replaced
    const data = wb.getWorksheet('ข้อมูล')!;
    expect(data.getCell('A1').value).toBe('หัวข้อใหม่');
    expect(data.getCell('B2').value).toBeNull(); // inside the model's rectangle: cleared
    expect(data.getCell('F1').value).toBe('keep me');
    expect(data.getCell('A30').value).toBe('typed below');
    expect(data.getCell('B31').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(data.getCell('G12').dataValidation).toMatchObject({ type: 'whole', formulae: [1, 5] });
    expect(wb.getWorksheet('อื่น ๆ')!.getCell('A1').value).toBe('other');
  });

  test('rendering a read-back workbook again stacks nothing and writes no overlapping validations', async () => {
    const first = await roundTrip(renderWorkbook(MODEL, existingWorkbook()), 'first.xlsx');
    const second = await roundTrip(renderWorkbook(MODEL, first.wb), 'second.xlsx');
    const xml = await worksheetXml(second.path, 'type="whole"');
    expect(sqrefs(xml).sort()).toEqual(['B2:B31', 'G2:G15']);
    expect(second.wb.getWorksheet(LIST_SHEET)!.columnCount).toBe(1); // the long list was reused
    const cfs = (second.wb.getWorksheet('สรุป') as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
  });

  test("an 'update' sheet with a merged title keeps its title and subtitle on the second and third render", async () => {
    // The plan sheet's shape: a title merged across columns, a subtitle, a wider table below.
    const plan = sheet({
      name: 'แผน',
      mode: 'update',
      rows: [['มาตรการ ประจำปี 2569'], ['หน่วยงาน · คะแนนรวม 96.47'], ['ลำดับ', 'มาตรการ', 'สถานะ', 'หมายเหตุ'], [1, 'เผยแพร่ข้อมูล', 'เสร็จแล้ว', null]],
      merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
    });
    let wb = (await roundTrip(renderWorkbook({ sheets: [plan] }), 'r1.xlsx')).wb;
    for (const run of ['r2.xlsx', 'r3.xlsx']) {
      wb = (await roundTrip(renderWorkbook({ sheets: [plan] }, wb), run)).wb;
      const ws = wb.getWorksheet('แผน')!;
      expect(ws.getCell('A1').value).toBe('มาตรการ ประจำปี 2569');
      expect(ws.getCell('A2').value).toBe('หน่วยงาน · คะแนนรวม 96.47');
      expect(ws.getCell('C1').master.address).toBe('A1');
      expect(ws.getCell('C4').value).toBe('เสร็จแล้ว');
    }
  });

  test('a merge the model now writes into is ended rather than overwriting its first cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.getCell('A1').value = 'old title';
    ws.mergeCells('A1:C1');
    renderWorkbook({ sheets: [sheet({ name: 'แผน', mode: 'update', rows: [['ก', 'ข', 'ค']] })] }, wb);
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual(['ก', 'ข', 'ค']);
  });

  test("text over Excel's 32,767 characters is cut with a visible mark, and the sheet and cell are named", async () => {
    const notices: Label[] = [];
    const huge = 'ก'.repeat(5 * 1024 * 1024);
    const model = {
      sheets: [
        sheet({
          name: 'คะแนน ITA',
          mode: 'replace',
          rows: [
            ['หมายเหตุ', huge],
            ['ok', 'สั้น'],
          ],
        }),
      ],
    };
    const { wb } = await roundTrip(renderWorkbook(model, undefined, (n) => notices.push(n)));
    const cell = wb.getWorksheet('คะแนน ITA')!.getCell('B1').value as string;
    expect(cell).toHaveLength(CELL_TEXT_MAX);
    expect(cell.endsWith(CUT_MARK)).toBe(true);
    expect(cell.startsWith('กกก')).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0].th).toContain('แผ่นงาน "คะแนน ITA" เซลล์ B1');
    expect(notices[0].th).toContain('5,242,880');
    expect(notices[0].en).toContain('Sheet "คะแนน ITA" cell B1');
  });

  test('chartNotes: one Thai + English sentence per chart', () => {
    const notes = chartNotes(MODEL);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('คะแนนรายตัวชี้วัด');
    expect(notes[0]).toContain('Google Sheets only');
    expect(notes[0]).toMatch(/แผนภูมิ/);
  });
});
