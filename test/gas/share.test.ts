import { server } from '../../src/gas/server';
import { GRID_002, scoreGrid } from '../core/examples';
import { installFakeApps, type FakeSpreadsheet, type Recorder } from './fake-sheets';
import { generateAnalysis } from '../../src/gas/generate';
import { getSidebarState, saveDivisions } from '../../src/gas/sidebar-api';
import { getProgressData } from '../../src/gas/progress';
import { shareWithDivisions } from '../../src/gas/share';
import { DIVISIONS_SHEET, PLAN_SHEET } from '../../src/core/sheet-names';
import { defaultDivisions } from '../../src/core/divisions';
import { divisionsFromGrid } from '../../src/core/pipeline';
import type { Grid } from '../../src/core/grid';
import { COL } from '../../src/core/plan';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

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
    expect(plan.protections.filter((p) => p.range?.col === COL.revised + 1).length).toBe(
      plan.protections.filter((p) => p.range?.col === COL.status + 1).length,
    );
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
    expect(() => server.shareWithDivisions([{ name: 'กองคลัง', emails: ['ไม่ใช่อีเมล'] }])).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: หน่วยงานภายในลำดับที่ 1 "กองคลัง" อีเมลลำดับที่ 1 ("ไม่ใช่อีเมล") ต้องเป็นอีเมล เช่น finance@example.go.th / Invalid value: division no. 1 "กองคลัง" the e-mail addresses no. 1 ("ไม่ใช่อีเมล") must be an e-mail address such as finance@example.go.th',
    );
    expect(ss.getSheetByName(PLAN_SHEET)!.protections).toHaveLength(0);
  });
});

describe('sharing decided in the sidebar holds through the next Generate', () => {
  const CORRECTED = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2568, indicators: [80, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 100, 72] });
  const PROVINCE = defaultDivisions('province').map((name, k) => ({ name, emails: [`d${k + 1}@lamphun.go.th`] }));
  const plan = () => ss.getSheetByName(PLAN_SHEET)!;
  const ownerRows = (name: string) => [...Array(plan().lastRow()).keys()].map((k) => k + 1).filter((r) => r > 3 && plan().get(r, COL.owner + 1) === name);
  const coordinatorOnly = (name: string) => {
    const sheetWide = ss.getSheetByName(name)!.protections.filter((p) => p.range === null);
    expect(sheetWide).toHaveLength(1);
    expect(sheetWide[0].editors).toEqual(['coordinator@example.go.th']);
  };

  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_002);
    generateAnalysis({});
  });

  test('Share with the list typed in the sidebar, then Generate with corrected scores: each division edits exactly its rows', () => {
    shareWithDivisions(PROVINCE);
    expect(divisionsFromGrid(ss.getSheetByName(DIVISIONS_SHEET)!.getDataRange().getValues() as Grid)).toEqual(PROVINCE);
    CORRECTED.forEach((r, i) => r.forEach((v, j) => ss.sheets[0].set(i + 1, j + 1, v)));
    const r = generateAnalysis({});
    expect(r.failing).toBe(3);
    const byEditor = rowsByEditor();
    for (const d of PROVINCE) expect(byEditor[d.emails[0]] ?? []).toEqual(ownerRows(d.name));
    expect(PROVINCE.filter((d) => ownerRows(d.name).length).length).toBeGreaterThanOrEqual(2);
  });

  test("after Share the divisions list and the score sheet are the coordinator's: a division cannot add itself to another line", () => {
    shareWithDivisions(PROVINCE);
    coordinatorOnly(DIVISIONS_SHEET);
    coordinatorOnly('คะแนน ITA');
    const before = ss.sheets.reduce((n, s) => n + s.protections.length, 0);
    shareWithDivisions(PROVINCE);
    generateAnalysis({});
    // Made anew each time, never piled up.
    expect(ss.sheets.reduce((n, s) => n + s.protections.length, 0)).toBe(before);
    coordinatorOnly(DIVISIONS_SHEET);
    coordinatorOnly('คะแนน ITA');
  });

  test('one division name on two lines: one division with both addresses, and the result says so', () => {
    const [first, ...rest] = PROVINCE;
    const list = [first, ...rest, { name: ` ${first.name}`, emails: ['second@lamphun.go.th'] }];
    const result = shareWithDivisions(list);
    const byEditor = rowsByEditor();
    expect(ownerRows(first.name).length).toBeGreaterThan(0);
    expect(byEditor['second@lamphun.go.th']).toEqual(ownerRows(first.name));
    expect(byEditor[first.emails[0]]).toEqual(ownerRows(first.name));
    expect(result.divisions.filter((d) => d.name === first.name)).toEqual([
      { name: first.name, rows: ownerRows(first.name).length, emails: [first.emails[0], 'second@lamphun.go.th'] },
    ]);
    expect(result.warnings.map((w) => w.th)).toEqual([
      `ชื่อหน่วยงาน "${first.name}" อยู่ในรายชื่อ 2 บรรทัด จึงรวมเป็นหน่วยงานเดียว อีเมลที่แก้ไขแถวของหน่วยงานนี้ได้: ${first.emails[0]}, second@lamphun.go.th`,
    ]);
    expect(divisionsFromGrid(ss.getSheetByName(DIVISIONS_SHEET)!.getDataRange().getValues() as Grid)[0]).toEqual({
      name: first.name,
      emails: [first.emails[0], 'second@lamphun.go.th'],
    });
  });

  test("a row whose owner is not listed is named in Share's and Generate's results and stays the coordinator's", () => {
    shareWithDivisions(PROVINCE);
    plan().set(5, COL.owner + 1, 'กลุ่มงานแผนงาน (ชื่อเดิม)');
    const shared = shareWithDivisions();
    const message =
      'แถวที่ 5 ของแผนมาตรการมีผู้รับผิดชอบ "กลุ่มงานแผนงาน (ชื่อเดิม)" ซึ่งไม่อยู่ในรายชื่อหน่วยงานภายใน แถวเหล่านี้ผู้ประสานงานแก้ไขได้ผู้เดียวจนกว่าจะเพิ่มชื่อนี้ในรายชื่อหรือแก้ชื่อผู้รับผิดชอบ';
    expect(shared.warnings.map((w) => w.th)).toEqual([
      'พบ 1 แถวที่สิทธิ์แก้ไขไม่ตรงกับผู้รับผิดชอบในแถว (แถวที่ 5) ซึ่งเกิดจากการเรียงลำดับแถวหรือการเปลี่ยนผู้รับผิดชอบหลังแชร์ ได้กำหนดสิทธิ์ใหม่ตามผู้รับผิดชอบปัจจุบันแล้ว',
      message,
    ]);
    expect(Object.values(rowsByEditor()).flat()).not.toContain(5);
    const generated = generateAnalysis({});
    expect(generated.warnings.map((w) => w.th)).toContain(message);
    expect(Object.values(rowsByEditor()).flat()).not.toContain(5);
  });
});

