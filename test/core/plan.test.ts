import { analyse } from '../../src/core/analysis';
import { planSheet } from '../../src/core/layout/plan-sheet';
import type { Grid } from '../../src/core/layout/model';
import { specToGrid } from './layout/sheet-grid';
import { buildPlan, COL, OBSOLETE_MARK, PLAN_COLUMNS, schedule, STATUS } from '../../src/core/plan';
import { readScoreSheet } from '../../src/core/sheet-input';
import { GRID_001, GRID_002, scoreGrid } from './examples';

const analysisOf = (grid: Grid) => analyse(readScoreSheet(grid, 'คะแนน ITA'));
const LOCAL = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสวัสดิการสังคม'];

/** What the plan sheet holds after rendering, as the next run reads it back. */
function sheetGrid(grid: Grid): Grid {
  const a = analysisOf(grid);
  const plan = buildPlan(a, { divisions: LOCAL });
  return specToGrid(planSheet(a, plan, LOCAL));
}

describe('measures plan', () => {
  test('columns in the order the issue gives, plus the hidden key', () => {
    expect(PLAN_COLUMNS.slice(0, 12)).toEqual([
      'ลำดับ', 'ตัวชี้วัด', 'ประเด็น/ข้อคำถาม', 'มาตรการ/โครงการ/กิจกรรม', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ',
      'วันเริ่ม', 'กำหนดแล้วเสร็จ', 'การติดตามผล/การรายงานผล', 'สถานะ', 'ความคืบหน้า (%)', 'หมายเหตุ',
    ]);
  });

  test('example 002: indicator 9 below target comes first, every measure has steps, owner and dates in FY 2569', () => {
    const a = analysisOf(GRID_002);
    const plan = buildPlan(a);
    expect(plan.planYear).toBe(2569);
    const first = plan.rows[0].cells;
    expect(String(first[COL.indicator])).toContain('9. การเปิดเผยข้อมูล (65.00)');
    expect(plan.rows[0].kind).toBe('fix');
    for (const r of plan.rows) {
      expect(String(r.cells[COL.steps]).split('\n').length).toBeGreaterThanOrEqual(3);
      expect(String(r.cells[COL.owner])).not.toBe('');
      const start = (r.cells[COL.start] as { date: string }).date;
      const end = (r.cells[COL.deadline] as { date: string }).date;
      expect(start >= '2025-10-01' && end <= '2026-09-30' && start <= end).toBe(true);
      expect(r.cells[COL.status]).toBe(STATUS.notStarted);
    }
    // indicators 1–8 are ≥ 85 but under 100: development measures; 10 is full marks: none by default
    expect(plan.rows.filter((r) => r.kind === 'develop').length).toBeGreaterThan(0);
    expect(plan.rows.some((r) => String(r.cells[COL.indicator]).includes('10. การป้องกันการทุจริต'))).toBe(false);
    expect(buildPlan(a, { includeKeep: true }).rows.some((r) => r.kind === 'keep')).toBe(true);
  });

  test('province owners come from the province list', () => {
    const plan = buildPlan(analysisOf(GRID_002));
    expect(plan.rows.every((r) => String(r.cells[COL.owner]).startsWith('กลุ่มงาน') || String(r.cells[COL.owner]).startsWith('ศูนย์'))).toBe(true);
  });

  test('schedule: documents early, six-month reports by April, annual ones by September', () => {
    expect(schedule('q1', 2569, 0)).toEqual({ start: { y: 2025, m: 10, d: 1 }, deadline: { y: 2025, m: 11, d: 30 } });
    expect(schedule('q1', 2569, 5).deadline).toEqual({ y: 2025, m: 12, d: 31 });
    expect(schedule('q2', 2569, 0)).toEqual({ start: { y: 2025, m: 11, d: 1 }, deadline: { y: 2026, m: 3, d: 31 } });
    expect(schedule('half', 2569, 0).deadline).toEqual({ y: 2026, m: 4, d: 30 });
    expect(schedule('year', 2569, 0).deadline).toEqual({ y: 2026, m: 9, d: 30 });
  });

  describe('a second Generate keeps what people typed', () => {
    const before = sheetGrid(GRID_002);
    const header = before.findIndex((r) => r[0] === 'ลำดับ');
    const edited = before.map((r) => [...r]);
    const row = header + 1;
    const key = edited[row][COL.key];
    edited[row][COL.measure] = 'มาตรการที่กองปรับถ้อยคำเอง';
    edited[row][COL.steps] = '1. ขั้นตอนที่พิมพ์เอง';
    edited[row][COL.owner] = 'กองช่าง';
    edited[row][COL.start] = { date: '2025-11-15' };
    edited[row][COL.deadline] = { date: '2026-01-20' };
    edited[row][COL.followUp] = 'รายงานทุกสัปดาห์';
    edited[row][COL.status] = STATUS.inProgress;
    edited[row][COL.progress] = 40;
    edited[row][COL.note] = '=ข้อความที่ขึ้นต้นด้วยเครื่องหมายเท่ากับ';
    const userRow = Array(PLAN_COLUMNS.length).fill('');
    userRow[COL.measure] = 'กิจกรรมที่เพิ่มเอง';
    userRow[COL.owner] = 'กองคลัง';
    edited.push(userRow);

    test('same scores again: every edited column kept, nothing doubled, the hand-added row stays', () => {
      const a = analysisOf(GRID_002);
      const plan = buildPlan(a, { divisions: LOCAL, previous: edited });
      const keys = plan.rows.map((r) => r.key).filter(Boolean);
      expect(new Set(keys).size).toBe(keys.length);
      const kept = plan.rows.find((r) => r.key === key)!.cells;
      expect(kept[COL.measure]).toBe('มาตรการที่กองปรับถ้อยคำเอง');
      expect(kept[COL.steps]).toBe('1. ขั้นตอนที่พิมพ์เอง');
      expect(kept[COL.owner]).toBe('กองช่าง');
      expect(kept[COL.start]).toEqual({ date: '2025-11-15' });
      expect(kept[COL.deadline]).toEqual({ date: '2026-01-20' });
      expect(kept[COL.followUp]).toBe('รายงานทุกสัปดาห์');
      expect(kept[COL.status]).toBe(STATUS.inProgress);
      expect(kept[COL.progress]).toBe(40);
      expect(kept[COL.note]).toBe('=ข้อความที่ขึ้นต้นด้วยเครื่องหมายเท่ากับ');
      expect(plan.rows.filter((r) => r.kind === 'user').map((r) => r.cells[COL.measure])).toEqual(['กิจกรรมที่เพิ่มเอง']);
      expect(plan.counts).toMatchObject({ kept: plan.counts.generated, added: 0, obsolete: 0, user: 1 });
      expect(plan.rows.map((r) => r.cells[COL.no])).toEqual(plan.rows.map((_, k) => k + 1));
    });

    test('a corrected score: the finding that disappeared is marked, not deleted; a new one is added', () => {
      const corrected = scoreGrid({
        agency: 'จังหวัดลำพูน',
        type: 'จังหวัด',
        year: 2568,
        indicators: [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 100, 70],
      });
      const plan = buildPlan(analysisOf(corrected), { divisions: LOCAL, previous: edited });
      const obsolete = plan.rows.filter((r) => r.kind === 'obsolete');
      expect(obsolete.length).toBeGreaterThan(0);
      for (const r of obsolete) expect(String(r.cells[COL.note]).startsWith(OBSOLETE_MARK)).toBe(true);
      expect(plan.counts.added).toBeGreaterThan(0);
      const all = plan.rows.map((r) => r.key).filter(Boolean);
      expect(new Set(all).size).toBe(all.length);
      expect(plan.rows.some((r) => r.cells[COL.measure] === 'กิจกรรมที่เพิ่มเอง')).toBe(true);
      // running once more on its own output marks nothing twice
      const again = buildPlan(analysisOf(corrected), { divisions: LOCAL, previous: specToGrid(planSheet(analysisOf(corrected), plan, LOCAL)) });
      for (const r of again.rows.filter((x) => x.kind === 'obsolete')) expect(String(r.cells[COL.note]).split(OBSOLETE_MARK).length).toBe(2);
    });
  });

  test('example 001 (2568, only o6 low) plans a measure for o6 owned by สำนักปลัด', () => {
    const plan = buildPlan(analysisOf(GRID_001), { divisions: LOCAL });
    const o6 = plan.rows.find((r) => String(r.cells[COL.items]).split(', ').includes('o6'));
    expect(o6).toBeDefined();
    expect(LOCAL).toContain(o6!.cells[COL.owner]);
    void GRID_001;
  });
});
