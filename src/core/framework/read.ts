/**
 * Framework sheets → definitions: what each (years, agency group) states, checked cell by cell.
 * A definition states only what it has rows for; merge.ts lays it over the built-in edition.
 */
import { INDICATORS } from '../editions';
import type { ItemList, LevelScheme, MonthDay, ToolFamily } from '../editions/types';
import { ItaError } from '../errors';
import type { Grid } from '../grid';
import { cellNumber } from '../numbers';
import { cellError, cellLabel, monthDayAt, percentAt, textOf, yearRangeAt, type CellRef } from './cells';
import { type TableKind, yearsEn, yearsText } from './form';
import { FRAMEWORK_SHEET } from '../sheet-names';
import { readItemLists } from './items-read';
import { readLevels, schemeAt, type Levels } from './levels-read';
import { findTables, type TableRow } from './tables';

export type WeightKey = 'wIIT' | 'wEIT1' | 'wEIT2' | 'wOIT';
export const WEIGHT_KEYS: readonly WeightKey[] = ['wIIT', 'wEIT1', 'wEIT2', 'wOIT'];

export interface Located<T> {
  value: T;
  at: CellRef;
}

/** The overview row: name, base year, tool weights, level scheme, target, note. */
export interface Overview {
  at: CellRef;
  name: string | null;
  baseYear: Located<number> | null;
  weights: Partial<Record<WeightKey, Located<number>>>;
  target: number | null;
  /** The note to show with every result; null when the cell is blank. */
  note: string | null;
  /** The last day to publish OIT evidence, when the sheet states it. */
  oitBy: MonthDay | null;
}

export interface FrameworkDefinition {
  from: number;
  to: number;
  /** กลุ่มหน่วยงาน as written; null for every agency. */
  group: string | null;
  /** Sheets holding its rows, in reading order. */
  sheets: string[];
  /** Its first row's year cell. */
  at: CellRef;
  overview: Overview | null;
  levels: Levels | null;
  indicatorNames: Map<number, string>;
  itemLists: Partial<Record<ToolFamily, ItemList>>;
}

interface Draft {
  def: FrameworkDefinition;
  rows: Record<TableKind, TableRow[]>;
}

/** Reads every framework table of the given sheets. Throws an error naming the cell at the first problem. */
export function readDefinitions(sheets: readonly { name: string; grid: Grid }[]): FrameworkDefinition[] {
  const drafts = new Map<string, Draft>();
  for (const { name, grid } of sheets) {
    const tables = findTables(name, grid);
    if (!tables.length && grid.some((r) => r.some((v) => textOf(v) !== ''))) {
      throw new ItaError(
        `แผ่นงาน ${name}: ไม่พบตารางกรอบการประเมิน (แถวหัวตารางที่มีคอลัมน์ ปีงบประมาณ) ดูตัวอย่างได้จากการคัดลอกเกณฑ์ลงแผ่นงาน ${FRAMEWORK_SHEET}`,
        `${name}: no framework table found (a header row with a ปีงบประมาณ column); copy a built-in edition into a ${FRAMEWORK_SHEET} sheet for the layout`,
      );
    }
    for (const table of tables) for (const row of table.rows) draftOf(drafts, row).rows[table.kind].push(row);
  }
  const defs = [...drafts.values()].map(build);
  checkOverlaps(defs);
  return defs;
}

/** The group as it matches: case and spacing aside; 'ทั่วไป' is every agency. */
export function groupKey(group: string | null): string {
  const g = (group ?? '').replace(/\s+/g, '').toLowerCase();
  return g === 'ทั่วไป' ? '' : g;
}

function draftOf(drafts: Map<string, Draft>, row: TableRow): Draft {
  const at = row.at('year');
  const years = yearRangeAt(row.value('year'), at);
  if (!years)
    throw cellError(
      at,
      'ไม่ได้ระบุปีงบประมาณ (ทุกแถวต้องระบุปีหรือช่วงปี เช่น 2569 หรือ 2569–2570)',
      'no fiscal year given (every row needs a year or range, such as 2569 or 2569–2570)',
    );
  const group = textOf(row.value('group')) || null;
  const key = `${years.from}|${years.to}|${(group ?? '').replace(/\s+/g, '').toLowerCase()}`;
  let draft = drafts.get(key);
  if (!draft) {
    const def: FrameworkDefinition = { ...years, group, sheets: [], at, overview: null, levels: null, indicatorNames: new Map(), itemLists: {} };
    draft = { def, rows: { overview: [], levels: [], indicators: [], items: [] } };
    drafts.set(key, draft);
  }
  if (!draft.def.sheets.includes(at.sheet)) draft.def.sheets.push(at.sheet);
  return draft;
}

