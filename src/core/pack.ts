/**
 * One agency's own pack from its row of the roll-up: its score sheet as the template lays it out,
 * its earlier years as the ผลย้อนหลัง sheet, the analysis workbook's sheets as `analyze` writes them
 * into a new file, and the report's model built from them as `analyze --report` builds it (through
 * reportOfAnalysis, dated the plan's approval day like it). Same pipeline, same rules.
 */
import type { Day } from './dates';
import { INDICATORS } from './editions';
import { HISTORY_SHEET, TEMPLATE_SHEET } from './sheet-names';
import { COLORS, SheetBuilder } from './layout/builder';
import { historyTemplate } from './layout/history-template';
import type { SheetSpec } from './layout/model';
import type { Grid, GridValue } from './grid';
import { specToGrid } from './layout/spec-grid';
import type { DigitStyle } from './numbers';
import { defaultApproval } from './plan/schedule';
import { runPipeline } from './pipeline';
import { reportOfAnalysis, type ReportModel } from './report';
import { TEMPLATE_LABELS } from './sheet-input';
import { TYPE_LABEL } from './rollup/agency-types';
import type { AgencyRecord } from './rollup/types';

export interface PackOptions {
  target?: number;
  digits: DigitStyle;
  /** Today (C.E.), Thai time. */
  today: Day;
}

export interface Pack {
  agency: string;
  year: number;
  sheets: SheetSpec[];
  report: ReportModel;
}

const TOOL_LABEL: Record<string, string> = { IIT: 'IIT', EIT: 'EIT', EIT1: 'EIT ส่วนที่ 1', EIT2: 'EIT ส่วนที่ 2', OIT: 'OIT' };

/** The score sheet a coordinator would have typed for this row. */
export function scoreGridOf(r: AgencyRecord): Grid {
  const rows: GridValue[][] = [
    ['แบบกรอกคะแนนผลการประเมิน ITA'],
    [TEMPLATE_LABELS.agency, r.name],
    [TEMPLATE_LABELS.agencyType, r.type === 'other' ? '' : TYPE_LABEL[r.type]],
    [TEMPLATE_LABELS.year, r.year],
    [TEMPLATE_LABELS.publishedTotal, r.publishedTotal],
    [TEMPLATE_LABELS.publishedLevel, r.publishedLevel],
    [],
    ['เครื่องมือ', 'ชื่อเครื่องมือ', 'คะแนน'],
    ...Object.entries(r.tools).map(([id, v]) => [TOOL_LABEL[id], '', v]),
    [],
    ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
    ...INDICATORS.map((i) => [i.no, i.nameTh, r.indicators[i.no - 1]]),
  ];
  if (r.items.size) rows.push([], ['ข้อ', 'ข้อคำถาม/รายการ', 'คะแนน'], ...[...r.items].map(([code, v]) => [code, '', v]));
  return rows;
}

export function buildPack(r: AgencyRecord, earlier: readonly AgencyRecord[], o: PackOptions): Pack {
  const grid = scoreGridOf(r);
  const history = earlier.length
    ? historyTemplate(
        r.year,
        earlier.map((e) => ({ year: e.year, indicators: e.indicators, tools: e.tools, total: e.publishedTotal, level: e.publishedLevel, source: e.source })),
      )
    : null;
  const run = runPipeline({
    grid,
    sheetName: TEMPLATE_SHEET,
    options: { target: o.target, digits: o.digits },
    today: o.today,
    maxSheetName: 31,
    others: history ? [{ name: HISTORY_SHEET, grid: specToGrid(history) }] : [],
  });
  const plan = run.model.sheets.find((s) => s.name === run.planSheet)!;
  // No ข้อมูลรายงาน sheet in a pack: the document's fields are the defaults, as for a new workbook.
  // The approval day the plan was just made with is the one its dates would give back: passed, not re-read.
  const report = reportOfAnalysis(
    run.analysis,
    { name: run.planSheet, grid: specToGrid(plan), planYear: run.plan.planYear },
    undefined,
    { digits: o.digits, approval: defaultApproval(run.plan.planYear, o.today) },
    o.today,
  );
  return { agency: run.analysis.agency, year: run.analysis.year, sheets: [scoreSheet(grid), ...(history ? [history] : []), ...run.model.sheets], report };
}

/** The score sheet as written into the pack: the grid as it is, labels bold. */
function scoreSheet(grid: Grid): SheetSpec {
  const b = new SheetBuilder(TEMPLATE_SHEET, 'replace', [120, 420, 100]);
  grid.forEach((row) => b.row(row, typeof row[2] === 'string' && row[2] === 'คะแนน' ? { bold: true, background: COLORS.band } : undefined));
  b.spec.print.landscape = false;
  return b.spec;
}
