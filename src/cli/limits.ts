/**
 * The sizes the command line accepts, checked before a workbook or CSV is built in memory: an
 * agency's scores fill well under 200 rows and a plan a few hundred, while a million-row sheet
 * made ExcelJS run out of memory after minutes. Refusing early says which limit and why.
 */
import { ItaError } from '../core/errors';

export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  rows: 5_000,
  cols: 200,
  /** Cells of any kind, formatted-but-empty ones too: ExcelJS builds an object for each. */
  cells: 1_000_000,
} as const;

export type SheetLimit = 'rows' | 'cols' | 'cells';

const WHY = {
  th: 'ตารางคะแนนและแผนมาตรการ ITA มีไม่ถึงหนึ่งพันแถว ข้อมูลที่ใหญ่กว่านี้จะใช้หน่วยความจำจนโปรแกรมหยุดทำงาน',
  en: 'ITA scores and plans take under a thousand rows; anything larger would exhaust memory',
};

export function fileTooLarge(path: string, bytes: number): ItaError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ItaError(
    `ไฟล์ ${path} มีขนาด ${mb(bytes)} MB เกินขีดจำกัด ${mb(LIMITS.fileBytes)} MB (${WHY.th}) โปรดคัดลอกเฉพาะตารางคะแนนไปไว้ในไฟล์ใหม่`,
    `${path} is ${mb(bytes)} MB, over the ${mb(LIMITS.fileBytes)} MB limit (${WHY.en}); copy just the score table into a new file`,
  );
}

/** The scan stops at the first row or column past the limit, so the message gives the limit, not a count. */
export function sheetTooLarge(path: string, sheet: string, limit: SheetLimit, maxRows: number = LIMITS.rows): ItaError {
  const n = (x: number) => x.toLocaleString('en-US');
  const what = {
    rows: { th: `มีข้อมูลเกิน ${n(maxRows)} แถว ซึ่งเป็นขีดจำกัด`, en: `has data beyond row ${n(maxRows)}, the limit` },
    cols: { th: `มีข้อมูลเกิน ${n(LIMITS.cols)} คอลัมน์ ซึ่งเป็นขีดจำกัด`, en: `has data beyond column ${n(LIMITS.cols)}, the limit` },
    cells: {
      th: `มีเซลล์เกิน ${n(LIMITS.cells)} เซลล์ (รวมเซลล์ว่างที่จัดรูปแบบไว้) ซึ่งเป็นขีดจำกัด`,
      en: `has more than ${n(LIMITS.cells)} cells (formatted empty cells included), the limit`,
    },
  }[limit];
  return new ItaError(
    `แผ่นงาน "${sheet}" ในไฟล์ ${path} ${what.th} (${WHY.th}) โปรดลบแถวหรือคอลัมน์ที่ไม่ใช้ หรือคัดลอกเฉพาะตารางคะแนนไปไว้ในไฟล์ใหม่`,
    `Sheet "${sheet}" in ${path} ${what.en} (${WHY.en}); delete the unused rows or columns, or copy just the score table into a new file`,
  );
}
