/**
 * The words of the agency it is: a province's plan and document speak of its own units and
 * channels, never of a local government's หอกระจายข่าว, ค่าธรรมเนียม or "กองหรือส่วนงาน".
 */
import { PLAN_SHEET } from '../../src/core/sheet-names';
import { runPipeline } from '../../src/core/pipeline';
import { buildReport, fieldsFromGrid } from '../../src/core/report';
import { forAgency, LOCAL_ONLY_WORDS } from '../../src/core/vocabulary';
import { GRID_002, scoreGrid } from './examples';
import { specToGrid } from './layout/sheet-grid';

/** Every indicator and OIT item far below target, so that every measure and advice is drawn. */
const failing = (agency: string, type: string) =>
  scoreGrid({
    agency,
    type,
    year: 2568,
    indicators: [60, 61, 62, 63, 64, 65, 66, 67, 40, 50],
    items: [
      ...Array.from({ length: 15 }, (_, k) => [`i${k + 1}`, 50] as [string, number]),
      ...Array.from({ length: 9 }, (_, k) => [`e${k + 1}`, 50] as [string, number]),
      ...Array.from({ length: 28 }, (_, k) => [`o${k + 1}`, 0] as [string, number]),
    ],
  });

function everything(grid: ReturnType<typeof failing>): { plan: string; report: string } {
  const run = runPipeline({ grid, sheetName: 'คะแนน ITA', today: { y: 2025, m: 10, d: 1 } });
  const plan = specToGrid(run.model.sheets.find((s) => s.name === PLAN_SHEET)!);
  const m = buildReport({
    analysis: run.analysis,
    plan,
    planSheet: { th: PLAN_SHEET, en: PLAN_SHEET },
    planYear: run.plan.planYear,
    fields: fieldsFromGrid(undefined),
    today: { d: 1, m: 10, y: 2568 },
  });
  return { plan: JSON.stringify(plan), report: JSON.stringify(m) };
}

describe('forAgency', () => {
  test.each([
    ['province', 'เช่น สื่อสังคมออนไลน์ ป้ายประกาศ และหอกระจายข่าว โดยใช้ภาษาที่เข้าใจง่าย', 'เช่น สื่อสังคมออนไลน์ และป้ายประกาศ โดยใช้ภาษาที่เข้าใจง่าย'],
    ['province', 'ขั้นตอน ระยะเวลา เอกสาร และค่าธรรมเนียมของทุกงานบริการ', 'ขั้นตอน ระยะเวลา และเอกสารของทุกงานบริการ'],
    ['province', 'ขั้นตอน ค่าธรรมเนียม เอกสารประกอบ และระยะเวลา', 'ขั้นตอน เอกสารประกอบ และระยะเวลา'],
    ['province', 'ให้แต่ละกองหรือส่วนงานตรวจสอบ', 'ให้แต่ละส่วนราชการประจำจังหวัดหรือกลุ่มงานตรวจสอบ'],
    ['department', 'ผู้แทนจากทุกกองหรือส่วนงาน', 'ผู้แทนจากทุกกอง สำนัก หรือกลุ่ม'],
    ['school', 'ผู้แทนจากทุกกองหรือส่วนงาน', 'ผู้แทนจากทุกกลุ่มบริหารงาน'],
    ['local', 'ป้ายประกาศ และหอกระจายข่าว ค่าธรรมเนียม กองหรือส่วนงาน', 'ป้ายประกาศ และหอกระจายข่าว ค่าธรรมเนียม กองหรือส่วนงาน'],
  ] as const)('%s: %s', (kind, text, expected) => {
    expect(forAgency(text, kind)).toBe(expected);
  });
});

describe("a province's plan and document", () => {
  test.each([
    ['example 002 (จังหวัดลำพูน)', GRID_002],
    ['a province failing everything', failing('จังหวัดตัวอย่าง', 'จังหวัด')],
  ])('%s: no local-government-only words', (_, grid) => {
    const { plan, report } = everything(grid);
    for (const word of LOCAL_ONLY_WORDS) {
      expect(plan).not.toContain(word);
      expect(report).not.toContain(word);
    }
  });

  test('a local government failing everything keeps its own words', () => {
    const { plan, report } = everything(failing('องค์การบริหารส่วนตำบลตัวอย่าง', 'องค์การบริหารส่วนตำบล'));
    expect(plan + report).toContain('หอกระจายข่าว');
    expect(plan + report).toContain('ค่าธรรมเนียม');
  });
});
