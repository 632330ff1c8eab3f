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
/** What we write for a day: its midnight in the spreadsheet's zone. */
const midnight = (iso: string, offset: string) => new Date(`${iso}T00:00:00${offset}`);
/** The plan row of the measure `key`, wherever Generate put it. */
const rowOf = (key: unknown) => {
  const plan = ss.getSheetByName(PLAN_SHEET)!;
  return [...Array(plan.lastRow()).keys()].map((k) => k + 1).find((r) => plan.get(r, COL.key + 1) === key)!;
};
const datesOf = (row: number) => [COL.start, COL.deadline].map((c) => ss.getSheetByName(PLAN_SHEET)!.get(row, c + 1));

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
    expect(datesOf(rowOf(key))).toEqual([midnight('2025-11-02', '+07:00'), midnight('2026-01-31', '+07:00')]);
  });

  test("the report: dated the plan's approval day (its earliest start) and the measure's time frame, both as typed in Bangkok", () => {
    rec.reset();
    const m = getReportData({ digits: 'arabic' });
    expect(rec.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
    expect(m.issued).toEqual({ d: 2, m: 11, y: 2568 });
    expect(m.measures[0].timeframe).toBe('2 พฤศจิกายน 2568 – 31 มกราคม 2569');
  });
});

test("a spreadsheet west of the script's zone: the days people typed survive Generate after Generate", () => {
  ss.timeZone = 'America/Sao_Paulo'; // UTC-3 all year: its midnight is 03:00 in the script's UTC
  ss.seed('คะแนน ITA', GRID_001);
  generateAnalysis({ approvalDate: '2025-11-03' });
  const plan = ss.getSheetByName(PLAN_SHEET)!;
  const key = plan.get(4, COL.key + 1);
  plan.set(4, COL.start + 1, midnight('2025-11-05', '-03:00'));
  plan.set(4, COL.deadline + 1, midnight('2026-01-31', '-03:00'));
  for (let run = 0; run < 2; run++) {
    rec.reset();
    generateAnalysis({});
    expect(datesOf(rowOf(key))).toEqual([midnight('2025-11-05', '-03:00'), midnight('2026-01-31', '-03:00')]);
    // The zone the dates are written in was asked with the reads, before any write.
    expect(rec.readsAfterWrites()).toEqual([]);
    expect(rec.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
  }
});
