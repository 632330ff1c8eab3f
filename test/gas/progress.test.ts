import { server } from '../../src/gas/server';
import { PLAN_SHEET } from '../../src/core/sheet-names';
import { COL } from '../../src/core/plan';
import { generateAnalysis } from '../../src/gas/generate';
import { getProgressData, writeProgressSheet } from '../../src/gas/progress';
import { shareWithDivisions } from '../../src/gas/share';
import { GRID_FAILING } from '../core/report/fixtures';
import { ADDED_MEASURE, EDITS, EDUCATION } from '../core/progress/fixtures';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';

let ss: FakeSpreadsheet;
let rec: Recorder;
/** A date cell as Sheets returns it for a spreadsheet in Bangkok: midnight there, 17:00 UTC the day before. */
const bangkokMidnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+07:00`));

beforeEach(() => {
  ({ ss, rec } = installFakeApps());
  ss.seed('คะแนน ITA', GRID_FAILING);
  generateAnalysis({});
  const plan = ss.getSheetByName(PLAN_SHEET)!;
  for (const [no, e] of Object.entries(EDITS)) {
    const row = 3 + Number(no);
    if (e.status !== undefined) plan.set(row, COL.status + 1, e.status);
    if (e.progress !== undefined) plan.set(row, COL.progress + 1, e.progress);
    if (e.revised) plan.set(row, COL.revised + 1, bangkokMidnight(e.revised));
    if (e.note) plan.set(row, COL.note + 1, e.note);
  }
  const added: [number, unknown][] = [
    [COL.no, 15],
    [COL.measure, ADDED_MEASURE],
    [COL.owner, EDUCATION],
    [COL.start, bangkokMidnight('2026-01-01')],
    [COL.deadline, bangkokMidnight('2026-02-28')],
    [COL.status, 'กำลังดำเนินการ'],
    [COL.progress, 50],
  ];
  for (const [c, v] of added) plan.set(18, c + 1, v);
  rec.reset();
});

afterEach(() => jest.useRealTimers());

describe('the follow-up in the add-on', () => {
  test('writeProgressSheet: everything read first, then the sheet written: late measures first, counts per division', () => {
    const result = writeProgressSheet({ round: '6' });
    expect(rec.readsAfterWrites()).toEqual([]);
    expect(rec.calls).toContain('Spreadsheet.getSpreadsheetTimeZone');
    expect(result).toMatchObject({
      sheet: 'ติดตามมาตรการ ITA',
      round: 'รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)',
      counts: { total: 14, done: 3, onTrack: 4, atRisk: 1, late: 5, unread: 0, cancelled: 1 },
    });
    const sheet = ss.getSheetByName('ติดตามมาตรการ ITA')!;
    expect(sheet.get(1, 1)).toMatch(/ รอบ ๖ เดือน \(๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙\)$/);
    const rows = Array.from({ length: sheet.lastRow() }, (_, r) => Array.from({ length: 12 }, (_, c) => sheet.get(r + 1, c + 1)));
    const header = rows.findIndex((r) => r[0] === 'ลำดับในแผน');
    expect(rows.slice(header + 1, header + 4).map((r) => [r[0], r[8], r[10]])).toEqual([
      [5, 'ล่าช้ากว่ากำหนด', 121],
      [8, 'ล่าช้ากว่ากำหนด', 90],
      [9, 'ล่าช้ากว่ากำหนด', 90],
    ]);
    const seven = rows.find((r) => r[0] === 7)!;
    expect([seven[8], seven[9]]).toEqual(['เสี่ยงล่าช้า (เลื่อนกำหนด)', 'ผ่านไปแล้ว ๗๑% ของเวลา ความคืบหน้า ๔๐%']);
    // The postponed measure: the planned day and the new one as typed in Bangkok, not a day earlier in UTC.
    // Written as midnight in the spreadsheet's zone, whatever the script's.
    expect([seven[3], seven[4]]).toEqual([bangkokMidnight('2026-04-30'), bangkokMidnight('2026-05-31')]);
    expect(rows.find((r) => r[0] === 'รวมทุกหน่วยงาน')!.slice(0, 7)).toEqual(['รวมทุกหน่วยงาน', 14, 3, 4, 1, 5, 1]);
    // Written again: one sheet, rewritten.
    writeProgressSheet({ round: '12' });
    expect(ss.sheets.filter((s) => s.name.startsWith('ติดตาม')).map((s) => s.name)).toEqual(['ติดตามมาตรการ ITA']);
    expect(sheet.get(1, 1)).toMatch(/ รอบ ๑๒ เดือน ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๙$/);
  });

  test("no round: today in the spreadsheet's time zone (1 April in Bangkok while UTC still says 31 March)", () => {
    jest.useFakeTimers({ now: new Date('2026-03-31T18:30:00Z'), doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'nextTick'] });
    const m = getProgressData({});
    expect(m.round).toMatchObject({ kind: 'date', asOf: { y: 2026, m: 4, d: 1 } });
    expect(m.issued).toEqual({ d: 1, m: 4, y: 2569 });
    expect(m.measures[6]).toMatchObject({ revised: { y: 2026, m: 5, d: 31 }, state: 'atRisk', daysLeft: 60 });
    expect(m.measures[4]).toMatchObject({ state: 'late', daysLate: 122 });
    ss.timeZone = 'UTC';
    expect(getProgressData({}).round.asOf).toEqual({ y: 2026, m: 3, d: 31 });
  });

  test("getProgressData: read only, plain data, the sidebar's signers over the ข้อมูลรายงาน sheet", () => {
    ss.seed('ข้อมูลรายงาน', [
      ['ชื่อผู้จัดทำ', 'นายเดิม'],
      ['ชื่อผู้บริหาร', 'นายสมชาย รักดี'],
    ]);
    rec.reset();
    const m = getProgressData({ round: '2026-02-10', digits: 'arabic', fields: { preparerName: 'นางสาวสมใจ ใจดี' } });
    expect(m).toMatchObject({ agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง', planYear: 2569, digits: 'arabic', evidence: { item: 'o28', year: 2570 } });
    expect([m.preparer.name, m.executive.name]).toEqual(['นางสาวสมใจ ใจดี', 'นายสมชาย รักดี']);
    expect(m.measures[13]).toMatchObject({ measure: ADDED_MEASURE, state: 'atRisk', daysLeft: 18 });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(rec.calls.some((c) => /set|insert|Lock/.test(c))).toBe(false);
  });

  test('clear errors: a bad round, no plan yet', () => {
    expect(() => server.writeProgressSheet({ round: '7' })).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: รอบการติดตามผล ("7") ต้องเป็น 6 (รอบ 6 เดือน), 12 (รอบ 12 เดือน) หรือวันที่ในรูปแบบ ปปปป-ดด-วว / Invalid value: the follow-up round ("7") must be 6 (six months), 12 (twelve months) or a date written YYYY-MM-DD',
    );
    expect(() => getProgressData({ round: '2025-09-01' })).toThrow('วันที่ติดตามผล 1 กันยายน 2568 อยู่ก่อนวันเริ่มปีงบประมาณ พ.ศ. 2569');
    const fresh = installFakeApps();
    fresh.ss.seed('คะแนน ITA', GRID_FAILING);
    expect(() => writeProgressSheet({})).toThrow('ไม่พบแผ่นงานมาตรการ ("มาตรการ ITA") ในสเปรดชีตนี้: โปรดสร้างการวิเคราะห์และแผนมาตรการก่อนติดตามผล');
    expect(fresh.ss.getSheetByName('ติดตามมาตรการ ITA')).toBeNull();
  });
});

describe("sheets we rewrite whole are the coordinator's once the plan is shared", () => {
  const divisionsOnly = (sheet: ReturnType<FakeSpreadsheet['getSheetByName']>) =>
    sheet!.protections.map((p) => [p.description, p.editors.filter((e) => e !== 'coordinator@example.go.th')]);

  test('a follow-up sheet made after sharing is protected like the analysis and the summary', () => {
    shareWithDivisions([{ name: 'สำนักปลัด', emails: ['palad@example.go.th'] }]);
    expect(divisionsOnly(ss.getSheetByName('สรุปมาตรการ ITA'))).toEqual([['ITA: สรุปมาตรการ (ผู้ประสานงานเท่านั้น)', []]]);
    writeProgressSheet({ round: '6' });
    expect(divisionsOnly(ss.getSheetByName('ติดตามมาตรการ ITA'))).toEqual([['ITA: ติดตามมาตรการ (ผู้ประสานงานเท่านั้น)', []]]);
    // Written again: still one protection, not a second.
    writeProgressSheet({ round: '12' });
    expect(ss.getSheetByName('ติดตามมาตรการ ITA')!.protections).toHaveLength(1);
  });

  test('before sharing, the follow-up sheet is left open as every other sheet is', () => {
    writeProgressSheet({ round: '6' });
    expect(ss.getSheetByName('ติดตามมาตรการ ITA')!.protections).toEqual([]);
  });
});
