/**
 * Issue 10 through the add-on: the edits people make in Google Sheets, a second Generate, and
 * what the sheet holds afterwards; protections that follow the rows; reads after writes.
 */
import { GRID_002, scoreGrid } from '../core/examples';
import { installFakeApps, type FakeSheet, type FakeSpreadsheet, type Recorder } from './fake-sheets';
import { generateAnalysis } from '../../src/gas/generate';
import { getSidebarState, saveDivisions } from '../../src/gas/sidebar-api';
import { shareWithDivisions } from '../../src/gas/share';
import { PLAN_SHEET, SUMMARY_SHEET } from '../../src/core/sheet-names';

let ss: FakeSpreadsheet;
let rec: Recorder;
beforeEach(() => ({ ss, rec } = installFakeApps()));

const DIVISIONS = [
  { name: 'กลุ่มงานบริหารทั่วไป', emails: ['admin@lamphun.go.th'] },
  { name: 'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', emails: ['plan@lamphun.go.th'] },
  { name: 'กลุ่มงานอำนวยการ', emails: ['office@lamphun.go.th'] },
  { name: 'กลุ่มงานข้อมูลข่าวสารและการประชาสัมพันธ์', emails: ['pr@lamphun.go.th'] },
  { name: 'ศูนย์ดำรงธรรมจังหวัด', emails: ['damrongdham@lamphun.go.th'] },
];
const CORRECTED = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2568, indicators: [80, 95.98, 98.84, 70, 94.09, 97.18, 95.62, 95.24, 100, 72] });

/** Sheet row of the header and the column of a header text, found as a person would. */
function where(sheet: FakeSheet, text: string): { row: number; col: number } {
  for (let r = 1; r <= sheet.lastRow(); r++) for (let c = 1; c <= sheet.lastCol(); c++) if (sheet.get(r, c) === text) return { row: r, col: c };
  throw new Error(`no ${text}`);
}
function column(sheet: FakeSheet, text: string): unknown[] {
  const { row, col } = where(sheet, text);
  const out: unknown[] = [];
  for (let r = row + 1; r <= sheet.lastRow(); r++) out.push(sheet.get(r, col));
  return out;
}

describe('a second Generate after people edited the plan in Sheets', () => {
  beforeEach(() => {
    ss.seed('คะแนน ITA', GRID_002);
    saveDivisions(DIVISIONS);
    generateAnalysis({});
  });

  test('a renamed plan sheet is found by its key column: no second plan beside it, edits kept', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.name = 'แผนของจังหวัด';
    const note = where(plan, 'หมายเหตุ');
    plan.set(note.row + 1, note.col, 'ส่งร่างแล้ว');
    const r = generateAnalysis({});
    expect(r.planSheet).toBe('แผนของจังหวัด');
    expect(ss.sheets.filter((s) => s.name === PLAN_SHEET)).toEqual([]);
    expect(plan.get(note.row + 1, note.col)).toBe('ส่งร่างแล้ว');
    expect(String(ss.getSheetByName(SUMMARY_SHEET)!.get(3, 2))).toContain("'แผนของจังหวัด'!$F$4:$F$1000");
  });

  test('rows inserted above the header and a column before ผู้รับผิดชอบ: text above untouched, figures stay in their column', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    plan.insertRowsBefore(1, 2);
    plan.set(1, 1, 'หมายเหตุผู้ประสานงาน: เสนอนายกฯ แล้ว');
    const owner = where(plan, 'ผู้รับผิดชอบ');
    plan.insertColumnsBefore(owner.col, 1);
    plan.set(owner.row, owner.col, 'งบประมาณ (บาท)');
    const owners = column(plan, 'ผู้รับผิดชอบ');
    owners.forEach((_, k) => plan.set(owner.row + 1 + k, owner.col, 5000 * (k + 1)));
    generateAnalysis({});
    generateAnalysis({});
    expect(plan.get(1, 1)).toBe('หมายเหตุผู้ประสานงาน: เสนอนายกฯ แล้ว');
    expect(where(plan, 'ผู้รับผิดชอบ')).toEqual({ row: owner.row, col: owner.col + 1 });
    expect(column(plan, 'งบประมาณ (บาท)')).toEqual(owners.map((_, k) => 5000 * (k + 1)));
    expect(column(plan, 'ผู้รับผิดชอบ')).toEqual(owners);
  });

  test('a conditional format people made for their own column is kept; ours are renewed', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const owner = where(plan, 'ผู้รับผิดชอบ');
    plan.insertColumnsBefore(owner.col, 1);
    plan.set(owner.row, owner.col, 'งบประมาณ (บาท)');
    const budgetRule = { theirs: 'งบเกิน 100,000 บาท เป็นสีส้ม', getRanges: () => [plan.getRange(owner.row + 1, owner.col, 20, 1)] };
    const onOurs = { theirs: 'ทับคอลัมน์ของโปรแกรม', getRanges: () => [plan.getRange(owner.row + 1, owner.col + 1, 20, 1)] };
    plan.conditional = [...plan.conditional, budgetRule, onOurs];
    const ours = plan.conditional.length - 2;
    generateAnalysis({});
    expect(plan.conditional).toContain(budgetRule);
    expect(plan.conditional).not.toContain(onOurs);
    expect(plan.conditional).toHaveLength(ours + 1);
  });

  test('the milestone helper columns follow the follow-up text as a division moved it, never what was typed in them', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const follow = where(plan, 'การติดตามผล/การรายงานผล');
    const helper = where(plan, 'กำหนดหมุดหมายแรก (คำนวณ ห้ามแก้ไข)');
    const share = where(plan, 'ร้อยละที่ควรถึง ณ หมุดหมายแรก (คำนวณ ห้ามแก้ไข)');
    let r = follow.row + 1;
    while (!String(plan.get(r, follow.col)).includes('ให้แล้วเสร็จภายใน')) r++;
    const asked = plan.get(r, share.col);
    plan.set(r, follow.col, String(plan.get(r, follow.col)).replace(/ให้แล้วเสร็จภายใน \S+ \S+ \S+/, 'ให้แล้วเสร็จภายใน ๑๕ มกราคม ๒๕๖๙'));
    plan.set(r + 1, helper.col, 'พิมพ์ทับ');
    generateAnalysis({});
    // Written as midnight of the spreadsheet's zone (Bangkok in the fake), as every date the add-on writes.
    expect(plan.get(r, helper.col)).toEqual(new Date('2026-01-15T00:00:00+07:00'));
    expect(plan.get(r, share.col)).toBe(asked);
    expect(plan.get(r + 1, helper.col)).toBeInstanceOf(Date);
  });

  test('a formula a division typed stays a formula', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const p = where(plan, 'ความคืบหน้า (%)');
    plan.set(p.row + 1, p.col, '=40+20');
    generateAnalysis({});
    expect(plan.get(p.row + 1, p.col)).toBe('=40+20');
  });

  test('the header deleted: a dated copy of the old sheet is kept before writing, and the result says so', () => {
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const h = where(plan, 'มาตรการ/โครงการ/กิจกรรม').row;
    const note = where(plan, 'หมายเหตุ');
    plan.set(note.row + 2, note.col, 'สิ่งที่กองพิมพ์ไว้');
    for (let c = 1; c <= 13; c++) plan.set(h, c, '');
    const r = generateAnalysis({});
    expect(r.backupSheet).toMatch(/^มาตรการ ITA \(ก่อนสร้างใหม่ \d{1,2} [ก-๙.]+ 25\d\d\)$/);
    const copy = ss.getSheetByName(r.backupSheet!)!;
    expect([...copy.cells.values()]).toContain('สิ่งที่กองพิมพ์ไว้');
    expect(r.warnings.some((w) => w.th.includes(r.backupSheet!))).toBe(true);
    expect(where(plan, 'มาตรการ/โครงการ/กิจกรรม').row).toBe(3);
  });
});

