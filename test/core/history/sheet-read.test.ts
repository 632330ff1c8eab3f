import { readHistorySheet } from '../../../src/core/history';
import { HISTORY_SHEET } from '../../../src/core/sheet-names';
import { historyTemplate } from '../../../src/core/layout/history-template';
import type { Grid } from '../../../src/core/grid';
import { ourSheetKind } from '../../../src/core/our-sheets';
import { specToGrid } from '../layout/sheet-grid';
import { LAMPHUN_2566, LAMPHUN_2567, YEAR_COLUMNS } from './fixtures';

/** The template as a coordinator fills it: Thai-digit text, a C.E. year, a dash for no figure. */
function filledTemplate(): Grid {
  const grid = specToGrid(historyTemplate(2568));
  const header = grid.findIndex((r) => r[0] === 'ปีงบประมาณ (พ.ศ.)');
  grid[header + 1] = ['๒๕๖๕', '', '', ...new Array(15).fill('')];
  grid[header + 2] = [
    '2566',
    '91.29',
    'ผ่านดี',
    ...LAMPHUN_2566.map((v) => String(v).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])),
    93.28,
    '-',
    95.4,
    91.6,
    88.13,
  ];
  grid[header + 3] = [2024, 93.99, '', ...LAMPHUN_2567, '', '', '', '', ''];
  return grid;
}

describe('the ผลย้อนหลัง sheet', () => {
  test('the template: title, the three years before, headers the reader and the sheet check both know', () => {
    const grid = specToGrid(historyTemplate(2568));
    expect(grid[0][0]).toBe('ผลการประเมิน ITA ย้อนหลัง (กรอกเฉพาะช่องสีเหลือง ปีละหนึ่งแถว)');
    expect(grid[2].slice(0, 5)).toEqual(['ปีงบประมาณ (พ.ศ.)', 'คะแนนรวม', 'ระดับผลการประเมิน', '1. การปฏิบัติหน้าที่', '2. การใช้งบประมาณ']);
    expect(grid[2].slice(13)).toEqual(['IIT', 'EIT (ปี 2561–2565)', 'EIT ส่วนที่ 1', 'EIT ส่วนที่ 2', 'OIT']);
    expect(grid.slice(3, 6).map((r) => r[0])).toEqual([2565, 2566, 2567]);
    // Rows with a year and nothing else are no result.
    expect(readHistorySheet(grid, HISTORY_SHEET)).toEqual([]);
    expect(ourSheetKind(HISTORY_SHEET, grid)).toBe('history');
    expect(ourSheetKind('ผลปีก่อน', grid)).toBe('history');
  });

  test('one row per year: Thai digits, a C.E. year, tools, a dash left blank; where each row came from', () => {
    const years = readHistorySheet(filledTemplate(), HISTORY_SHEET);
    expect(years.map((y) => [y.year, y.total, y.level, y.source.th])).toEqual([
      [2566, 91.29, 'ผ่านดี', 'แผ่นงาน "ผลย้อนหลัง" แถว 5'],
      [2567, 93.99, null, 'แผ่นงาน "ผลย้อนหลัง" แถว 6'],
    ]);
    expect(years[0].indicators).toEqual(LAMPHUN_2566);
    expect(years[0].tools).toEqual({ IIT: 93.28, EIT1: 95.4, EIT2: 91.6, OIT: 88.13 });
    expect(years[1].indicators).toEqual(LAMPHUN_2567);
    expect(years[1].tools).toEqual({});
  });

  test('a year the command line wrote back reads as it was given', () => {
    const given = readHistorySheet(filledTemplate(), HISTORY_SHEET);
    expect(readHistorySheet(specToGrid(historyTemplate(2568, given)), HISTORY_SHEET).map(({ source, ...y }) => y)).toEqual(given.map(({ source, ...y }) => y));
  });

  test('errors name the sheet and cell: a score out of range, text that is no number, a year that cannot be read', () => {
    const bad = (edit: (g: Grid) => void) => {
      const g = filledTemplate();
      edit(g);
      return () => readHistorySheet(g, HISTORY_SHEET);
    };
    expect(bad((g) => (g[4][5] = 120))).toThrow(
      'แผ่นงาน "ผลย้อนหลัง" เซลล์ F5: คะแนนอยู่นอกช่วง 0–100 (120) / sheet "ผลย้อนหลัง" cell F5: the score is outside 0–100 (120)',
    );
    expect(bad((g) => (g[5][3] = 'ดีมาก'))).toThrow('แผ่นงาน "ผลย้อนหลัง" เซลล์ D6: ไม่ใช่ตัวเลข ("ดีมาก")');
    expect(bad((g) => (g[5][0] = 'ปีที่แล้ว'))).toThrow('แผ่นงาน "ผลย้อนหลัง" เซลล์ A6: อ่านปีงบประมาณไม่ได้ ("ปีที่แล้ว") โปรดพิมพ์ปี พ.ศ. เช่น 2567');
  });

  test('typed the other way round, a column per year: every column is an earlier year', () => {
    const years = readHistorySheet(
      YEAR_COLUMNS.slice(0, 12).map((r) => r.slice(0, 4)),
      HISTORY_SHEET,
    );
    expect(years.map((y) => [y.year, y.indicators])).toEqual([
      [2566, LAMPHUN_2566],
      [2567, LAMPHUN_2567],
    ]);
  });
});
