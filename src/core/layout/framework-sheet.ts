/**
 * An edition → the `กรอบการประเมิน` sheet, in the form the reader takes back: a user starts from a
 * built-in edition, edits it, and the analysis follows. Reading this sheet back gives the edition.
 */
import { PASS_LEVELS, passRulesOf } from '../editions/levels';
import type { Edition } from '../editions/types';
import { COLORS, SheetBuilder } from './builder';
import type { Rect, SheetSpec } from './model';
import type { CellValue } from '../grid';
import { type ColumnKey, HEADERS, SCHEME_NAMES, TABLE_TITLES, yearCellText } from '../framework/form';
import { FRAMEWORK_SHEET } from '../sheet-names';

const COLS = 10;
const WIDTHS = [80, 95, 115, 75, 80, 190, 60, 300, 90, 75];

/** Written columns of each table (the reader also takes ใช้เกณฑ์ของ in the overview). */
const LAYOUT = {
  overview: ['year', 'group', 'name', 'wIIT', 'wEIT1', 'wEIT2', 'wOIT', 'note', 'scheme', 'target'],
  levels: ['year', 'group', 'level', 'total', 'everyTool'],
  indicators: ['year', 'group', 'indicator', 'indicatorName'],
  items: ['year', 'group', 'tool', 'indicator', 'sub', 'subName', 'code', 'itemName'],
} as const satisfies Record<string, readonly ColumnKey[]>;

export function frameworkSheet(edition: Edition, opts: { name?: string; group?: string | null } = {}): SheetSpec {
  const b = new SheetBuilder(opts.name ?? FRAMEWORK_SHEET, 'replace', WIDTHS);
  const year = yearCellText(edition.fromYear, edition.toYear);
  const group = opts.group ?? edition.agencyGroup ?? '';
  const lead = (): CellValue[] => [year, group];
  b.title(`กรอบการประเมิน ITA: ${edition.labelTh}${group ? ` กลุ่มหน่วยงาน${group}` : ''}`, 8);
  b.row(
    [
      'การสร้างการวิเคราะห์ใช้กรอบในแผ่นงานนี้แทนเกณฑ์ที่ติดมากับโปรแกรม แก้ไขได้ทุกตาราง ทุกแถวต้องระบุปีงบประมาณ (เช่น 2569, 2569–2570 หรือ 2569 ขึ้นไป) และกลุ่มหน่วยงาน (เว้นว่าง = ทุกหน่วยงาน)',
    ],
    { italic: true },
  );
  b.row(['ปีที่ไม่มีในแผ่นงานนี้ใช้เกณฑ์ที่ติดมากับโปรแกรม เครื่องมือที่ไม่มีรายการข้อในตาราง 4 ใช้รายการข้อของเกณฑ์ปีเดียวกัน และตารางที่ไม่มีแถวของปีนั้นใช้ค่าของเกณฑ์ปีเดียวกัน'], { italic: true });

  section(b, 'overview');
  const tools = new Map(edition.tools.map((t) => [t.id, t.weight]));
  const overview = b.table(
    [
      [
        ...lead(),
        edition.labelTh,
        tools.get('IIT') ?? null,
        tools.get('EIT1') ?? tools.get('EIT') ?? null,
        tools.get('EIT2') ?? null,
        tools.get('OIT') ?? null,
        edition.noteTh ?? '',
        SCHEME_NAMES[edition.levelScheme],
        edition.target,
      ],
    ],
    COLS,
  );
  numbers(b, { ...overview, col: 4, cols: 4 }, 'น้ำหนักเครื่องมือ 0–100 รวมกันได้ 100');
  numbers(b, { ...overview, col: 10, cols: 1 }, 'ค่าเป้าหมาย 0–100');
  b.spec.validations.push({ kind: 'list', rect: { ...overview, col: 9, cols: 1 }, values: [SCHEME_NAMES.pass, SCHEME_NAMES.letter], strict: true });

  section(b, 'levels');
  const levels = b.table(
    levelRows(edition).map((r) => [...lead(), ...r]),
    LAYOUT.levels.length,
  );
  numbers(b, { ...levels, col: 4, cols: 2 }, 'คะแนน 0–100');

  const indHeader = section(b, 'indicators');
  const ind = b.table(
    edition.indicators.map((d) => [...lead(), d.no, d.nameTh]),
    6,
  );
  b.style({ ...ind, col: 3, cols: 1 }, { hAlign: 'center' });
  // Names span D:F, so they read on one line; the value stays in D, where the reader looks.
  for (let r = indHeader; r < ind.row + ind.rows; r++) b.spec.merges.push({ row: r, col: 4, rows: 1, cols: 3 });

  section(b, 'items');
  const lists = [edition.itemLists.IIT, edition.itemLists.EIT, edition.itemLists.OIT];
  const rows = lists.flatMap((l) => {
    const subs = new Map((l.subIndicators ?? []).map((s) => [s.id, s.nameTh]));
    return l.items.map((i) => [...lead(), l.family, i.indicator, i.sub ?? '', i.sub ? (subs.get(i.sub) ?? '') : '', i.code, i.nameTh]);
  });
  const items = b.table(rows, LAYOUT.items.length);
  b.style({ ...items, col: 3, cols: 3 }, { hAlign: 'center' });
  b.style({ ...items, col: 7, cols: 1 }, { hAlign: 'center' });
  b.spec.validations.push({ kind: 'list', rect: { ...items, col: 3, cols: 1 }, values: ['IIT', 'EIT', 'OIT'], strict: false, helpText: 'IIT, EIT หรือ OIT' });
  for (const rect of [overview, levels, ind, items]) b.style({ ...rect, col: 1, cols: 1 }, { hAlign: 'center' });
  b.spec.frozenRows = 1;
  b.spec.print.landscape = true;
  b.spec.tabColor = COLORS.title;
  return b.spec;
}

/** A blank row, the table's title and its header row; returns the header's row. */
function section(b: SheetBuilder, kind: keyof typeof LAYOUT): number {
  b.blank();
  b.row([TABLE_TITLES[kind]], { bold: true, fontSize: 12, fontColor: COLORS.title });
  const header: string[] = LAYOUT[kind].map((k) => HEADERS[k][0]);
  // The indicators' header spans the merged name columns.
  return b.header(kind === 'indicators' ? [...header, '', ''] : header);
}

function numbers(b: SheetBuilder, rect: Rect, helpText: string): void {
  if (rect.rows) b.spec.validations.push({ kind: 'number', rect, min: 0, max: 100, helpText });
}

/** Level, minimum total, minimum of every tool (pass scheme's top two levels only). */
function levelRows(edition: Edition): CellValue[][] {
  if (edition.levelScheme === 'letter') return (edition.bands ?? []).map((band) => [band.level, band.min, null]);
  const r = passRulesOf(edition);
  return [
    [PASS_LEVELS.excellent.th, r.excellent.total, r.excellent.everyTool],
    [PASS_LEVELS.good.th, r.good.total, r.good.everyTool],
    [PASS_LEVELS.pass.th, r.pass.total, null],
    [PASS_LEVELS.improve.th, r.improve.total, null],
    [PASS_LEVELS.urgent.th, 0, null],
  ];
}
