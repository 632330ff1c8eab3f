/**
 * Issue 10: a merge that survives the edits people make to a plan they share for a year.
 * Each test starts from the plan sheet as we draw it, edits it as a person would in Sheets,
 * regenerates, and reads back what the sheet would hold.
 */
import { analyse } from '../../../src/core/analysis';
import { planSheet } from '../../../src/core/layout/plan-sheet';
import type { Grid, GridValue } from '../../../src/core/grid';
import { buildPlan, COL, isLiveMeasure, OBSOLETE_MARK, STATUS, type Plan } from '../../../src/core/plan';
import { readScoreSheet } from '../../../src/core/sheet-input';
import { GRID_002, scoreGrid } from '../examples';
import { specToGrid } from '../layout/sheet-grid';

const LOCAL = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสวัสดิการสังคม'];
const WIDE = scoreGrid({ agency: 'เทศบาลตำบลทดสอบ', type: 'เทศบาลตำบล', year: 2568, indicators: [70, 72, 75, 71, 69, 73, 74, 72, 40, 50] });
const analysis = (grid: Grid) => analyse(readScoreSheet(grid, 'คะแนน ITA'));

/** Generate onto a sheet holding `sheet` (or nothing): the plan and the sheet afterwards. */
function generate(sheet: Grid | null, scores: Grid = WIDE, formulas?: string[][]): { plan: Plan; sheet: Grid } {
  const a = analysis(scores);
  const plan = buildPlan(a, { divisions: LOCAL, previous: sheet ?? undefined, previousFormulas: formulas });
  const spec = planSheet(a, plan, LOCAL);
  return { plan, sheet: specToGrid(spec, spec.mode === 'update' && sheet ? sheet : []) };
}

const headerRowOf = (g: Grid) => g.findIndex((r) => r.includes('มาตรการ/โครงการ/กิจกรรม'));
const colOf = (g: Grid, text: string) => g[headerRowOf(g)].indexOf(text);
const rowsUnder = (g: Grid) => g.slice(headerRowOf(g) + 1).filter((r) => r.some((v) => v !== '' && v !== null));
const copy = (g: Grid): GridValue[][] => g.map((r) => [...r]);

