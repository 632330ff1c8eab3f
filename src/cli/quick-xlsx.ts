/**
 * Writing the workbooks `rollup` makes in bulk (each agency's pack, the national roll-up) with the
 * fastest deflate level: JSZip's default level costs about 80 ms of CPU per pack workbook more, for
 * files a few per cent smaller. Same atomic write as every other output.
 */
import type ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomic-write';
import type { FileStamp } from './workbook-file';

const FAST_ZIP = { compression: 'DEFLATE' as const, compressionOptions: { level: 1 } };

export function writeWorkbookQuickly(workbook: ExcelJS.Workbook, outPath: string, expected: FileStamp | null): Promise<void> {
  return writeFileAtomically(outPath, (temp) => workbook.xlsx.writeFile(temp, { zip: FAST_ZIP }), expected);
}
