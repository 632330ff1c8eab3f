/**
 * ExcelJS writes a print area 'A1:I117' as $A1:$I117 (only its columns fixed), which LibreOffice
 * does not take as a print area: it printed the whole analysis sheet, its chart's helper columns
 * and all, shrunk to one page wide. Given 'A$1:I$117' ExcelJS writes $A$1:$I$117. Applied to every
 * sheet just before a workbook is written, so people's own sheets keep their print areas too.
 */
import type ExcelJS from 'exceljs';

export function pinPrintAreas(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const area = ws.pageSetup.printArea;
    // ExcelJS joins a sheet's several print areas with '&&'.
    if (area) ws.pageSetup.printArea = area.split('&&').map(pinRows).join('&&');
  }
}

/** 'A1:I117' → 'A$1:I$117' (ExcelJS adds the '$' before each column). */
function pinRows(range: string): string {
  return range
    .split(':')
    .map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$1$$$2'))
    .join(':');
}
