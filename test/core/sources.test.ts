import { specToGrid } from '../../src/core/layout/spec-grid';
import { runPipeline } from '../../src/core/pipeline';
import { reportFromSources, reportOfAnalysis } from '../../src/core/report';
import { ANALYSIS_LABELS, TEMPLATE_SHEET } from '../../src/core/sheet-names';
import { analyseSources, generatedWith, sourcesFromWorkbook } from '../../src/core/sources';
import { GRID_001 } from './examples';

const today = { y: 2025, m: 11, d: 3 };
const run = runPipeline({ grid: GRID_001, sheetName: TEMPLATE_SHEET, options: { target: 90 }, today });
const sheets = [{ name: TEMPLATE_SHEET, grid: GRID_001 }, ...run.model.sheets.map((s) => ({ name: s.name, grid: specToGrid(s) }))];
const sources = sourcesFromWorkbook(sheets);

describe("one road from a workbook's sheets to the analysis", () => {
  test("the analysis sheet's labels are written and read back from one place", () => {
    const analysis = sources.analysis!;
    expect(analysis.find((r) => r[0] === ANALYSIS_LABELS.target)?.[1]).toBe(90);
    expect(generatedWith(analysis)).toEqual({ agency: 'เทศบาลตำบลทุ่งผึ้ง', year: 2568, target: 90 });
  });

  test('re-analysing the workbook as written gives the analysis Generate made', () => {
    const again = analyseSources(sources.score!, sources, generatedWith(sources.analysis!)).analysis;
    expect(again.total).toBe(96.47);
    expect([again.total, again.target, again.strengths, again.weaknesses]).toEqual([
      run.analysis.total,
      run.analysis.target,
      run.analysis.strengths,
      run.analysis.weaknesses,
    ]);
  });

  test('the document from what was just computed equals the one read back from the workbook (analyze --report and report)', () => {
    const plan = run.model.sheets.find((s) => s.name === run.planSheet)!;
    const direct = reportOfAnalysis(run.analysis, { name: run.planSheet, grid: specToGrid(plan), planYear: run.plan.planYear }, undefined, {}, today);
    const readBack = reportFromSources(sources, {}, { th: 'ไฟล์ทดสอบ', en: 'test file' }, today);
    expect(direct.agency).toBe('เทศบาลตำบลทุ่งผึ้ง');
    expect(direct.measures.length).toBe(readBack.measures.length);
    expect(direct).toEqual(readBack);
  });
});