describe('a second year pasted into a shared spreadsheet', () => {
  const PROVINCE = defaultDivisions('province').map((name, k) => ({ name, emails: [`d${k + 1}@lamphun.go.th`] }));
  const NEXT = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2569, indicators: [90.1, 96.2, 98.9, 84, 94.5, 97.3, 95.8, 95.5, 72, 100] });

  test('the old plan is kept under its year for the coordinator alone; the new plan starts clean and each division edits exactly its rows', () => {
    ss.seed('คะแนน ITA', GRID_002);
    generateAnalysis({});
    shareWithDivisions(PROVINCE);
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(4, COL.status + 1, 'เสร็จแล้ว');
    plan.set(4, COL.progress + 1, 100);
    plan.set(5, COL.status + 1, 'กำลังดำเนินการ');
    plan.set(5, COL.note + 1, 'รอผลการจัดซื้อ');
    const lastYear = plan.get(5, COL.measure + 1);
    const score = ss.getSheetByName('คะแนน ITA')!;
    score.clear();
    NEXT.forEach((r, i) => r.forEach((v, j) => score.set(i + 1, j + 1, v)));

    const r = generateAnalysis({});
    expect(r.oldPlan).toEqual({ sheet: 'มาตรการ ITA 2569', planYear: 2569, unfinished: expect.any(Number), otherAgency: false });
    expect(r.oldPlan!.unfinished).toBeGreaterThanOrEqual(1);
    expect(r.warnings.map((w) => w.th)).toContain(
      `แผนมาตรการประจำปีงบประมาณ พ.ศ. 2569 เก็บไว้ที่แผ่นงาน "มาตรการ ITA 2569" (ผู้ประสานงานแก้ไขได้ผู้เดียว ยังใช้ติดตามผลได้) มาตรการที่ยังไม่แล้วเสร็จ ${r.oldPlan!.unfinished} มาตรการ แผนใหม่เริ่มโดยไม่มีสถานะ ความคืบหน้า หรือหมายเหตุของแผนเดิม`,
    );
    const old = ss.getSheetByName('มาตรการ ITA 2569')!;
    expect([old.get(4, COL.status + 1), old.get(5, COL.note + 1)]).toEqual(['เสร็จแล้ว', 'รอผลการจัดซื้อ']);
    expect(old.protections.filter((p) => p.range === null).map((p) => p.editors)).toEqual([['coordinator@example.go.th']]);
    expect(String(plan.get(1, 1))).toContain('๒๕๗๐');
    const statuses: unknown[] = [];
    for (let row = 4; row <= plan.lastRow(); row++)
      if (plan.get(row, COL.measure + 1)) statuses.push(plan.get(row, COL.status + 1), plan.get(row, COL.note + 1));
    expect(new Set(statuses)).toEqual(new Set(['ยังไม่เริ่ม', '']));
    expect(statuses.length).toBeGreaterThan(4);
    const byEditor = rowsByEditor();
    const ownerRows = (name: string) => [...Array(plan.lastRow()).keys()].map((k) => k + 1).filter((row) => row > 3 && plan.get(row, COL.owner + 1) === name);
    for (const d of PROVINCE) expect(byEditor[d.emails[0]] ?? []).toEqual(ownerRows(d.name));
    // The analysis sheet lists what the old plan left open.
    const analysis = ss.getSheetByName('การวิเคราะห์ผล ITA')!;
    const texts = [...Array(analysis.lastRow()).keys()].map((k) => analysis.get(k + 1, 2));
    expect(texts).toContain(lastYear);
    // The follow-up panel offers both plans; last year's 12-month report comes from the kept one.
    expect(getSidebarState().plans).toEqual(['มาตรการ ITA', 'มาตรการ ITA 2569']);
    const lastYearReport = getProgressData({ round: '12', plan: 'มาตรการ ITA 2569' });
    expect([lastYearReport.planYear, lastYearReport.counts.done, lastYearReport.counts.late + lastYearReport.counts.done]).toEqual([
      2569,
      1,
      lastYearReport.counts.total,
    ]);
    expect(getProgressData({ round: '6' }).planYear).toBe(2570);
    expect(() => getProgressData({ plan: 'การวิเคราะห์ผล ITA' })).toThrow('ไม่พบแผนมาตรการในแผ่นงาน "การวิเคราะห์ผล ITA" ของสเปรดชีตนี้');
  });
});

