/**
 * The `ผลย้อนหลัง` sheet: one row per earlier year (year, total, level, the ten indicators, the
 * tools), added beside the score template, or written into a new workbook with the years a run
 * compared, so the file carries its history with it.
 */
import { INDICATORS } from '../editions';
import { HISTORY_LABELS, HISTORY_TOOLS } from '../forms/history-form';
import { HISTORY_SHEET } from '../sheet-names';
import type { YearScores } from '../forms/history-types';
import { COLORS, SheetBuilder } from './builder';
import type { SheetSpec } from './model';
import type { CellValue } from '../grid';

const INPUT = '#fff2cc';
/** Rows ready for typing when the sheet is new: the three years before the template's year, then blanks. */
const ROWS = 8;

export function historyTemplate(year: number, filled: readonly YearScores[] = []): SheetSpec {
  const widths = [120, 90, 130, ...INDICATORS.map(() => 100), ...HISTORY_TOOLS.map(() => 90)];
  const b = new SheetBuilder(HISTORY_SHEET, 'replace', widths);
  b.title('ผลการประเมิน ITA ย้อนหลัง (กรอกเฉพาะช่องสีเหลือง ปีละหนึ่งแถว)', 8);
  b.row(
    [
      'ใช้เปรียบเทียบกับปีที่วิเคราะห์ในแผ่นงานการวิเคราะห์ผลและในรายงาน เว้นว่างช่องที่ไม่มีข้อมูลได้ ปี พ.ศ. 2561–2565 กรอกคะแนน EIT ในคอลัมน์ EIT ส่วนปีตั้งแต่ พ.ศ. 2566 กรอก EIT ส่วนที่ 1 และส่วนที่ 2',
    ],
    { italic: true },
  );
  const header = b.header([
    HISTORY_LABELS.year,
    HISTORY_LABELS.total,
    HISTORY_LABELS.level,
    ...INDICATORS.map((i) => `${i.no}. ${i.nameTh}`),
    ...HISTORY_TOOLS.map((t) => t.header),
  ]);
  const rows: CellValue[][] = filled.length
    ? filled.map((y) => [y.year, y.total, y.level, ...y.indicators, ...HISTORY_TOOLS.map((t) => y.tools[t.id] ?? null)])
    : [3, 2, 1].map((back) => [year - back]);
  while (rows.length < ROWS) rows.push([]);
  const width = widths.length;
  const table = b.table(
    rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    width,
  );
  b.style({ ...table, col: 1, cols: width }, { background: INPUT, wrap: false });
  b.style({ ...table, col: 1, cols: 1 }, { hAlign: 'center', numberFormat: '0' });
  b.style({ ...table, col: 2, cols: 1 }, { numberFormat: '0.00' });
  b.style({ ...table, col: 4, cols: width - 3 }, { numberFormat: '0.00' });
  // The total, then the indicators and tools: every score column but the level's.
  for (const rect of [
    { ...table, col: 2, cols: 1 },
    { ...table, col: 4, cols: width - 3 },
  ]) {
    b.spec.validations.push({ kind: 'number', rect, min: 0, max: 100, helpText: 'คะแนน 0–100' });
  }
  b.spec.frozenRows = header;
  b.spec.frozenCols = 1;
  b.spec.tabColor = COLORS.header;
  return b.spec;
}
