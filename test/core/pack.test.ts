/** An agency's pack: its document comes the one road (reportOfAnalysis), dated like `analyze --report`'s. */
import { readAgencies } from '../../src/core/rollup';
import { buildPack } from '../../src/core/pack';
import { reportFromSources } from '../../src/core/report';
import { specToGrid } from '../../src/core/layout/spec-grid';
import { ANALYSIS_SHEET, HISTORY_SHEET, PLAN_SHEET, TEMPLATE_SHEET } from '../../src/core/sheet-names';
import { agencyTable } from '../tools/agencies';

const { records } = readAgencies([{ name: 'ผลคะแนน', grid: agencyTable({ agencies: 3, years: [2567, 2568], items: true }) }]);
const record = records.find((r) => r.year === 2568)!;
const earlier = records.filter((r) => r.name === record.name && r.year < 2568);

describe('the document of a pack', () => {
  test("after the plan's fiscal year: dated its approval day (1 October 2568), not the day the pack is made", () => {
    const pack = buildPack(record, earlier, { digits: 'thai', today: { y: 2026, m: 12, d: 3 } });
    expect(pack.report.issued).toEqual({ d: 1, m: 10, y: 2568 });
  });

  test('inside the fiscal year: approved today, so dated today', () => {
    const pack = buildPack(record, earlier, { digits: 'thai', today: { y: 2026, m: 3, d: 15 } });
    expect(pack.report.issued).toEqual({ d: 15, m: 3, y: 2569 });
  });

  test("the same model `report` builds from the pack's own sheets", () => {
    const today = { y: 2026, m: 12, d: 3 };
    const pack = buildPack(record, earlier, { digits: 'thai', today });
    const grid = (name: string) => specToGrid(pack.sheets.find((s) => s.name === name)!);
    const fromSheets = reportFromSources(
      {
        score: { name: TEMPLATE_SHEET, grid: grid(TEMPLATE_SHEET) },
        analysis: grid(ANALYSIS_SHEET),
        plan: { name: PLAN_SHEET, grid: grid(PLAN_SHEET) },
        others: [{ name: HISTORY_SHEET, grid: grid(HISTORY_SHEET) }],
      },
      { digits: 'thai' },
      { th: 'ชุดเอกสาร', en: 'the pack' },
      today,
    );
    expect(pack.report).toEqual(fromSheets);
  });
});
