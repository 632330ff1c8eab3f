/** The roll-up of many agencies: figures checked against the generated table, ties, names across years, bad rows. */
import type { Grid } from '../../../src/core/grid';
import { buildRollup, readAgencies } from '../../../src/core/rollup';
import { GRID_001, GRID_002 } from '../examples';
import { agencyTable } from '../../tools/agencies';

const rollupOf = (grid: Grid, options = {}, name = 'ผลคะแนน') => buildRollup(readAgencies([{ name, grid }]), options);

describe('a province of 120 local governments over two years', () => {
  const grid = agencyTable({ agencies: 120, years: [2567, 2568], abbreviateLater: true });
  const r = rollupOf(grid, { groupBy: 'district' });
  const rows2568 = grid.slice(1).filter((row) => row[5] === 2568);
  const totals = rows2568.map((row) => row[20] as number);

  test('counts, mean, median and share reaching the target agree with the table', () => {
    expect(r.year).toBe(2568);
    expect(r.previousYear).toBe(2567);
    expect(r.agencies).toHaveLength(120);
    const mean = Math.round((totals.reduce((s, t) => s + t, 0) / 120) * 100) / 100;
    expect(r.overview.mean).toBeCloseTo(mean, 2);
    const sorted = [...totals].sort((a, b) => a - b);
    expect(r.overview.median).toBeCloseTo((sorted[59] + sorted[60]) / 2, 2);
    expect(r.overview.reaching).toBe(totals.filter((t) => t >= 85).length);
    expect(r.overview.levels.reduce((s, n) => s + n, 0)).toBe(120);
    expect(r.followUp).toHaveLength(totals.filter((t) => t < 85).length);
    expect(r.bad).toEqual([]);
    // The figures of this seed, so a change in any rule shows.
    expect([r.overview.mean, r.overview.median, r.overview.reaching]).toEqual([82.63, 83.17, 55]);
  });

  test('groups by type and by district, each adding up to the whole', () => {
    expect(r.byType.map((t) => [t.label, t.count])).toEqual([
      ['องค์การบริหารส่วนจังหวัด', 3],
      ['เทศบาลเมือง', 3],
      ['เทศบาลตำบล', 21],
      ['องค์การบริหารส่วนตำบล', 93],
    ]);
    expect(r.byGroup).toHaveLength(10);
    expect(r.byGroup.reduce((s, g) => s + g.count, 0)).toBe(120);
    expect(r.byGroup.every((g) => g.label.startsWith('อำเภอ') && g.count === 12)).toBe(true);
  });

  test('every agency is matched with last year through its abbreviated name', () => {
    expect(r.agencies[0].name).toMatch(/^(อบจ\.|ทม\.|ทต\.|อบต\.)/);
    expect(r.ranking.every((row) => row.previousRank !== null && row.change !== null)).toBe(true);
    expect(r.missing).toEqual([]);
    const top = r.ranking[0];
    const last = grid.slice(1).find((row) => row[5] === 2567 && String(row[1]).endsWith(top.agency.name.replace(/^(อบจ\.|ทม\.|ทต\.|อบต\.)/, '')))!;
    expect(top.previousTotal).toBe(last[20]);
    expect(r.movers.up[0].change).toBeGreaterThan(0);
    expect(r.movers.up[0].change).toBe(Math.max(...r.ranking.map((x) => x.change!)));
  });

  test('indicator means and shares below target agree with the table', () => {
    for (const ind of r.indicators) {
      const values = rows2568.map((row) => row[5 + ind.no] as number);
      expect(ind.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 2);
      expect(ind.below).toBe(values.filter((v) => v < 85).length);
      expect(ind.lowest.map((l) => l.score)).toEqual(
        [...values]
          .sort((a, b) => a - b)
          .slice(0, 3)
          .filter((v) => v < 85),
      );
    }
  });
});