describe('the plan merge keeps what people typed through ordinary edits', () => {
  const first = generate(null).sheet;
  const h = headerRowOf(first);
  const key = colOf(first, 'รหัสมาตรการ (ห้ามแก้ไข)');
  const note = colOf(first, 'หมายเหตุ');
  const owner = colOf(first, 'ผู้รับผิดชอบ');
  const progress = colOf(first, 'ความคืบหน้า (%)');
  const measures = rowsUnder(first).length;

  test('the first plan has 10 measures for the findings and the routine one, under a header on row 3', () => {
    expect(h).toBe(2);
    expect(measures).toBe(11);
  });

  test('a copied row (a measure split between two divisions) keeps both rows, each with its own owner, progress and note', () => {
    const g = copy(first);
    const row = [...g[h + 1]];
    g[h + 1][owner] = 'กองคลัง';
    g[h + 1][progress] = 30;
    g[h + 1][note] = 'ส่วนของกองคลัง';
    row[owner] = 'กองช่าง';
    row[progress] = 70;
    row[note] = 'ส่วนของกองช่าง';
    g.splice(h + 2, 0, row);
    const { plan, sheet } = generate(g);
    const same = rowsUnder(sheet).filter((r) => r[key] === g[h + 1][key]);
    expect(same.map((r) => [r[owner], r[progress], r[note]])).toEqual([
      ['กองคลัง', 30, 'ส่วนของกองคลัง'],
      ['กองช่าง', 70, 'ส่วนของกองช่าง'],
    ]);
    expect(plan.counts).toMatchObject({ kept: measures, copies: 1, added: 0, obsolete: 0, user: 0 });
    // Run again: still two rows, nothing doubled, nothing marked.
    const again = generate(sheet).sheet;
    expect(rowsUnder(again)).toHaveLength(measures + 1);
    expect(rowsUnder(again).filter((r) => String(r[note]).startsWith(OBSOLETE_MARK))).toEqual([]);
  });

  test("a key typed over with another row's key: that row stays its own measure and keeps its note", () => {
    const g = copy(first);
    g[h + 2][note] = 'บันทึกของแถวที่สอง';
    const secondKey = g[h + 2][key];
    g[h + 2][key] = g[h + 1][key];
    const { plan, sheet } = generate(g);
    const rows = rowsUnder(sheet);
    expect(rows).toHaveLength(measures);
    const back = rows.find((r) => r[note] === 'บันทึกของแถวที่สอง')!;
    expect(back[key]).toBe(secondKey);
    expect(plan.counts).toMatchObject({ kept: measures, added: 0, copies: 0 });
  });

  test('a cleared key column: rows are matched by text and indicator, no measure is doubled, edits stay', () => {
    const g = copy(first);
    for (let r = h + 1; r < g.length; r++) g[r][key] = '';
    g[h + 3][progress] = 55;
    const { plan, sheet } = generate(g);
    const rows = rowsUnder(sheet);
    expect(rows).toHaveLength(measures);
    expect(new Set(rows.map((r) => r[key])).size).toBe(measures);
    expect(rows[2][progress]).toBe(55);
    expect(plan.counts).toMatchObject({ kept: measures, added: 0, user: 0 });
    expect(plan.unsure).toEqual([]);
  });

  test('rows typed above the header: the header is found where it now is, the text above is never written over', () => {
    const g: GridValue[][] = [['บันทึกของผู้ประสานงาน: ส่งแผนให้นายกฯ ลงนามแล้ว'], ['', 'อ้างอิงหนังสือที่ ลพ ๕๑๐๐๑/๑๒๓'], ...copy(first)];
    for (let r = 2 + h + 1; r < g.length; r++) g[r][note] = `บันทึกแถว ${r}`;
    const { plan, sheet } = generate(g);
    expect(sheet[0][0]).toBe('บันทึกของผู้ประสานงาน: ส่งแผนให้นายกฯ ลงนามแล้ว');
    expect(sheet[1][1]).toBe('อ้างอิงหนังสือที่ ลพ ๕๑๐๐๑/๑๒๓');
    expect(headerRowOf(sheet)).toBe(h + 2);
    expect(String(sheet[2][0])).toMatch(/^มาตรการส่งเสริมคุณธรรม/);
    expect(rowsUnder(sheet).map((r) => r[note])).toEqual(Array.from({ length: measures }, (_, k) => `บันทึกแถว ${2 + h + 1 + k}`));
    expect(plan.counts).toMatchObject({ kept: measures, obsolete: 0, added: 0 });
  });

  test('a column inserted before ผู้รับผิดชอบ stays in place with its figures; owners stay owners; notes survive two runs', () => {
    const g = copy(first).map((r, k) => {
      const out = [...r];
      out.splice(owner, 0, k === h ? 'งบประมาณ (บาท)' : k > h ? 10000 * k : '');
      return out;
    });
    const notes = rowsUnder(g).map((_, k) => `หมายเหตุที่ ${k + 1}`);
    rowsUnder(g).forEach((r, k) => (r[note + 1] = notes[k]));
    const once = generate(g).sheet;
    const twice = generate(once).sheet;
    for (const sheet of [once, twice]) {
      expect(colOf(sheet, 'งบประมาณ (บาท)')).toBe(owner);
      expect(colOf(sheet, 'ผู้รับผิดชอบ')).toBe(owner + 1);
      const rows = rowsUnder(sheet);
      expect(rows.map((r) => r[owner])).toEqual(rowsUnder(g).map((r) => r[owner]));
      expect(rows.every((r) => LOCAL.includes(String(r[owner + 1])))).toBe(true);
      expect(rows.map((r) => r[note + 1])).toEqual(notes);
      expect(rows.filter((r) => String(r[note + 1]).startsWith(OBSOLETE_MARK))).toEqual([]);
    }
  });

  test('a formula a division typed in a kept cell comes back as a formula', () => {
    const g = copy(first);
    const formulas = g.map((r) => r.map(() => ''));
    g[h + 1][progress] = 50;
    formulas[h + 1][progress] = '=100*2/4';
    g[h + 2][note] = 'ดูแผ่นงานงบประมาณ';
    formulas[h + 2][note] = '="ดูแผ่นงาน"&"งบประมาณ"';
    const { plan } = generate(g, WIDE, formulas);
    const live = plan.rows.filter(isLiveMeasure);
    expect(live[0].cells[COL.progress]).toEqual({ formula: '=100*2/4' });
    expect(live[1].cells[COL.note]).toEqual({ formula: '="ดูแผ่นงาน"&"งบประมาณ"' });
  });

  test('a row added by hand with no key is kept as the person wrote it, in place', () => {
    const g = copy(first);
    const mine = new Array<GridValue>(g[h].length).fill('');
    mine[colOf(g, 'มาตรการ/โครงการ/กิจกรรม')] = 'อบรมเจ้าหน้าที่ใหม่เรื่องการรับของขวัญ';
    mine[owner] = 'สำนักปลัด';
    g.splice(h + 3, 0, mine);
    const { plan, sheet } = generate(g);
    expect(rowsUnder(sheet)[2][colOf(g, 'มาตรการ/โครงการ/กิจกรรม')]).toBe('อบรมเจ้าหน้าที่ใหม่เรื่องการรับของขวัญ');
    expect(plan.counts).toMatchObject({ user: 1, kept: measures });
    expect(plan.unsure).toEqual([]);
  });

  test('new findings come after the rows people already have; a vanished finding is marked once, never removed', () => {
    const g = copy(first);
    g[h + 1][progress] = 80;
    const { plan, sheet } = generate(g, GRID_002);
    const rows = rowsUnder(sheet);
    expect(rows[0][progress]).toBe(80);
    expect(plan.counts.obsolete + plan.counts.kept).toBe(measures);
    expect(rows.length).toBe(measures + plan.counts.added);
    const again = generate(sheet, GRID_002).sheet;
    for (const r of rowsUnder(again).filter((x) => String(x[note]).startsWith(OBSOLETE_MARK))) expect(String(r[note]).split(OBSOLETE_MARK)).toHaveLength(2);
  });

  test('when the header is gone the merge is unsure: the old sheet must be copied first', () => {
    const g = copy(first);
    g[h] = g[h].map(() => '');
    const { plan } = generate(g);
    expect(plan.unsure.map((u) => u.en)).toEqual(["the plan's header row was not found in the old sheet"]);
  });

  test('when the key column is gone and edited rows cannot be matched, the merge is unsure', () => {
    const g = copy(first).map((r) => r.filter((_, c) => c !== key));
    const measure = colOf(g, 'มาตรการ/โครงการ/กิจกรรม');
    g[h + 1][measure] = 'ถ้อยคำที่กองเขียนใหม่ทั้งหมด';
    g[h + 1][note] = 'สิ่งที่ต้องไม่หาย';
    const { plan, sheet } = generate(g);
    expect(plan.unsure.map((u) => u.en)).toEqual(['the measure keys are gone from the old sheet and 1 old rows could not be matched to a measure']);
    // The row is still kept (as a row a person wrote), and the key column is back on the right.
    expect(rowsUnder(sheet).some((r) => r.includes('สิ่งที่ต้องไม่หาย'))).toBe(true);
    expect(colOf(sheet, 'รหัสมาตรการ (ห้ามแก้ไข)')).toBe(g[h].length);
  });

  test("the plan's status stays a division's choice", () => {
    const g = copy(first);
    const status = colOf(g, 'สถานะ');
    g[h + 1][status] = STATUS.done;
    expect(rowsUnder(generate(g).sheet)[0][status]).toBe(STATUS.done);
  });
});