describe('plan columns people renamed', () => {
  const PROVINCE = defaultDivisions('province').map((name, k) => ({ name, emails: [`d${k + 1}@lamphun.go.th`] }));
  const CORRECTED = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2568, indicators: [80, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 100, 72] });
  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_002);
    generateAnalysis({});
    shareWithDivisions(PROVINCE);
  });
  const headers = () => [...Array(ss.getSheetByName(PLAN_SHEET)!.lastCol()).keys()].map((c) => ss.getSheetByName(PLAN_SHEET)!.get(3, c + 1));

  test('a renamed owner header: rights follow the owners typed in it, and no second owner column is added', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(3, COL.owner + 1, 'กองที่รับผิดชอบ');
    plan.set(3, COL.status + 1, 'สถานะ (เลือก)');
    const moved = PROVINCE.find((d) => d.name !== plan.get(4, COL.owner + 1))!;
    plan.set(4, COL.owner + 1, moved.name);
    CORRECTED.forEach((r, i) => r.forEach((v, j) => ss.sheets[0].set(i + 1, j + 1, v)));
    const width = plan.lastCol();
    generateAnalysis({});
    expect(plan.lastCol()).toBe(width);
    expect(headers().filter((h) => h === 'ผู้รับผิดชอบ' || h === 'สถานะ')).toEqual([]);
    expect(plan.get(4, COL.owner + 1)).toBe(moved.name);
    const byEditor = rowsByEditor();
    expect(byEditor[moved.emails[0]]).toContain(4);
    for (const d of PROVINCE) {
      const own = [...Array(plan.lastRow()).keys()].map((k) => k + 1).filter((r) => r > 3 && plan.get(r, COL.owner + 1) === d.name);
      expect(byEditor[d.emails[0]] ?? []).toEqual(own);
    }
  });

  test('a status column whose header cannot be read: Generate and Share stop before writing, naming the column', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.set(3, COL.status + 1, 'ผลงาน');
    rec.reset();
    expect(() => generateAnalysis({})).toThrow('แผ่นงาน "มาตรการ ITA" แถวที่ 3: ไม่พบคอลัมน์ "สถานะ" (หรือ "สถานะการดำเนินการ") จึงยังไม่ได้เขียนสิ่งใด');
    expect(() => shareWithDivisions()).toThrow('ไม่พบคอลัมน์ "สถานะ"');
    expect(rec.readsAfterWrites()).toEqual([]);
    expect(rec.calls.filter((c) => /\.(set\w+|protect|remove|insert\w+|clear)$/.test(c))).toEqual([]);
  });
});

