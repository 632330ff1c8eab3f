import { toArabicDigits } from '../../src/core/numbers';
/** Earlier years in the add-on: other sheets read before any write, the line chart drawn, the template's ผลย้อนหลัง sheet. */
import { installFakeApps, type FakeSheet, type FakeSpreadsheet, type Recorder } from './fake-sheets';
import { generateAnalysis, insertScoreTemplate } from '../../src/gas/generate';
import { getReportData } from '../../src/gas/report';
import { ANALYSIS_SHEET, PLAN_SHEET } from '../../src/core/sheet-names';
import { COL } from '../../src/core/plan';
import { SHEET_2566, SHEET_2567, SHEET_2568 } from '../core/history/fixtures';
import { GRID_001 } from '../core/examples';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

const rowOf = (sheet: FakeSheet, label: string) => {
  for (let r = 1; r <= sheet.lastRow(); r++) if (sheet.get(r, 1) === label) return r;
  return -1;
};

describe('the add-on compares with earlier years', () => {
  test('score sheets of other years in the file: read before writing, the comparison and a line chart in the analysis sheet', () => {
    ss.seed('2566', SHEET_2566);
    ss.seed('2567', SHEET_2567);
    ss.seed('ทุ่งผึ้ง', GRID_001); // another agency's sheet stays out
    ss.active = ss.seed('2568', SHEET_2568);
    const result = generateAnalysis({});
    expect(result.score).toBe(90.14);
    expect(rec.readsAfterWrites()).toEqual([]);
    const sheet = ss.getSheetByName(ANALYSIS_SHEET)!;
    const at = rowOf(sheet, 'ผลการประเมินเทียบกับปีที่ผ่านมา');
    expect([3, 4, 5, 6].map((c) => sheet.get(at + 1, c))).toEqual(['พ.ศ. ๒๕๖๖', 'พ.ศ. ๒๕๖๗', 'พ.ศ. ๒๕๖๘', 'เปลี่ยนแปลงจากปีก่อน']);
    expect([2, 3, 4, 5, 6].map((c) => sheet.get(at + 11, c))).toEqual(['การป้องกันการทุจริต', 96.25, 98.75, 100, '▲ ๑.๒๕']);
    const charts = sheet.charts as { type: string; options: Record<string, unknown> }[];
    expect(charts.map((c) => c.type)).toEqual(['BAR', 'LINE']);
    expect(charts[1].options.vAxis).toEqual({ viewWindow: { min: 60, max: 100 } });
    expect(charts[0].options.hAxis).toEqual({ viewWindow: { min: 0, max: 100 } });
    // The plan: indicator 9 first, indicator 3 ranked up right after it, each saying why.
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    expect(toArabicDigits(String(plan.get(4, COL.indicator + 1)))).toMatch(/^9\. การเปิดเผยข้อมูล \(65\.00\)\n.* 85: พ\.ศ\. 2567 88\.00 → พ\.ศ\. 2568 65\.00 /);
    expect(toArabicDigits(String(plan.get(5, COL.indicator + 1)))).toMatch(/^3\. การใช้อำนาจ \(98\.84\)\nคะแนนลดลงสองปีติดต่อกัน/);
  });

  test('the report reads the same sheets: its model carries the three years', () => {
    ss.seed('2566', SHEET_2566);
    ss.seed('2567', SHEET_2567);
    ss.active = ss.seed('2568', SHEET_2568);
    generateAnalysis({ sourceSheet: '2568' });
    const m = getReportData({ sourceSheet: '2568' });
    expect(m.history?.years).toEqual([2566, 2567, 2568]);
    expect(m.history?.rows[0].values).toEqual([91.29, 93.99, 90.14]);
  });

  test('insertScoreTemplate adds the ผลย้อนหลัง sheet once, with the three years before, and never writes over it', () => {
    insertScoreTemplate({ year: 2568 });
    const history = ss.getSheetByName('ผลย้อนหลัง')!;
    expect([4, 5, 6].map((r) => history.get(r, 1))).toEqual([2565, 2566, 2567]);
    history.set(5, 2, 91.29);
    insertScoreTemplate({ year: 2568 });
    expect(ss.sheets.map((s) => s.name)).toEqual(['คะแนน ITA', 'ผลย้อนหลัง', 'คะแนน ITA (2)']);
    expect(history.get(5, 2)).toBe(91.29);
  });

  test('a ผลย้อนหลัง sheet the coordinator filled in is used, and is never taken for the score sheet', () => {
    insertScoreTemplate({ year: 2568 });
    const history = ss.getSheetByName('ผลย้อนหลัง')!;
    history.set(6, 2, 93.99);
    [91.4, 95.2, 99.2, 88.45, 93.85, 96.6, 94.8, 94.1, 88.0, 98.75].forEach((v, k) => history.set(6, 4 + k, v));
    const scores = ss.getSheetByName('คะแนน ITA')!;
    SHEET_2568.forEach((row, r) => row.forEach((v, c) => scores.set(r + 1, c + 1, v)));
    ss.active = history;
    generateAnalysis({});
    const sheet = ss.getSheetByName(ANALYSIS_SHEET)!;
    const at = rowOf(sheet, 'ผลการประเมินเทียบกับปีที่ผ่านมา');
    expect([3, 4].map((c) => sheet.get(at + 1, c))).toEqual(['พ.ศ. ๒๕๖๗', 'พ.ศ. ๒๕๖๘']);
    expect([2, 3, 4, 5].map((c) => sheet.get(at + 12, c))).toEqual(['คะแนนรวม', 93.99, 90.14, '▼ ๓.๘๕']);
  });
});
