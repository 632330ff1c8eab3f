import { analyse } from '../../src/core/analysis';
import { readScoreSheet } from '../../src/core/sheet-input';
import { GRID_001, GRID_002, GRID_003, scoreGrid } from './examples';

const run = (grid: ReturnType<typeof scoreGrid>, opts = {}) => analyse(readScoreSheet(grid, 'คะแนน ITA'), opts);

describe('analysis', () => {
  test('example 001: 96.47, ผ่านดีเยี่ยม from the four tools, o6 the one low item', () => {
    const a = run(GRID_001);
    expect(a.total).toBe(96.47);
    expect(a.level?.th).toBe('ผ่านดีเยี่ยม');
    expect(a.tools.map((t) => [t.id, t.score, t.weight, t.points])).toEqual([
      ['IIT', 99.08, 30, 29.72],
      ['EIT1', 95.37, 15, 14.31],
      ['EIT2', 96.3, 15, 14.45],
      ['OIT', 95, 40, 38],
    ]);
    expect(a.weaknesses).toEqual([]);
    expect(a.strengths).toEqual([3, 5, 10, 2, 1, 4, 6, 7, 8, 9]);
    expect(a.indicators.map((r) => r.rank)).toEqual([5, 4, 1, 6, 1, 7, 8, 9, 10, 1]);
    const ind9 = a.indicators[8];
    expect(ind9.lowItems.map((i) => [i.code, i.score, i.fixedBy.map((f) => f.code)])).toEqual([['o6', 0, ['o6']]]);
    expect(ind9.narrativeTh).toContain('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๙๐.๐๐ คะแนน');
    expect(ind9.narrativeTh).toContain('ข้อ o6');
    expect(a.indicators[2].narrativeTh).toContain('ได้คะแนนเต็ม');
    expect(a.warnings.map((w) => w.en)).toEqual(['The 2568 sub-indicator grouping is an estimate consistent with example 001, not confirmed by the manual']);
  });

  test('example 002: 90.15 recomputed, ผ่าน, indicator 9 the weakness 20.00 below target', () => {
    const a = run(GRID_002);
    expect(a.total).toBe(90.15);
    expect(a.level?.th).toBe('ผ่าน');
    expect(a.weaknesses).toEqual([9]);
    expect(a.indicators[8].gap).toBe(20);
    expect(a.indicators[8].pass).toBe(false);
    expect(a.indicators[8].narrativeTh).toContain('ต่ำกว่าค่าเป้าหมาย (๘๕ คะแนน) อยู่ ๒๐.๐๐ คะแนน');
    expect(a.warnings).toEqual([]);
    expect(a.tools.map((t) => [t.id, t.score])).toEqual([['IIT', 94.47], ['EIT', 96.01], ['OIT', 82.5]]);
  });

  test('a published total beyond rounding is pointed out with both figures', () => {
    const grid = GRID_002.map((r) => [...r]);
    grid[4][1] = 91.5;
    const a = run(grid);
    expect(a.warnings[0].th).toContain('คะแนนรวมที่ประกาศ (91.50) ต่างจากคะแนนที่คำนวณใหม่ (90.15)');
    expect(a.warnings[0].en).toContain('an indicator or tool score was probably mistyped');
  });

  test('a tool score that disagrees with its indicators names the tool', () => {
    const grid = GRID_001.map((r) => [...r]);
    grid[7][2] = 89.08; // IIT
    const a = run(grid);
    expect(a.warnings.some((w) => w.en.startsWith('The IIT score given (89.08) differs from the mean of indicators 1–5 (99.08)'))).toBe(true);
  });

  test('example 003 (2565): AA, and a higher target turns e14 into a low item', () => {
    const a = run(GRID_003);
    expect(a.total).toBe(99.76);
    expect(a.level?.th).toBe('AA');
    expect(a.indicators.flatMap((r) => r.lowItems)).toEqual([]);
    const strict = run(GRID_003, { target: 99 });
    expect(strict.weaknesses).toEqual([6]);
    expect(strict.indicators[7].lowItems.map((i) => [i.code, i.score])).toEqual([['e14', 98.83]]);
  });

  test('2566: EIT advice points at the 2566 OIT items (codes renumbered from 2564)', () => {
    const grid = scoreGrid({ agency: 'ทดสอบ', year: 2566, indicators: [90, 90, 90, 90, 90, 90, 90, 80, 90, 90], items: [['e13', 70]] });
    const item = run(grid).indicators[7].lowItems[0];
    expect(item.code).toBe('e13');
    expect(item.fixedBy.every((f) => f.nameTh !== f.code)).toBe(true);
    expect(item.fixedBy.map((f) => f.code)).toContain('o18');
  });

  test('no year anywhere is an error that says what to do', () => {
    const grid = GRID_002.map((r) => [...r]);
    grid[3][1] = '';
    expect(() => run(grid)).toThrow('ไม่พบปีงบประมาณในแผ่นงาน "คะแนน ITA" โปรดระบุปีงบประมาณที่ประเมิน');
    expect(run(grid, { year: 2568 }).total).toBe(90.15);
  });
});
