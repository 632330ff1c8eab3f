/**
 * The analysis sheet's comparison with earlier years: the total and each indicator per year with
 * the change from the latest earlier year (▲/▼), a line chart over the years, and the sentences
 * ready for a report. Without earlier years, a line saying where to give them.
 */
import type { Analysis } from '../analysis-types';
import { HISTORY_SHEET } from '../sheet-names';
import { changeMark } from '../history/sentences';
import type { TrendRow, YearComparison } from '../forms/history-types';
import { COLORS, type SheetBuilder } from './builder';
import type { CellValue } from '../grid';

export const HISTORY_SECTION = 'ผลการประเมินเทียบกับปีที่ผ่านมา';
const SCORE = '0.00';

export function historySection(b: SheetBuilder, a: Analysis, at: { cols: number; chartCol: number }): void {
  b.blank();
  b.row([HISTORY_SECTION], { bold: true, fontSize: 12 });
  const h = a.history;
  if (!h) {
    b.row(
      [
        `ไม่พบผลการประเมินของปีก่อนในไฟล์นี้ หากต้องการเปรียบเทียบ ให้กรอกผลย้อนหลังในแผ่นงาน "${HISTORY_SHEET}" (แทรกแม่แบบคะแนนเพื่อสร้างแผ่นงานนี้) ` +
          'หรือเพิ่มคอลัมน์ของแต่ละปีในตารางคะแนน หรือวางตารางคะแนนของแต่ละปีไว้คนละแผ่นงานในไฟล์เดียวกัน',
      ],
      { italic: true },
    );
    return;
  }
  const changeCol = 3 + h.years.length;
  const header = b.header(['ตัวชี้วัดที่', 'ตัวชี้วัด', ...h.years.map((y) => `พ.ศ. ${y}`), 'เปลี่ยนแปลงจากปีก่อน']);
  const rows: CellValue[][] = [
    ...h.indicators.map((r) => [r.no, r.nameTh, ...r.values, changeMark(r)]),
    ['รวม', 'คะแนนรวม', ...h.total.values, changeMark(h.total)],
    ['', 'ระดับผลการประเมิน', ...h.levels.map((l) => l ?? '-'), ''],
  ];
  const table = b.table(rows, changeCol);
  b.style({ ...table, col: 3, cols: h.years.length }, { numberFormat: SCORE, hAlign: 'center' });
  b.style({ ...table, col: 1, cols: 1 }, { hAlign: 'center' });
  b.style({ row: table.row + 10, col: 1, rows: 2, cols: changeCol }, { bold: true, background: COLORS.band });
  [...h.indicators, h.total].forEach((r, k) => b.style({ row: table.row + k, col: changeCol, rows: 1, cols: 1 }, changeStyle(r, h)));
  lineChart(b, h, header, at.chartCol);

  for (const r of [h.total, ...h.indicators]) {
    const row = b.row([r.no ? `ตัวชี้วัดที่ ${r.no}` : 'คะแนนรวม', r.sentenceTh]);
    b.spec.merges.push({ row, col: 2, rows: 1, cols: at.cols - 1 });
    b.style({ row, col: 1, rows: 1, cols: at.cols }, { wrap: true, vAlign: 'top', border: true });
  }
  const lines = (texts: string[], italic: boolean) => {
    for (const text of texts) {
      const row = b.row([text], { wrap: true, vAlign: 'top', italic });
      b.spec.merges.push({ row, col: 1, rows: 1, cols: at.cols });
    }
  };
  lines(h.summaryTh, false);
  lines(h.notesTh, true);
}

/** A rise in green, a fall in red; a fall the plan answers first on amber. */
function changeStyle(r: TrendRow, h: YearComparison) {
  const base = { hAlign: 'center' as const, bold: true };
  if (r.trend === 'up') return { ...base, fontColor: COLORS.passText };
  if (r.trend !== 'down') return base;
  return r.no && h.rankedUp.includes(r.no) ? { ...base, fontColor: COLORS.failText, background: COLORS.amber } : { ...base, fontColor: COLORS.failText };
}

/** Chart data (a row per year: the total, then the ten indicators) beside the table, the chart under it. */
function lineChart(b: SheetBuilder, h: YearComparison, headerRow: number, col: number): void {
  b.put(headerRow, col, ['ปีงบประมาณ', 'คะแนนรวม', ...h.indicators.map((r) => `ตัวชี้วัดที่ ${r.no}`)]);
  h.years.forEach((y, k) => b.put(headerRow + 1 + k, col, [`พ.ศ. ${y}`, h.total.values[k], ...h.indicators.map((r) => r.values[k])]));
  const data = { row: headerRow, col, rows: h.years.length + 1, cols: 12 };
  b.style(data, { fontSize: 9, fontColor: '#666666' });
  const values = [h.total, ...h.indicators].flatMap((r) => r.values).filter((v): v is number => v !== null);
  b.spec.charts.push({
    kind: 'line',
    title: b.text(`คะแนนรวมและคะแนนรายตัวชี้วัด พ.ศ. ${h.years[0]}–${h.years[h.years.length - 1]}`),
    data,
    anchor: { row: headerRow + h.years.length + 2, col },
    width: 560,
    height: 320,
    axis: { min: Math.max(0, Math.min(90, Math.floor((Math.min(...values) - 5) / 10) * 10)), max: 100 },
  });
}
