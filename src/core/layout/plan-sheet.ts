/** Plan → the `มาตรการ ITA` sheet: the measures table divisions update, plus its summary sheet. */
import type { Analysis } from '../analysis';
import { inDigits } from '../numbers';
import { dayToIso, endOfMonthAfter, fiscalYearRange, thaiDate } from '../dates';
import { COL, HELPER_FIELDS, MILESTONE_FIELDS, OBSOLETE_MARK, PLAN_COLUMNS, PLAN_FIELDS, STATUS, STATUS_VALUES, type PlanField } from '../forms/plan-columns';
import { milestoneCells } from '../plan/milestones';
import type { Plan, PlanRow } from '../plan';
import { PLAN_SUBTITLE_MARK, PLAN_TITLE_PREFIX } from '../plan/read';
import { COLORS, HEADER_STYLE, SheetBuilder } from './builder';
import type { Rect, SheetSpec } from './model';
import { type CellValue, columnLetter } from '../grid';
import { planShape, TITLE_SPAN, type PlanShape } from './plan-shape';
import { liveCells, liveRules } from '../progress/live';
import { statusIs } from '../plan/status-formula';
import { DIVISIONS_HEADER, DIVISIONS_SHEET, PLAN_SHEET, SUMMARY_COUNT_HEADER, SUMMARY_SHEET } from '../sheet-names';

/** Blank rows below the plan that still get dropdowns and rules, for rows people add by hand. */
const SPARE_ROWS = 50;
/** Rows the summary's closed ranges reach (every spreadsheet program reads A4:A1000 the same way). */
const SUMMARY_REACH = 1000;
export const DATE_FORMAT = 'd mmm yyyy';
export const SUMMARY_LATE_HEADER = 'ล่าช้ากว่ากำหนด (ณ วันนี้)';
const WIDTHS: Record<PlanField, number> = {
  no: 50,
  indicator: 180,
  items: 110,
  measure: 230,
  steps: 380,
  owner: 140,
  coOwner: 160,
  start: 100,
  deadline: 110,
  revised: 130,
  followUp: 200,
  status: 120,
  progress: 90,
  note: 200,
  key: 40,
  milestone1: 100,
  share1: 60,
  milestone2: 100,
  share2: 60,
};

/** The sheet's rows as they go into the sheet, in its shape (our columns where they now stand). */
export function planTableRows(plan: Plan, shape: PlanShape = planShape(plan.previous)): CellValue[][] {
  return plan.rows.map((r) => sheetRow(r, shape));
}

function sheetRow(r: PlanRow, shape: PlanShape): CellValue[] {
  const out = new Array<CellValue>(shape.width).fill('');
  for (const f of PLAN_FIELDS) out[shape.col[f] - 1] = r.cells[COL[f]] ?? '';
  for (const [c, v] of r.extra ?? []) out[c] = v;
  // The helper columns follow the follow-up text as it stands now (a division may have moved a date), never what the sheet held.
  milestoneCells(r.cells[COL.followUp], r.cells[COL.steps], MILESTONE_FIELDS.length).forEach((cells, k) => {
    out[shape.col[MILESTONE_FIELDS[k].by] - 1] = cells.by;
    out[shape.col[MILESTONE_FIELDS[k].share] - 1] = cells.share;
  });
  return out;
}

