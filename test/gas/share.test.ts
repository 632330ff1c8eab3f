import { GRID_002 } from '../core/examples';
import { installFakeApps, type FakeSpreadsheet } from './fake-sheets';
import { generateAnalysis } from '../../src/gas/generate';
import { saveDivisions } from '../../src/gas/sidebar-api';
import { shareWithDivisions } from '../../src/gas/share';
import { PLAN_SHEET } from '../../src/core/layout/plan-sheet';
import { COL } from '../../src/core/plan';

let ss: FakeSpreadsheet;
beforeEach(() => ({ ss } = installFakeApps()));

const DIVISIONS = [
  { name: 'กลุ่มงานบริหารทั่วไป', emails: ['admin@lamphun.go.th'] },
  { name: 'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', emails: ['plan@lamphun.go.th', 'plan2@lamphun.go.th'] },
  { name: 'กลุ่มงานอำนวยการ', emails: [] },
  { name: 'กลุ่มงานข้อมูลข่าวสารและการประชาสัมพันธ์', emails: ['pr@lamphun.go.th'] },
  { name: 'ศูนย์ดำรงธรรมจังหวัด', emails: ['damrongdham@lamphun.go.th'] },
];

/** Which plan rows each e-mail may edit, read from the fake's range protections. */
function rowsByEditor(): Record<string, number[]> {
  const plan = ss.getSheetByName(PLAN_SHEET)!;
  const out: Record<string, number[]> = {};
  for (const p of plan.protections) {
    if (!p.range) continue;
    // A division edits its revised deadline, status, progress and note: two blocks of columns.
    expect([p.range.col, p.range.cols]).toEqual(p.range.col === COL.revised + 1 ? [COL.revised + 1, 1] : [COL.status + 1, 3]);
    if (p.range.col !== COL.status + 1) continue;
    for (const e of p.editors.filter((x) => x !== 'coordinator@example.go.th')) {
      for (let r = p.range.row; r < p.range.row + p.range.rows; r++) (out[e] ??= []).push(r);
    }
  }
  return out;
}

describe('shareWithDivisions', () => {
  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_002);
    saveDivisions(DIVISIONS);
    generateAnalysis({});
  });

  test('each division edits the progress columns of its own rows only', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const result = shareWithDivisions();
    const byEditor = rowsByEditor();
    const ownerRows = (name: string) => [...Array(plan.lastRow()).keys()].map((k) => k + 1).filter((r) => r > 3 && plan.get(r, COL.owner + 1) === name);
    for (const d of DIVISIONS) for (const e of d.emails) expect(byEditor[e] ?? []).toEqual(ownerRows(d.name));
    expect(result.shareWith).toEqual(['admin@lamphun.go.th', 'plan@lamphun.go.th', 'plan2@lamphun.go.th', 'pr@lamphun.go.th', 'damrongdham@lamphun.go.th']);
    const sheetProtection = plan.protections.find((p) => p.range === null)!;
    expect(sheetProtection.unprotected.length).toBe(plan.protections.filter((p) => p.range).length);
    expect(plan.protections.filter((p) => p.range?.col === COL.revised + 1).length).toBe(plan.protections.filter((p) => p.range?.col === COL.status + 1).length);
    expect(ss.getSheetByName('การวิเคราะห์ผล ITA')!.protections).toHaveLength(1);
    expect(result.notes[0].th).toContain('ปุ่ม "แชร์" ของ Google');
    for (const v of result.views) expect(ss.getSheetByName(v)!.get(2, 1)).toMatch(/^=ARRAYFORMULA\(IFERROR\(SORT\(FILTER\(/);
  });

  test('run again after an owner changes: rights move with the row, stale protections go', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    shareWithDivisions();
    const first = ss.sheets.reduce((n, s) => n + s.protections.length, 0);
    const row = 4;
    const from = plan.get(row, COL.owner + 1);
    const to = DIVISIONS.find((d) => d.name !== from && d.emails.length)!;
    plan.set(row, COL.owner + 1, to.name);
    const again = shareWithDivisions();
    expect(again.protectionsRemoved).toBe(first);
    expect(ss.sheets.reduce((n, s) => n + s.protections.length, 0)).toBe(again.protectionsAdded + again.views.length);
    const byEditor = rowsByEditor();
    expect(byEditor[to.emails[0]]).toContain(row);
    const old = DIVISIONS.find((d) => d.name === from)!;
    for (const e of old.emails) expect(byEditor[e] ?? []).not.toContain(row);
  });

  test('bad addresses are refused before anything changes', () => {
    expect(() => shareWithDivisions([{ name: 'กองคลัง', emails: ['ไม่ใช่อีเมล'] }])).toThrow('ค่าที่ส่งมาไม่ถูกต้อง: หน่วยงานภายในลำดับที่ 1 "กองคลัง" อีเมลลำดับที่ 1 ("ไม่ใช่อีเมล") ต้องเป็นอีเมล เช่น finance@example.go.th / Invalid value: division no. 1 "กองคลัง" the e-mail addresses no. 1 ("ไม่ใช่อีเมล") must be an e-mail address such as finance@example.go.th');
    expect(ss.getSheetByName(PLAN_SHEET)!.protections).toHaveLength(0);
  });
});
