/**
 * Writing the workbooks `rollup` makes in bulk (each agency's pack, the national roll-up): ExcelJS
 * makes every part of the file, as it does for every other workbook we write, and zipFiles
 * (Node's zlib, useNativeZip) zips them at the fastest level. ExcelJS's own zip (JSZip: a stream of workers through a
 * UTF-8 encoder, a CRC probe and a JavaScript deflate) cost more than making the parts did.
 * Same atomic write as every other output.
 */
import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomic-write';
import { pinPrintAreas } from './print-area';
import type { FileStamp } from './workbook-file';
import { type ZipFile, zipFiles } from '../report-docx/zip';

export function writeWorkbookQuickly(workbook: ExcelJS.Workbook, outPath: string, expected: FileStamp | null): Promise<void> {
  return writeFileAtomically(outPath, async (temp) => writeFile(temp, await workbookBytes(workbook)), expected);
}

/** What ExcelJS's writer hands each part to: the zip's `append`. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}
type Model = ExcelJS.Workbook['model'];
type AddPart = (zip: PartSink, model: Model) => unknown;

/**
 * The steps of ExcelJS's `xlsx.write` (exceljs/lib/xlsx/xlsx.js, 4.x), which its type
 * definitions leave out: the model prepared once, then each part added, in the same order.
 */
interface XlsxWriter {
  prepareModel(model: Model, options: object): void;
  addContentTypes: AddPart;
  addOfficeRels: AddPart;
  addWorkbookRels: AddPart;
  addWorksheets: AddPart;
  addSharedStrings: AddPart;
  addDrawings: AddPart;
  addTables: AddPart;
  addThemes: AddPart;
  addStyles: AddPart;
  addMedia: AddPart;
  addApp: AddPart;
  addCore: AddPart;
  addWorkbook: AddPart;
}

/** The .xlsx file's bytes: the parts ExcelJS writes, in its order. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const xlsx = workbook.xlsx as unknown as XlsxWriter;
  pinPrintAreas(workbook);
  const { model } = workbook;
  const files: ZipFile[] = [];
  const zip: PartSink = {
    append(data, { name, base64 }) {
      files.push({ name, data: typeof data !== 'string' ? data : Buffer.from(data, base64 ? 'base64' : 'utf8') });
    },
  };
  xlsx.prepareModel(model, {});
  // Shared strings after the worksheets, which fill them; the workbook last, as ExcelJS does.
  const steps: AddPart[] = [
    xlsx.addContentTypes,
    xlsx.addOfficeRels,
    xlsx.addWorkbookRels,
    xlsx.addWorksheets,
    xlsx.addSharedStrings,
    xlsx.addDrawings,
    xlsx.addTables,
    xlsx.addThemes,
    xlsx.addStyles,
    xlsx.addMedia,
    xlsx.addApp,
    xlsx.addCore,
    xlsx.addWorkbook,
  ];
  for (const step of steps) await step.call(xlsx, zip, model);
  return zipFiles(files, { level: 1 });
}
