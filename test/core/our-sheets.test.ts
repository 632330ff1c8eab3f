import { type CellValue, type Grid, isFormulaValue } from '../../src/core/grid';
import { isGeneratedSheet, isOurWorkbook, ourSheetKind } from '../../src/core/our-sheets';
import { LIST_SHEET, VIEW_PREFIX as DIVISION_VIEW_PREFIX } from '../../src/core/sheet-names';
import { runPipeline } from '../../src/core/pipeline';
import { readScoreSheet } from '../../src/core/sheet-input';
import { SETTINGS_HEADER } from '../../src/core/settings';
import { GRID_001 } from './examples';

/** A generated sheet as it reads back from a file: formulas show as their (absent) results. */
const asGrid = (rows: CellValue[][]): Grid => rows.map((r) => r.map((v) => (isFormulaValue(v) ? null : v)));
const run = runPipeline({ grid: GRID_001, sheetName: 'คะแนน ITA' });
const sheet = (name: string) => asGrid(run.model.sheets.find((s) => s.name === name)!.rows);

describe('our own sheets', () => {
  test('every generated sheet is recognised by its name', () => {
    const kinds = run.model.sheets.map((s) => ourSheetKind(s.name, asGrid(s.rows)));
    expect(kinds).toEqual(['divisions', 'analysis', 'plan', 'summary']);
    expect(ourSheetKind('คะแนน ITA', GRID_001)).toBe('scores');
    expect(ourSheetKind(LIST_SHEET, [['x']])).toBe('lists');
  });

  test('renamed, each is still recognised by its content', () => {
    expect(ourSheetKind('แผนปี 69', sheet('มาตรการ ITA'))).toBe('plan');
    expect(ourSheetKind('Sheet7', sheet('การวิเคราะห์ผล ITA'))).toBe('analysis');
    expect(ourSheetKind('สรุป', sheet('สรุปมาตรการ ITA'))).toBe('summary');
    expect(ourSheetKind('กอง', sheet('หน่วยงานภายใน'))).toBe('divisions');
    expect(ourSheetKind('น้ำหนัก', [SETTINGS_HEADER, [2570, 2566, 30, 15, 15, 40]])).toBe('settings');
  });

  test('the analysis sheet holds all ten indicator scores, yet is never a score sheet', () => {
    const analysis = sheet('การวิเคราะห์ผล ITA');
    // Why this matters: read as scores, the analysis sheet gives a fake agency.
    expect(readScoreSheet(analysis, 'x').indicators.every((v) => v !== null)).toBe(true);
    expect(isGeneratedSheet(ourSheetKind('ผลปีนี้', analysis))).toBe(true);
    // Without its title row, the indicator section still gives it away.
    expect(ourSheetKind('ผลปีนี้', analysis.slice(1))).toBe('analysis');
  });

  test('a division view (plan header without the key column) and its name', () => {
    const header = sheet('มาตรการ ITA')[2].slice(0, 12);
    expect(ourSheetKind(`${DIVISION_VIEW_PREFIX}กองคลัง`, [header, ['ไม่มีมาตรการของหน่วยงานนี้']])).toBe('division view');
    expect(ourSheetKind(`${DIVISION_VIEW_PREFIX}กองช่าง`, [])).toBe('division view');
  });

  test('the score sheet and a user sheet are not generated; a workbook is ours when it holds our analysis or plan', () => {
    expect(isGeneratedSheet(ourSheetKind('ทุ่งผึ้ง', GRID_001))).toBe(false);
    expect(isGeneratedSheet(ourSheetKind('คะแนน ITA', GRID_001))).toBe(false);
    expect(ourSheetKind('หมายเหตุ', [['บันทึกการประชุม']])).toBeNull();
    expect(isOurWorkbook(['scores', 'settings', null])).toBe(false);
    expect(isOurWorkbook(['scores', 'plan'])).toBe(true);
  });
});