export function planSheet(a: Analysis, plan: Plan, divisions: string[], name = PLAN_SHEET): SheetSpec {
  const shape = planShape(plan.previous);
  const widths = new Array<number>(shape.width).fill(0);
  for (const f of PLAN_FIELDS) widths[shape.col[f] - 1] = WIDTHS[f];
  const b = new SheetBuilder(name, shape.replace ? 'replace' : 'update', widths);
  b.spec.startRow = shape.headerRow;
  const title = `${PLAN_TITLE_PREFIX} พ.ศ. ${inDigits(String(plan.planYear), a.digits)}`;
  const subtitle = `${a.agency} · ${PLAN_SUBTITLE_MARK} ${inDigits(`ประจำปีงบประมาณ พ.ศ. ${a.year} (คะแนนรวม ${a.officialTotal.toFixed(2)})`, a.digits)}`;
  if (shape.titleRow) {
    b.cell(shape.titleRow, 1, title, { bold: true, fontSize: 14, fontColor: COLORS.title });
    if (shape.mergeTitle) b.spec.merges.push({ row: shape.titleRow, col: 1, rows: 1, cols: TITLE_SPAN });
  }
  if (shape.subtitleRow) b.cell(shape.subtitleRow, 1, subtitle, { italic: true });

  const header = new Array<CellValue>(shape.width).fill('');
  // The key header is how a renamed plan is found again: always ours.
  for (const f of PLAN_FIELDS) header[shape.col[f] - 1] = (f === 'key' ? undefined : shape.headers[f]) ?? PLAN_COLUMNS[COL[f]];
  for (const [c, v] of shape.extras) header[c - 1] = v;
  b.spec.rows.push(header, ...planTableRows(plan, shape));
  const first = shape.headerRow + 1;
  const rows = Math.max(plan.rows.length, 1) + SPARE_ROWS;
  const ours = (f: PlanField, height = rows, top = first): Rect => ({ row: top, col: shape.col[f], rows: height, cols: 1 });
  // Our columns only: the formats people gave the columns they added stay theirs.
  for (const f of PLAN_FIELDS) {
    b.style(ours(f, 1, shape.headerRow), HEADER_STYLE);
    b.style(ours(f), { vAlign: 'top', wrap: true });
    if (plan.rows.length) b.style(ours(f, plan.rows.length), { border: true });
  }
  b.spec.frozenRows = shape.headerRow;
  // Printed landscape to the page width, the header on every page, without the status colours.
  b.spec.print = { landscape: true, fitToWidth: true, repeatRow: shape.headerRow, monochrome: true };
  b.spec.frozenCols = 1;
  b.spec.hiddenCols = [shape.col.key, ...HELPER_FIELDS.map((f) => shape.col[f])];
  const { start, end } = fiscalYearRange(plan.planYear);
  const afterYear = endOfMonthAfter(end, 1);
  b.style(ours('no'), { hAlign: 'center' });
  b.style(ours('start'), { numberFormat: DATE_FORMAT });
  b.style(ours('deadline'), { numberFormat: DATE_FORMAT });
  b.style(ours('revised'), { numberFormat: DATE_FORMAT });
  for (const m of MILESTONE_FIELDS) b.style(ours(m.by), { numberFormat: DATE_FORMAT });
  b.style(ours('progress'), { numberFormat: '0', hAlign: 'center' });
  b.style(ours('key'), { fontColor: '#999999', fontSize: 8 });
  b.spec.validations.push(
    {
      kind: 'listFromRange',
      rect: ours('owner'),
      sheet: DIVISIONS_SHEET,
      a1: 'A2:A100',
      values: divisions,
      strict: false,
      helpText: 'เลือกหน่วยงานภายในที่รับผิดชอบ (แก้ไขรายชื่อได้ที่แผ่นงาน หน่วยงานภายใน)',
    },
    { kind: 'list', rect: ours('status'), values: STATUS_VALUES, strict: true, helpText: 'เลือกสถานะการดำเนินการ' },
    { kind: 'number', rect: ours('progress'), min: 0, max: 100, helpText: 'ใส่ร้อยละความคืบหน้า 0–100' },
    { kind: 'date', rect: ours('start'), min: dayToIso(start), max: dayToIso(end), helpText: `วันที่ภายในปีงบประมาณ พ.ศ. ${plan.planYear}` },
    // A report on the year's (or September's) data is due the month after the year ends.
    {
      kind: 'date',
      rect: ours('deadline'),
      min: dayToIso(start),
      max: dayToIso(afterYear),
      helpText: `วันที่ภายในปีงบประมาณ พ.ศ. ${plan.planYear} หรือถึง ${thaiDate(afterYear)} สำหรับรายงานผลของทั้งปี`,
    },
    { kind: 'date', rect: ours('revised'), min: dayToIso(start), max: dayToIso(afterYear), helpText: 'กำหนดแล้วเสร็จใหม่เมื่อต้องเลื่อน (กำหนดเดิมยังคงไว้เพื่อรายงาน)' },
  );
  const all = { row: first, col: 1, rows, cols: shape.width };
  const at = (f: PlanField) => `$${columnLetter(shape.col[f])}${first}`;
  const L = at('note');
  // The follow-up's own rules, milestones included through the helper columns: red late, amber at risk.
  const live = liveRules(liveCells(at));
  b.spec.conditional.push(
    { rect: all, formula: `=LEFT(${L},${OBSOLETE_MARK.length})="${OBSOLETE_MARK}"`, background: COLORS.muted, fontColor: '#777777' },
    { rect: all, formula: `=${at('status')}="${STATUS.done}"`, background: COLORS.pass },
    { rect: all, formula: `=${live.late}=1`, background: COLORS.fail, fontColor: COLORS.failText },
    { rect: all, formula: `=${live.atRisk}=1`, background: COLORS.amber },
  );
  return b.spec;
}

