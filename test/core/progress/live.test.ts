/**
 * Issue 21: the plan's live judgement (its colours, the division views' order, the summary's late
 * column) sees the milestones the follow-up reads, through the hidden helper columns Generate
 * writes. LibreOffice recalculates the plan as written, and its verdict is compared with the
 * follow-up's own reading of the same sheet, as of today (TODAY() moves with the day the test runs,
 * so every date is set relative to it, clear of the rules' edges by five days or more).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheetGrid } from '../../../src/cli/sheet-grid';
import { renderWorkbook } from '../../../src/cli/xlsx-render';
import { dayToIso, dayToSerial, fiscalYearRange, serialToDay, type Day } from '../../../src/core/dates';
import { columnLetter } from '../../../src/core/grid';
import { planShape } from '../../../src/core/layout/plan-shape';
import { planSheet, summarySheet } from '../../../src/core/layout/plan-sheet';
import { inDigits } from '../../../src/core/numbers';
import { runPipeline } from '../../../src/core/pipeline';
import type { PlanRow } from '../../../src/core/plan';
import { COL } from '../../../src/core/forms/plan-columns';
import { milestonesText, type Milestone } from '../../../src/core/plan/milestones';
import { progressMeasures } from '../../../src/core/progress/read';
import { liveCells, liveRules } from '../../../src/core/progress/live';
import type { MeasureState } from '../../../src/core/progress/classify';
import { recalculatedSheets, withLibreOffice } from '../../tools/libreoffice';
import { GRID_FAILING } from '../report/fixtures';

const now = new Date();
const TODAY: Day = { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
const day = (offset: number) => serialToDay(dayToSerial(TODAY) + offset);
/** Five numbered steps of our own, so the first milestone (steps 1–2) asks for 40% and the second (3–4) for 80%. */
const STEPS = ['แต่งตั้งผู้รับผิดชอบ', 'จัดทำร่างแนวทาง', 'ทดลองใช้แนวทาง', 'ปรับปรุงแนวทาง', 'สรุปผลเสนอผู้บริหาร']
  .map((s, k) => `${inDigits(String(k + 1), 'thai')}. ${s}`)
  .join('\n');

interface Case {
  why: string;
  status: string;
  progress: number | '';
  start: number;
  deadline: number;
  /** Days from today of the first and second milestones. */
  milestones: number[];
  expected: MeasureState;
}

const CASES: Case[] = [
  { why: 'on track, its milestone ahead', status: 'กำลังดำเนินการ', progress: 40, start: -60, deadline: 200, milestones: [20], expected: 'onTrack' },
  {
    why: 'a milestone passed 45 days ago at 20% (40% asked)',
    status: 'กำลังดำเนินการ',
    progress: 20,
    start: -120,
    deadline: 200,
    milestones: [-45],
    expected: 'late',
  },
  { why: 'a milestone passed 10 days ago at 20%', status: 'กำลังดำเนินการ', progress: 20, start: -100, deadline: 250, milestones: [-10], expected: 'atRisk' },
  {
    why: 'a milestone passed, its share reached',
    status: 'กำลังดำเนินการ',
    progress: 45,
    start: -120,
    deadline: 200,
    milestones: [-45, 60],
    expected: 'onTrack',
  },
  { why: 'done, milestones passed', status: 'เสร็จแล้ว', progress: 100, start: -200, deadline: 100, milestones: [-150, -60], expected: 'done' },
  {
    why: 'the second milestone passed 40 days ago at 60% (80% asked)',
    status: 'กำลังดำเนินการ',
    progress: 60,
    start: -150,
    deadline: 150,
    milestones: [-100, -40],
    expected: 'late',
  },
  { why: 'not started, its milestone passed 5 days ago', status: 'ยังไม่เริ่ม', progress: 0, start: -20, deadline: 300, milestones: [-5], expected: 'atRisk' },
  { why: 'no status yet, its milestone passed 50 days ago', status: '', progress: '', start: -90, deadline: 250, milestones: [-50], expected: 'late' },
  { why: 'cancelled, its milestone passed', status: 'ยกเลิก', progress: 0, start: -90, deadline: 250, milestones: [-50], expected: 'cancelled' },
  {
    why: 'planned to start 60 days ago, not started, milestone ahead',
    status: 'ยังไม่เริ่ม',
    progress: 0,
    start: -60,
    deadline: 250,
    milestones: [30],
    expected: 'atRisk',
  },
];

const run = runPipeline({ grid: GRID_FAILING, sheetName: 'คะแนน ITA', today: { y: 2025, m: 10, d: 1 } });