describe('ties and ranks', () => {
  const grid: Grid = [
    ['ชื่อหน่วยงาน', 'ปีงบประมาณ', 'คะแนนรวม', 'ระดับ'],
    ['เทศบาลตำบลก', 2568, 90, 'ผ่านดี'],
    ['เทศบาลตำบลข', 2568, 95.5, 'ผ่านดีเยี่ยม'],
    ['เทศบาลตำบลค', 2568, '90.00', 'ผ่านดี'],
    ['เทศบาลตำบลง', 2568, 80, 'ต้องปรับปรุง'],
    ['ทต.ก', 2567, 70, 'ต้องปรับปรุง'],
    ['ทต.ข', 2567, 96, 'ผ่านดีเยี่ยม'],
    ['ทต.ค', 2567, 70, 'ต้องปรับปรุง'],
    ['ทต.ง', 2567, 85, 'ผ่าน'],
  ];
  const r = rollupOf(grid);

  test('equal totals share a rank and the next rank skips', () => {
    expect(r.ranking.map((x) => [x.rank, x.agency.name, x.agency.total])).toEqual([
      [1, 'เทศบาลตำบลข', 95.5],
      [2, 'เทศบาลตำบลก', 90],
      [2, 'เทศบาลตำบลค', 90],
      [4, 'เทศบาลตำบลง', 80],
    ]);
    expect(r.ranking.map((x) => [x.previousRank, x.rankChange, x.change])).toEqual([
      [1, 0, -0.5],
      [3, 1, 20],
      [3, 1, 20],
      [2, -2, -5],
    ]);
    expect(r.overview.levels).toEqual([1, 2, 0, 1, 0]);
    expect(r.movers.down.map((m) => [m.name, m.levelFrom, m.levelTo])).toEqual([
      ['เทศบาลตำบลง', 'ผ่าน', 'ต้องปรับปรุง'],
      ['เทศบาลตำบลข', 'ผ่านดีเยี่ยม', 'ผ่านดีเยี่ยม'],
    ]);
  });
});

