/** Plan → the `มาตรการ ITA` sheet: the measures table divisions update, plus its summary sheet. */
import type { Analysis } from '../analysis';
import { dayToIso, fiscalYearRange } from '../dates';
import { COL, OBSOLETE_MARK, PLAN_COLUMNS, STATUS, STATUS_VALUES, type Plan } from '../plan';
import { COLORS, SheetBuilder } from './builder';
import { columnLetter, type SheetSpec } from './model';

export const PLAN_SHEET = 'มาตรการ ITA';
export const SUMMARY_SHEET = 'สรุปมาตรการ ITA';
export const DIVISIONS_SHEET = 'หน่วยงานภายใน';
export const PLAN_HEADER_ROW = 3;
/** Blank rows below the plan that still get dropdowns and rules, for rows people add by hand. */
const SPARE_ROWS = 50;
export const DATE_FORMAT = 'd mmm yyyy';

export function planSheet(a: Analysis, plan: Plan, divisions: string[]): SheetSpec {
  const widths = [50, 180, 110, 230, 380, 140, 100, 110, 200, 120, 90, 200, 40];
  const b = new SheetBuilder(PLAN_SHEET, 'update', widths);
  b.title(`มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.planYear}`, 9);
  b.row([`${a.agency} · จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${a.year} (คะแนนรวม ${a.officialTotal.toFixed(2)})`], { italic: true });
  b.header([...PLAN_COLUMNS]);
  const first = b.next;
  b.table(plan.rows.map((r) => r.cells), PLAN_COLUMNS.length);
  b.spec.frozenRows = PLAN_HEADER_ROW;
  b.spec.frozenCols = 1;
  b.spec.hiddenCols = [COL.key + 1];

  const rows = Math.max(plan.rows.length, 1) + SPARE_ROWS;
  const column = (c: number) => ({ row: first, col: c + 1, rows, cols: 1 });
  const { start, end } = fiscalYearRange(plan.planYear);
  b.style({ row: first, col: 1, rows, cols: PLAN_COLUMNS.length }, { vAlign: 'top', wrap: true });
  b.style(column(COL.no), { hAlign: 'center' });
  b.style(column(COL.start), { numberFormat: DATE_FORMAT });
  b.style(column(COL.deadline), { numberFormat: DATE_FORMAT });
  b.style(column(COL.progress), { numberFormat: '0', hAlign: 'center' });
  b.style(column(COL.key), { fontColor: '#999999', fontSize: 8 });
  b.spec.validations.push(
    {
      kind: 'listFromRange',
      rect: column(COL.owner),
      sheet: DIVISIONS_SHEET,
      a1: 'A2:A100',
      values: divisions,
      strict: false,
      helpText: 'เลือกหน่วยงานภายในที่รับผิดชอบ (แก้ไขรายชื่อได้ที่แผ่นงาน หน่วยงานภายใน)',
    },
    { kind: 'list', rect: column(COL.status), values: STATUS_VALUES, strict: true, helpText: 'เลือกสถานะการดำเนินการ' },
    { kind: 'number', rect: column(COL.progress), min: 0, max: 100, helpText: 'ใส่ร้อยละความคืบหน้า 0–100' },
    { kind: 'date', rect: column(COL.start), min: dayToIso(start), max: dayToIso(end), helpText: `วันที่ภายในปีงบประมาณ พ.ศ. ${plan.planYear}` },
    { kind: 'date', rect: column(COL.deadline), min: dayToIso(start), max: dayToIso(end), helpText: `วันที่ภายในปีงบประมาณ พ.ศ. ${plan.planYear}` },
  );
  const all = { row: first, col: 1, rows, cols: PLAN_COLUMNS.length - 1 };
  const r = first;
  const H = `$${columnLetter(COL.deadline + 1)}${r}`;
  const J = `$${columnLetter(COL.status + 1)}${r}`;
  const L = `$${columnLetter(COL.note + 1)}${r}`;
  const open = `${J}<>"${STATUS.done}",${J}<>"${STATUS.cancelled}"`;
  b.spec.conditional.push(
    { rect: all, formula: `=LEFT(${L},${OBSOLETE_MARK.length})="${OBSOLETE_MARK}"`, background: COLORS.muted, fontColor: '#777777' },
    { rect: all, formula: `=${J}="${STATUS.done}"`, background: COLORS.pass },
    { rect: all, formula: `=AND(${H}<>"",${H}<TODAY(),${open})`, background: COLORS.fail, fontColor: COLORS.failText },
    { rect: all, formula: `=AND(${H}<>"",${H}>=TODAY(),${H}-TODAY()<=14,${open})`, background: COLORS.amber },
  );
  return b.spec;
}

/** Measures per division and per status, as formulas over the plan so it stays current. */
export function summarySheet(divisions: string[]): SheetSpec {
  const b = new SheetBuilder(SUMMARY_SHEET, 'replace', [240, 110, 110, 130, 110, 90]);
  b.title('สรุปมาตรการ ITA รายหน่วยงานและสถานะ (คำนวณจากแผ่นงาน มาตรการ ITA)', 6);
  b.header(['ผู้รับผิดชอบ', 'จำนวนมาตรการ', ...STATUS_VALUES]);
  const plan = `'${PLAN_SHEET}'`;
  const owner = `${plan}!$${columnLetter(COL.owner + 1)}$${PLAN_HEADER_ROW + 1}:$${columnLetter(COL.owner + 1)}`;
  const status = `${plan}!$${columnLetter(COL.status + 1)}$${PLAN_HEADER_ROW + 1}:$${columnLetter(COL.status + 1)}`;
  const names = [...divisions, 'รวมทุกหน่วยงาน'];
  const firstRow = b.next;
  b.table(
    names.map((name, k) => {
      const r = firstRow + k;
      const who = k < divisions.length ? `$A${r}` : '"*"';
      const formulaFor = (s: string) => ({ formula: `=COUNTIFS(${owner},${who},${status},"${s}")` });
      return [name, { formula: `=COUNTIFS(${owner},${who},${status},"<>")` }, ...STATUS_VALUES.map(formulaFor)];
    }),
    6,
  );
  b.spec.frozenRows = 2;
  b.spec.print.landscape = false;
  return b.spec;
}

/** The divisions sheet the owner dropdown reads: name, then e-mail addresses. */
export function divisionsSheet(divisions: { name: string; emails: string[] }[]): SheetSpec {
  const b = new SheetBuilder(DIVISIONS_SHEET, 'replace', [260, 360]);
  b.header(['หน่วยงานภายใน (กอง/สำนัก)', 'อีเมลผู้ประสานงาน (คั่นด้วยจุลภาค)']);
  b.table(divisions.map((d) => [d.name, d.emails.join(', ')]), 2);
  b.spec.frozenRows = 1;
  b.spec.print.landscape = false;
  return b.spec;
}