/** Measures per division and per status, and those past their deadline, as formulas over the plan so it stays current. */
export function summarySheet(divisions: string[], plan: Plan, planName = PLAN_SHEET): SheetSpec {
  const shape = planShape(plan.previous);
  const b = new SheetBuilder(SUMMARY_SHEET, 'replace', [240, 110, 110, 130, 110, 90, 150]);
  b.spec.rewritten = true;
  b.title(`สรุปมาตรการ ITA รายหน่วยงานและสถานะ (คำนวณจากแผ่นงาน ${planName})`, 7);
  b.header(['ผู้รับผิดชอบ', SUMMARY_COUNT_HEADER, ...STATUS_VALUES, SUMMARY_LATE_HEADER]);
  const last = Math.max(SUMMARY_REACH, shape.headerRow + plan.rows.length + SPARE_ROWS);
  const range = (f: PlanField) => {
    const c = columnLetter(shape.col[f]);
    return `'${planName.replace(/'/g, "''")}'!$${c}$${shape.headerRow + 1}:$${c}$${last}`;
  };
  const [owner, status] = [range('owner'), range('status')];
  const lateOver = liveRules(liveCells(range));
  const names = [...divisions, 'รวมทุกหน่วยงาน'];
  const firstRow = b.next;
  b.table(
    names.map((name, k) => {
      const r = firstRow + k;
      const who = k < divisions.length ? `$A${r}` : '"*"';
      // Statuses by meaning, as the follow-up reads them ('เสร็จสิ้น' is done); the total row counts rows with an owner, as "*" did.
      const mine = k < divisions.length ? `(${owner}=${who})*` : '';
      const formulaFor = (s: keyof typeof STATUS) => ({ formula: `=SUMPRODUCT((${owner}<>"")*${mine}${statusIs(status, s)})` });
      // Late by the follow-up's rules (the deadline in force passed, not done), over rows with a status as counted here;
      // a status done or cancelled by meaning is never late.
      const openByMeaning = `(1-${statusIs(status, 'done')})*(1-${statusIs(status, 'cancelled')})`;
      const late = `=SUMPRODUCT(${mine}(${status}<>"")*${openByMeaning}*${lateOver.late})`;
      const statuses = Object.keys(STATUS) as (keyof typeof STATUS)[];
      return [name, { formula: `=COUNTIFS(${owner},${who},${status},"<>")` }, ...statuses.map(formulaFor), { formula: late }];
    }),
    7,
  );
  b.spec.frozenRows = 2;
  b.spec.print.landscape = false;
  return b.spec;
}

/** The divisions sheet the owner dropdown reads: name, then e-mail addresses. */
export function divisionsSheet(divisions: { name: string; emails: string[] }[]): SheetSpec {
  const b = new SheetBuilder(DIVISIONS_SHEET, 'replace', [260, 360]);
  b.header([DIVISIONS_HEADER, 'อีเมลผู้ประสานงาน (คั่นด้วยจุลภาค)']);
  b.table(
    divisions.map((d) => [d.name, d.emails.join(', ')]),
    2,
  );
  b.spec.frozenRows = 1;
  b.spec.print.landscape = false;
  return b.spec;
}