/** Generated rows with the case's dates, status and progress; the milestones in the follow-up text, as the plan writes them. */
function caseRows(): PlanRow[] {
  return CASES.map((c, k) => {
    const row = run.plan.rows[k % run.plan.rows.length];
    const cells = [...row.cells];
    const milestones: Milestone[] = c.milestones.map((offset, m) => ({ steps: m ? [3, 4] : [1, 2], by: day(offset) }));
    cells[COL.steps] = STEPS;
    cells[COL.start] = { date: dayToIso(day(c.start)) };
    cells[COL.deadline] = { date: dayToIso(day(c.deadline)) };
    cells[COL.followUp] = inDigits(`รายงานผลต่อผู้บริหารเมื่อดำเนินการแล้วเสร็จ ${milestonesText(milestones)}`, 'thai');
    cells[COL.status] = c.status;
    cells[COL.progress] = c.progress;
    return { ...row, cells };
  });
}

describe("the plan's live rules see the milestones, as the follow-up does", () => {
  test('the helper columns hold each milestone as a date and the progress it asks for, hidden', () => {
    const plan = { ...run.plan, rows: caseRows() };
    const spec = planSheet(run.analysis, plan, run.divisions);
    const shape = planShape(null);
    expect(spec.rows[0].slice(15)).toEqual([
      'กำหนดหมุดหมายแรก (คำนวณ ห้ามแก้ไข)',
      'ร้อยละที่ควรถึง ณ หมุดหมายแรก (คำนวณ ห้ามแก้ไข)',
      'กำหนดหมุดหมายที่สอง (คำนวณ ห้ามแก้ไข)',
      'ร้อยละที่ควรถึง ณ หมุดหมายที่สอง (คำนวณ ห้ามแก้ไข)',
    ]);
    // Row 6: two milestones; row 1: one, the second pair blank.
    expect(spec.rows[6].slice(15)).toEqual([{ date: dayToIso(day(-100)) }, 40, { date: dayToIso(day(-40)) }, 80]);
    expect(spec.rows[1].slice(15)).toEqual([{ date: dayToIso(day(20)) }, 40, '', '']);
    expect(spec.hiddenCols).toEqual([shape.col.key, 16, 17, 18, 19]);
  });

  withLibreOffice('late and at risk in LibreOffice agree with the follow-up for each row, and the summary counts the late ones', async () => {
    const plan = { ...run.plan, rows: caseRows() };
    const spec = planSheet(run.analysis, plan, run.divisions);
    const wb = renderWorkbook({ sheets: [spec, summarySheet(run.divisions, plan)] });
    const ws = wb.getWorksheet(spec.name)!;
    const first = planShape(null).headerRow + 1;
    const [lateCol, riskCol] = [25, 26];
    CASES.forEach((_, k) => {
      const r = first + k;
      const live = liveRules(liveCells((f) => `${columnLetter(planShape(null).col[f])}${r}`));
      ws.getCell(r, lateCol).value = { formula: live.late } as ExcelJS.CellFormulaValue;
      ws.getCell(r, riskCol).value = { formula: live.atRisk } as ExcelJS.CellFormulaValue;
    });
    const path = join(mkdtempSync(join(tmpdir(), 'ita-live-')), 'plan.xlsx');
    await wb.xlsx.writeFile(path);

    // The follow-up reads the same file, as of today.
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const planYear = fiscalYearBE(TODAY);
    const round = { kind: 'date' as const, planYear, from: fiscalYearRange(planYear).start, asOf: TODAY };
    const { measures } = progressMeasures(readSheetGrid(back.getWorksheet(spec.name)!), { th: spec.name, en: spec.name }, round);
    expect(measures.map((m) => [CASES[m.no - 1].why, m.state])).toEqual(CASES.map((c) => [c.why, c.expected]));

    const sheets = recalculatedSheets(path);
    const calc = sheets.get(spec.name)!;
    const live = CASES.map((c, k) => [c.why, Number(calc[first - 1 + k][lateCol - 1]), Number(calc[first - 1 + k][riskCol - 1])]);
    expect(live).toEqual(measures.map((m) => [CASES[m.no - 1].why, m.state === 'late' ? 1 : 0, m.state === 'atRisk' ? 1 : 0]));

    const summary = sheets.get('สรุปมาตรการ ITA')!;
    const total = summary.find((r) => r[0] === 'รวมทุกหน่วยงาน')!;
    // Rows with a status that the follow-up calls late: the row without a status is not counted, as in จำนวนมาตรการ.
    expect(Number(total[6])).toBe(measures.filter((m) => m.state === 'late' && m.status !== '').length);
    expect(Number(total[6])).toBe(2);
  });
});

/** The Buddhist-era fiscal year a day falls in (October starts the next). */
function fiscalYearBE(d: Day): number {
  return d.y + 543 + (d.m >= 10 ? 1 : 0);
}