function build({ def, rows }: Draft): FrameworkDefinition {
  for (const kind of Object.keys(rows) as TableKind[]) twoSheets(def, rows[kind]);
  const [first, second] = rows.overview;
  if (second)
    throw cellError(
      second.at('year'),
      `ภาพรวมของ${forWhom(def)} กำหนดซ้ำกับแถวที่ ${first.row}`,
      `the overview of ${yearsEn(def.from, def.to)} repeats row ${first.row}`,
    );
  let scheme: { scheme: LevelScheme; at: CellRef } | null = null;
  if (first) {
    def.overview = overviewOf(first);
    const s = schemeAt(first.value('scheme'), first.at('scheme'));
    if (s) scheme = { scheme: s, at: first.at('scheme') };
  }
  def.levels = readLevels(rows.levels, scheme);
  def.indicatorNames = indicatorNames(rows.indicators);
  def.itemLists = readItemLists(rows.items);
  return def;
}

/** One table of one year and group in two sheets (a copied กรอบการประเมิน): which one applies would be a guess. */
function twoSheets(def: FrameworkDefinition, rows: readonly TableRow[]): void {
  const first = rows[0];
  const other = first && rows.find((r) => r.at('year').sheet !== first.at('year').sheet);
  if (!other) return;
  const [a, b] = [first.at('year'), other.at('year')];
  throw new ItaError(
    `${forWhom(def)} กำหนดไว้ในแผ่นงานกรอบการประเมินสองแผ่น: แผ่นงาน ${a.sheet} (แถวที่ ${a.row}) และแผ่นงาน ${b.sheet} (แถวที่ ${b.row}) ปีหนึ่งของกลุ่มหน่วยงานหนึ่งกำหนดได้ในแผ่นงานเดียว โปรดลบแผ่นงานที่ไม่ใช้ หรือลบแถวของปีนั้นออกจากแผ่นงานหนึ่ง`,
    `${yearsEn(def.from, def.to)} is defined in two framework sheets: ${a.sheet} (row ${a.row}) and ${b.sheet} (row ${b.row}); a year of a group is defined in one sheet: delete the sheet not in use, or that year's rows from one of them`,
  );
}

function overviewOf(row: TableRow): Overview {
  const weights: Overview['weights'] = {};
  for (const key of WEIGHT_KEYS) {
    const n = percentAt(row.value(key), row.at(key));
    if (n !== null) weights[key] = { value: n, at: row.at(key) };
  }
  const base = yearRangeAt(row.value('base'), row.at('base'));
  return {
    at: row.at('year'),
    name: textOf(row.value('name')) || null,
    baseYear: base ? { value: base.from, at: row.at('base') } : null,
    weights,
    target: percentAt(row.value('target'), row.at('target')),
    note: textOf(row.value('note')) || null,
    oitBy: monthDayAt(row.value('oitBy'), row.at('oitBy')),
  };
}

function indicatorNames(rows: TableRow[]): Map<number, string> {
  const names = new Map<number, string>();
  const seen = new Map<number, number>();
  for (const r of rows) {
    const at = r.at('indicator');
    const no = cellNumber(r.value('indicator'), () => cellLabel(at));
    if (no === null || !INDICATORS.some((d) => d.no === no)) {
      throw cellError(at, `ตัวชี้วัดที่ต้องเป็นเลข 1–10 ("${textOf(r.value('indicator'))}")`, `the indicator number must be 1–10 ("${textOf(r.value('indicator'))}")`);
    }
    if (seen.has(no)) throw cellError(at, `ตัวชี้วัดที่ ${no} ซ้ำกับแถวที่ ${seen.get(no)}`, `indicator ${no} repeats row ${seen.get(no)}`);
    const name = textOf(r.value('indicatorName'));
    if (!name) throw cellError(r.at('indicatorName'), `ไม่ได้ระบุชื่อตัวชี้วัดที่ ${no}`, `no name given for indicator ${no}`);
    seen.set(no, r.row);
    names.set(no, name);
  }
  return names;
}

function forWhom(def: FrameworkDefinition): string {
  return `ปีงบประมาณ ${yearsText(def.from, def.to)}${def.group ? ` กลุ่มหน่วยงาน ${def.group}` : ''}`;
}

/** Two definitions for the same agency group may not share a year: which one applies would be a guess. */
function checkOverlaps(defs: FrameworkDefinition[]): void {
  defs.forEach((d, k) => {
    const other = defs.slice(0, k).find((o) => groupKey(o.group) === groupKey(d.group) && o.from <= d.to && d.from <= o.to);
    if (other) {
      const where = cellLabel(other.at);
      throw cellError(
        d.at,
        `${forWhom(d)} ซ้อนทับกับ${forWhom(other)} (${where.th}) ปีหนึ่งของกลุ่มหน่วยงานหนึ่งกำหนดได้ครั้งเดียว`,
        `${yearsEn(d.from, d.to)} overlaps ${yearsEn(other.from, other.to)} of the same agency group (${where.en}); a year of a group is defined once`,
      );
    }
  });
}