describe('protections follow the rows', () => {
  /** Rows each address may edit on the plan, from the fake's range protections. */
  function editable(plan: FakeSheet): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const p of plan.protections) {
      if (!p.range) continue;
      for (const e of p.editors.filter((x) => x !== 'coordinator@example.go.th')) {
        for (let r = p.range.row; r < p.range.row + p.range.rows; r++) (out[e] ??= []).push(r);
      }
    }
    for (const e of Object.keys(out)) out[e] = [...new Set(out[e])].sort((a, b) => a - b);
    return out;
  }
  function ownerRows(plan: FakeSheet): Record<string, number[]> {
    const owner = where(plan, 'ผู้รับผิดชอบ');
    const out: Record<string, number[]> = {};
    for (let r = owner.row + 1; r <= plan.lastRow(); r++) {
      const d = DIVISIONS.find((x) => x.name === plan.get(r, owner.col));
      if (d) (out[d.emails[0]] ??= []).push(r);
    }
    return out;
  }

  /** Example 002's plan, generated and shared with the five divisions. */
  function generatedAndShared(): FakeSheet {
    ss.seed('คะแนน ITA', GRID_002);
    saveDivisions(DIVISIONS);
    generateAnalysis({});
    shareWithDivisions();
    return ss.getSheetByName(PLAN_SHEET)!;
  }

  test("a regeneration that adds measures re-applies each division's rights to the rows it now owns, in the same run", () => {
    const plan = generatedAndShared();
    const before = plan.lastRow();
    ss.sheets[0].cells.clear();
    CORRECTED.forEach((r, i) => r.forEach((v, j) => ss.sheets[0].set(i + 1, j + 1, v)));
    rec.reset();
    generateAnalysis({});
    expect(plan.lastRow()).toBeGreaterThan(before);
    expect(editable(plan)).toEqual(ownerRows(plan));
    expect(rec.calls.filter((c) => c === 'Lock.tryLock')).toHaveLength(1);
    const reads = rec.readsAfterWrites();
    expect(reads.length).toBeLessThanOrEqual(4);
    console.log(`Generate with sharing re-applied: ${rec.calls.length} service calls, reads after writes: ${reads.length} (${reads.join(', ')})`);
  });

  test('no division edits the milestone helper columns: its ranges hold only the columns it may type in', () => {
    const plan = generatedAndShared();
    const helpers = ['กำหนดหมุดหมายแรก (คำนวณ ห้ามแก้ไข)', 'ร้อยละที่ควรถึง ณ หมุดหมายที่สอง (คำนวณ ห้ามแก้ไข)'].map((h) => where(plan, h).col);
    const ranges = plan.protections.filter((p) => p.range && p.editors.some((e) => e !== 'coordinator@example.go.th'));
    expect(ranges.length).toBeGreaterThan(0);
    for (const p of ranges) for (const c of helpers) expect(c >= p.range!.col && c < p.range!.col + p.range!.cols).toBe(false);
  });

  test('an invalid address is refused before anything changes: the old protections stay', () => {
    const plan = generatedAndShared();
    const rights = editable(plan);
    const count = plan.protections.length;
    // A name typed in the e-mail column of the divisions sheet, as people do.
    const sheet = ss.getSheetByName('หน่วยงานภายใน')!;
    sheet.set(4, 2, 'office@lamphun.go.th, สมชาย กองคลัง');
    expect(() => shareWithDivisions()).toThrow('อีเมลของหน่วยงาน "กลุ่มงานอำนวยการ" ไม่ถูกต้อง: "สมชาย กองคลัง"');
    expect(plan.protections).toHaveLength(count);
    expect(editable(plan)).toEqual(rights);
  });

  test('two divisions whose names share their first 86 characters get two view sheets', () => {
    const stem = 'กลุ่มงาน'.padEnd(86, 'ก');
    const long = [
      { name: `${stem} ฝ่ายหนึ่ง`, emails: ['one@example.go.th'] },
      { name: `${stem} ฝ่ายสอง`, emails: ['two@example.go.th'] },
    ];
    ss.seed('คะแนน ITA', GRID_002);
    saveDivisions(long);
    generateAnalysis({});
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const owner = where(plan, 'ผู้รับผิดชอบ');
    plan.set(owner.row + 1, owner.col, long[0].name);
    plan.set(owner.row + 2, owner.col, long[1].name);
    const r = shareWithDivisions();
    expect(r.views).toHaveLength(2);
    expect(new Set(r.views).size).toBe(2);
    for (const v of r.views) expect(v.length).toBeLessThanOrEqual(100);
    expect(ss.getSheetByName(r.views[1])!.get(2, 1)).toContain(long[1].name);
  });

  test('a co-owner sees the rows it works on in its view, but edits only the rows it leads', () => {
    ss.seed('คะแนน ITA', GRID_002);
    saveDivisions(DIVISIONS);
    generateAnalysis({});
    const plan = ss.getSheetByName(PLAN_SHEET)!;
    const co = where(plan, 'ผู้รับผิดชอบร่วม');
    plan.set(co.row + 1, co.col, 'ศูนย์ดำรงธรรมจังหวัด');
    const r = shareWithDivisions();
    const view = r.views.find((v) => v.endsWith('ศูนย์ดำรงธรรมจังหวัด'))!;
    // Its rows, late first (the key: test/core/division-view.test.ts).
    expect(ss.getSheetByName(view)!.get(2, 1)).toMatch(/^=ARRAYFORMULA\(IFERROR\(SORT\(/);
    expect(ss.getSheetByName(view)!.get(2, 1)).toContain(
      `FILTER('มาตรการ ITA'!A4:N, ('มาตรการ ITA'!F4:F = "ศูนย์ดำรงธรรมจังหวัด") + ISNUMBER(FIND("ศูนย์ดำรงธรรมจังหวัด", 'มาตรการ ITA'!G4:G)))`,
    );
    const leads = column(plan, 'ผู้รับผิดชอบ');
    const rights = editable(plan)['damrongdham@lamphun.go.th'] ?? [];
    expect(rights).toEqual(leads.map((v, k) => (v === 'ศูนย์ดำรงธรรมจังหวัด' ? co.row + 1 + k : 0)).filter(Boolean));
  });
});

describe('the sidebar finds the score sheet without reading every sheet', () => {
  test('200 sheets: the score sheet is found with a few hundred calls, not thousands', () => {
    for (let k = 1; k <= 199; k++)
      ss.seed(`ข้อมูล ${k}`, [
        [`บันทึกที่ ${k}`, k],
        ['รายการ', 'จำนวน'],
      ]);
    ss.seed('วางรายงาน', GRID_002);
    rec.reset();
    const state = getSidebarState();
    expect(state.detected).toEqual({ sourceSheet: 'วางรายงาน', year: 2568, agency: 'จังหวัดลำพูน' });
    expect(state.sheets).toHaveLength(200);
    expect(rec.calls.length).toBeLessThan(250);
    console.log(`getSidebarState with 200 sheets: ${rec.calls.length} service calls`);
  });

  test('Generate from the menu while a generated sheet is active falls back to the detected score sheet', () => {
    ss.seed('วางรายงาน', GRID_002);
    generateAnalysis({});
    ss.active = ss.getSheetByName(PLAN_SHEET)!;
    expect(generateAnalysis({}).score).toBe(90.14); // the official (published) total
  });
});
