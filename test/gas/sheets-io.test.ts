import { generateAnalysis } from '../../src/gas/generate';
import { getReportData } from '../../src/gas/report';
import { PLAN_SHEET } from '../../src/core/sheet-names';
import { COL } from '../../src/core/plan';
import { GRID_001 } from '../core/examples';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';

// The script runs in UTC here while the spreadsheet is set to Bangkok: a date typed in the sheet
// comes back from getValues as 00:00 Bangkok, which is still the day before in the script's zone.
const scriptZone = process.env.TZ;
beforeAll(() => (process.env.TZ = 'UTC'));
afterAll(() => (process.env.TZ = scriptZone));

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

/** A date cell as Sheets returns it for a spreadsheet in Bangkok: 00:30 there, 17:30 UTC the day before. */
const halfPastMidnightBangkok = (iso: string) => new Date(`${iso}T00:30:00+07:00`);
/** The calendar day a Date we wrote stands for (render writes midnight of the script's zone). */
const dayWritten = (v: unknown) => {
  const d = v as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe("date cells are read as the spreadsheet's calendar days, not the script's", () => {
  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_001);
    generateAnalysis({ approvalDate: '2025-11-03' });
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(4, COL.start + 1, halfPastMidnightBangkok('2025-11-02'));
    plan.set(4, COL.deadline + 1, halfPastMidnightBangkok('2026-01-31'));
  });

  test('Generate keeps the start and deadline people typed on the days they typed', () => {
    const key = ss.getSheetByName(PLAN_SHEET)!.get(4, COL.key + 1);
    rec.reset();
    generateAnalysis({});
    // One question for the zone, as before the change: today and the date cells share it.
    expect(rec.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const row = [...Array(plan.lastRow()).keys()].map((k) => k + 1).find((r) => plan.get(r, COL.key + 1) === key)!;
    expect([dayWritten(plan.get(row, COL.start + 1)), dayWritten(plan.get(row, COL.deadline + 1))]).toEqual(['2025-11-02', '2026-01-31']);
  });

  test("the report: dated the plan's approval day (its earliest start) and the measure's time frame, both as typed in Bangkok", () => {
    rec.reset();
    const m = getReportData({ digits: 'arabic' });
    expect(rec.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
    expect(m.issued).toEqual({ d: 2, m: 11, y: 2568 });
    expect(m.measures[0].timeframe).toBe('2 พฤศจิกายน 2568 – 31 มกราคม 2569');
  });
});