describe('a table pasted the way ITAS shows it', () => {
  const grid: Grid = [
    ['ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
    [],
    ['อันดับ', 'หน่วยงาน', 'คะแนน', 'ระดับผลการประเมิน'],
    ['๑', 'องค์การบริหารส่วนตำบลหนองแก้ว', '๙๘.๕๐', 'ผ่านดีเยี่ยม'],
    ['๒', 'เทศบาลตำบลนาดี', ' 91.25 ', 'ผ่านดี'],
    ['๓', 'องค์การบริหารส่วนตำบลโคกสูง', '86.10', 'ผ่าน'],
    ['อันดับ', 'หน่วยงาน', 'คะแนน', 'ระดับผลการประเมิน'],
    ['๔', 'องค์การบริหารส่วนตำบลดอนใหญ่', '9O.5', 'ผ่าน'],
    ['๕', 'องค์การบริหารส่วนตำบลท่าเหนือ', '๖๘.๔๐', 'ต้องปรับปรุงโดยด่วน'],
    ['๖', '', '77.00', 'ต้องปรับปรุง'],
  ];
  const r = rollupOf(grid, {}, 'Sheet1');

  test('reads Thai digits, the year in the title, and levels as published', () => {
    expect(r.year).toBe(2568);
    expect(r.ranking.map((x) => [x.rank, x.agency.total, x.agency.level?.th, x.agency.type])).toEqual([
      [1, 98.5, 'ผ่านดีเยี่ยม', 'sao'],
      [2, 91.25, 'ผ่านดี', 'subdistrict'],
      [3, 86.1, 'ผ่าน', 'sao'],
      [4, 68.4, 'ต้องปรับปรุงโดยด่วน', 'sao'],
    ]);
    expect(r.overview).toMatchObject({ count: 4, mean: 86.06, median: 88.68, reaching: 3, levels: [1, 1, 1, 0, 1] });
  });

  test('bad rows are reported with sheet and cell, the rest counted', () => {
    expect(r.bad.map((b) => b.th)).toEqual([
      'แผ่นงาน "Sheet1" เซลล์ C8: ไม่ใช่ตัวเลข ("9O.5") จึงไม่นำมาคำนวณ',
      'แผ่นงาน "Sheet1" เซลล์ B10: ไม่มีชื่อหน่วยงาน จึงไม่นำมาคำนวณ',
    ]);
    expect(r.bad[0].en).toBe('sheet "Sheet1" cell C8: is not a number ("9O.5"); left out of the figures');
  });
});

describe('rows without a year', () => {
  test('each is reported, and --year gives the table its year', () => {
    const grid: Grid = [
      ['ชื่อหน่วยงาน', 'คะแนนรวม'],
      ['อบต.ก', 101],
      ['อบต.ข', 90],
      ['อบต.ค', 80],
    ];
    expect(() => rollupOf(grid, {}, 'Sheet1')).toThrow('ไม่พบผลการประเมินของหน่วยงานใดในปีงบประมาณ');
    const read = readAgencies([{ name: 'Sheet1', grid }]);
    expect(read.bad[1].th).toBe('แผ่นงาน "Sheet1" แถว 3: ไม่ทราบปีงบประมาณของ อบต.ข โปรดเพิ่มคอลัมน์ปีงบประมาณ หรือระบุ --year จึงไม่นำมาคำนวณ');
    const r = buildRollup(readAgencies([{ name: 'Sheet1', grid }], 2568), { year: 2568 });
    expect(r.agencies.map((a) => a.name)).toEqual(['อบต.ข', 'อบต.ค']);
    expect(r.bad.map((b) => b.th)).toEqual(['แผ่นงาน "Sheet1" เซลล์ B2: คะแนนอยู่นอกช่วง 0–100 (101) จึงไม่นำมาคำนวณ']);
    // 90 with no tool scores: the level hinges on them, so it is noted and not counted by level.
    expect(r.overview.levels).toEqual([0, 0, 0, 1, 0]);
    expect(r.notes[0].th).toContain('ระดับผลการประเมินของ อบต.ข (คะแนนรวม 90.00) ขึ้นกับคะแนนรายเครื่องมือที่ไม่ได้ระบุ');
  });
});

describe('score sheets of one agency each', () => {
  test('read with the analysis reader, totals and levels by the framework', () => {
    const r = buildRollup(
      readAgencies([
        { name: 'ทุ่งผึ้ง', grid: GRID_001, file: 'a.xlsx' },
        { name: 'ลำพูน', grid: GRID_002, file: 'b.xlsx' },
      ]),
    );
    expect(r.ranking.map((x) => [x.agency.name, x.agency.total, x.agency.level?.th, x.agency.type])).toEqual([
      ['เทศบาลตำบลทุ่งผึ้ง', 96.47, 'ผ่านดีเยี่ยม', 'subdistrict'],
      ['จังหวัดลำพูน', 90.14, 'ผ่าน', 'province'],
    ]);
    // Example 001 gives o1–o28 with o6 missing: the item most often missed.
    expect(r.missed.map((m) => [m.code, m.missed, m.of])).toEqual([['o6', 1, 1]]);
  });
});

describe('the same name in two provinces', () => {
  test('are two agencies, each matched with its own last year', () => {
    const grid: Grid = [
      ['ชื่อหน่วยงาน', 'จังหวัด', 'ปี', 'คะแนนรวม', 'ระดับ'],
      ['อบต.บ้านใหม่', 'ลำปาง', 2567, 80, 'ต้องปรับปรุง'],
      ['อบต.บ้านใหม่', 'แพร่', 2567, 90, 'ผ่านดี'],
      ['องค์การบริหารส่วนตำบลบ้านใหม่', 'ลำปาง', 2568, 86, 'ผ่าน'],
      ['องค์การบริหารส่วนตำบลบ้านใหม่', 'แพร่', 2568, 88, 'ผ่านดี'],
    ];
    const r = rollupOf(grid, { groupBy: 'province' });
    expect(r.bad).toEqual([]);
    expect(r.ranking.map((x) => [x.agency.province, x.rank, x.previousRank, x.change])).toEqual([
      ['แพร่', 1, 1, -2],
      ['ลำปาง', 2, 2, 6],
    ]);
    expect(r.byGroup.map((g) => [g.label, g.count, g.mean])).toEqual([
      ['แพร่', 1, 88],
      ['ลำปาง', 1, 86],
    ]);
  });
});

describe('one table per year', () => {
  test('the sheet name gives each table its year, and the later year is rolled up against the earlier', () => {
    const table = (rows: [string, number][]): Grid => [['ชื่อ อปท.', 'คะแนน ITA'], ...rows];
    const read = readAgencies([
      {
        name: '2567',
        grid: table([
          ['ทต.นาดี', 80],
          ['อบต.โคกสูง', 91.5],
        ]),
      },
      {
        name: 'ปี 2568',
        grid: table([
          ['เทศบาลตำบลนาดี', 88.25],
          ['องค์การบริหารส่วนตำบลโคกสูง', 84.1],
        ]),
      },
    ]);
    const r = buildRollup(read);
    expect([r.year, r.previousYear]).toEqual([2568, 2567]);
    expect(r.ranking.map((x) => [x.agency.name, x.previousRank, x.change])).toEqual([
      ['เทศบาลตำบลนาดี', 2, 8.25],
      ['องค์การบริหารส่วนตำบลโคกสูง', 1, -7.4],
    ]);
    expect(r.followUp.map((f) => [f.agency.name, f.gap])).toEqual([['องค์การบริหารส่วนตำบลโคกสูง', 0.9]]);
  });
});