describe('rights after people sort the plan', () => {
  const PROVINCE = defaultDivisions('province').map((name, k) => ({ name, emails: [`d${k + 1}@lamphun.go.th`] }));
  const plan = () => ss.getSheetByName(PLAN_SHEET)!;
  const ownerRows = (name: string) => [...Array(plan().lastRow()).keys()].map((k) => k + 1).filter((r) => r > 3 && plan().get(r, COL.owner + 1) === name);
  /** A sort moves values, never protections: rows a and b trade places. */
  function swapRows(a: number, b: number): void {
    for (let c = 1; c <= plan().lastCol(); c++) {
      const x = plan().get(a, c);
      plan().set(a, c, plan().get(b, c));
      plan().set(b, c, x);
    }
  }
  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_002);
    generateAnalysis({});
    shareWithDivisions(PROVINCE);
  });
  const swapped = () => {
    const rows = [...Array(plan().lastRow()).keys()].map((k) => k + 1).filter((r) => r > 3 && plan().get(r, COL.measure + 1));
    const a = rows[0];
    const b = rows.find((r) => plan().get(r, COL.owner + 1) !== plan().get(a, COL.owner + 1))!;
    swapRows(a, b);
    return [a, b].sort((x, y) => x - y);
  };

  test('after a sort the rights no longer match; Share says so, names the rows, and puts them right', () => {
    const [a, b] = swapped();
    const owner = plan().get(a, COL.owner + 1) as string;
    const email = PROVINCE.find((d) => d.name === owner)!.emails[0];
    expect(rowsByEditor()[email] ?? []).not.toContain(a);
    const result = shareWithDivisions();
    expect(result.warnings[0].th).toMatch(/^พบ 2 แถว/);
    expect(result.warnings[0].th).toContain(`(แถวที่ ${a}, ${b})`);
    const byEditor = rowsByEditor();
    for (const d of PROVINCE) expect(byEditor[d.emails[0]] ?? []).toEqual(ownerRows(d.name));
    expect(shareWithDivisions().warnings).toEqual([]);
  });

  test('Generate finds the same disagreement before it writes, and says so', () => {
    const [a, b] = swapped();
    const r = generateAnalysis({});
    expect(r.warnings.find((w) => w.th.includes(`(แถวที่ ${a}, ${b})`))?.th).toMatch(/^พบ 2 แถว/);
    const byEditor = rowsByEditor();
    for (const d of PROVINCE) expect(byEditor[d.emails[0]] ?? []).toEqual(ownerRows(d.name));
  });
});

test("another agency's results pasted into the file: its plan is never merged; the old plan is kept as a copy and the result says why", () => {
  ss.seed('คะแนน ITA', GRID_002);
  generateAnalysis({});
  const plan = ss.getSheetByName(PLAN_SHEET)!;
  plan.set(4, COL.status + 1, 'เสร็จแล้ว');
  const score = ss.getSheetByName('คะแนน ITA')!;
  score.clear();
  scoreGrid({ agency: 'จังหวัดลำปาง', type: 'จังหวัด', year: 2568, indicators: [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65, 100] }).forEach(
    (r, i) => r.forEach((v, j) => score.set(i + 1, j + 1, v)),
  );
  const r = generateAnalysis({});
  expect(r.oldPlan).toEqual({ sheet: 'มาตรการ ITA 2569', planYear: 2569, unfinished: 0, otherAgency: true });
  expect(r.warnings.map((w) => w.th)).toContain(
    'แผนมาตรการเดิมในไฟล์เป็นของ จังหวัดลำพูน ไม่ใช่ของ จังหวัดลำปาง จึงไม่นำผลการประเมินมารวมกับแผนนั้น แผนเดิมเก็บไว้ที่แผ่นงาน "มาตรการ ITA 2569" (ผู้ประสานงานแก้ไขได้ผู้เดียว) และเริ่มแผนใหม่',
  );
  expect(ss.getSheetByName('มาตรการ ITA 2569')!.get(4, COL.status + 1)).toBe('เสร็จแล้ว');
  const statuses = [...Array(plan.lastRow()).keys()]
    .map((k) => k + 1)
    .filter((row) => row > 3 && plan.get(row, COL.measure + 1))
    .map((row) => plan.get(row, COL.status + 1));
  expect(new Set(statuses)).toEqual(new Set(['ยังไม่เริ่ม']));
  expect(String(plan.get(2, 1))).toContain('จังหวัดลำปาง');
});
