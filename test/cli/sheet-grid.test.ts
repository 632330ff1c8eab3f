import ExcelJS from 'exceljs';
import { readSheetGrid } from '../../src/cli/sheet-grid';

describe('readSheetGrid', () => {
  test('used range as plain values, rectangular', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.getCell('A1').value = 98.29;
    ws.getCell('B1').value = { richText: [{ text: 'คะแนน' }, { text: 'รวม', font: { bold: true } }] };
    ws.getCell('C1').value = true;
    ws.getCell('A2').value = new Date(Date.UTC(2024, 9, 1));
    ws.getCell('B2').value = { formula: 'A1*2', result: 196.58 };
    ws.getCell('C2').value = { text: 'ลิงก์', hyperlink: 'https://example.org' };
    ws.getCell('D3').value = { error: '#N/A' };
    ws.getCell('A4').value = 'รวม';
    ws.mergeCells('A4:B4');
    ws.getCell('C5').value = '';
    ws.getCell('C5').font = { bold: true }; // styled but empty: not part of the used range
    expect(readSheetGrid(ws)).toEqual([
      [98.29, 'คะแนนรวม', true, null],
      [{ date: '2024-10-01' }, 196.58, 'ลิงก์', null],
      [null, null, null, '#N/A'],
      ['รวม', null, null, null],
    ]);
  });

  test('an empty sheet is an empty grid', () => {
    expect(readSheetGrid(new ExcelJS.Workbook().addWorksheet('e'))).toEqual([]);
  });
});
