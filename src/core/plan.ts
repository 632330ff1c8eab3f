/**
 * Analysis (+ the plan sheet as it is now) → Plan. Each measure has a stable key, its measure id:
 * on a second run, rows keep what people typed, new findings add rows, rows whose finding is gone
 * are marked, never deleted, and rows added by hand stay.
 */
import { indicatorAdvice, measureById } from './advice';
import type { FollowUp, MeasureTemplate, Timing } from './advice/types';
import type { Analysis } from './analysis';
import { dayToIso, endOfMonthAfter, firstOfMonthAfter, fiscalYearRange, isoToDay, type Day } from './dates';
import { agencyKindOf, ownerFor } from './divisions';
import type { DateValue, GridValue } from './layout/model';
import { isDateValue } from './layout/model';

export const STATUS = {
  notStarted: 'ยังไม่เริ่ม',
  inProgress: 'กำลังดำเนินการ',
  done: 'เสร็จแล้ว',
  cancelled: 'ยกเลิก',
} as const;
export const STATUS_VALUES: string[] = Object.values(STATUS);

/** Written at the start of หมายเหตุ when a measure's finding has disappeared. */
export const OBSOLETE_MARK = '〔ไม่จำเป็นแล้วตามผลการวิเคราะห์ล่าสุด〕';

export const PLAN_COLUMNS = [
  'ลำดับ',
  'ตัวชี้วัด',
  'ประเด็น/ข้อคำถาม',
  'มาตรการ/โครงการ/กิจกรรม',
  'ขั้นตอน/วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'วันเริ่ม',
  'กำหนดแล้วเสร็จ',
  'การติดตามผล/การรายงานผล',
  'สถานะ',
  'ความคืบหน้า (%)',
  'หมายเหตุ',
  'รหัสมาตรการ (ห้ามแก้ไข)',
] as const;

/** Column positions (0-based) by meaning. */
export const COL = {
  no: 0,
  indicator: 1,
  items: 2,
  measure: 3,
  steps: 4,
  owner: 5,
  start: 6,
  deadline: 7,
  followUp: 8,
  status: 9,
  progress: 10,
  note: 11,
  key: 12,
} as const;

/** Columns a division may type in; kept on regeneration. */
const KEPT = [COL.measure, COL.steps, COL.owner, COL.start, COL.deadline, COL.followUp, COL.status, COL.progress, COL.note] as const;

export type PlanCell = GridValue;

export interface PlanRow {
  /** Measure id for generated rows; '' for rows a user added by hand. */
  key: string;
  cells: PlanCell[];
  kind: 'fix' | 'develop' | 'keep' | 'user' | 'obsolete';
}

export interface Plan {
  planYear: number;
  rows: PlanRow[];
  counts: { generated: number; kept: number; added: number; obsolete: number; user: number };
}

export interface PlanOptions {
  planYear?: number;
  divisions?: readonly string[];
  /** Add keep-up measures for indicators at full marks. */
  includeKeep?: boolean;
  /** The plan sheet's current grid (header row included), when it exists. */
  previous?: PlanCell[][];
}

interface Draft {
  measure: MeasureTemplate;
  kind: 'fix' | 'develop' | 'keep';
  indicators: Set<number>;
  items: string[];
  /** Sort key: failing indicators first, biggest gap first. */
  priority: number;
}

export function buildPlan(a: Analysis, options: PlanOptions = {}): Plan {
  const planYear = options.planYear ?? a.year + 1;
  const kind = agencyKindOf(a.agencyType ?? a.agency);
  const divisions = options.divisions?.length ? options.divisions : [];
  const drafts = draftMeasures(a, options.includeKeep ?? false);
  const fresh = drafts.map((d, k) => generatedRow(a, d, planYear, kind, divisions, k, drafts));
  return merge(fresh, options.previous ?? [], planYear);
}

function draftMeasures(a: Analysis, includeKeep: boolean): Draft[] {
  const byId = new Map<string, Draft>();
  const add = (id: string, kind: Draft['kind'], indicator: number, items: string[], priority: number) => {
    const d: Draft = byId.get(id) ?? { measure: measureById(id), kind, indicators: new Set<number>(), items: [], priority };
    d.indicators.add(indicator);
    for (const i of items) if (!d.items.includes(i)) d.items.push(i);
    if (kind === 'fix') d.kind = 'fix';
    d.priority = Math.max(d.priority, priority);
    byId.set(id, d);
  };
  // Items on the path to the target come first, the most valuable earliest (issue: what each fix is worth).
  const worth = new Map((a.paths?.target.steps ?? a.paths?.top.steps ?? []).map((s) => [s.code, s.points]));
  const boost = (items: string[]) => Math.max(0, ...items.map((c) => (worth.has(c) ? 2000 + worth.get(c)! : 0)));
  for (const ind of a.indicators) {
    const advice = indicatorAdvice(ind.no);
    if (!ind.pass) {
      if (ind.lowItems.length) for (const item of ind.lowItems) add(item.measure, 'fix', ind.no, [item.code], Math.max(1000 + ind.gap, boost([item.code])));
      else add(advice.developMeasure, 'fix', ind.no, [], 1000 + ind.gap);
    } else if (ind.score < 100) {
      for (const item of ind.lowItems) add(item.measure, 'develop', ind.no, [item.code], Math.max(100 - ind.score, boost([item.code])));
      if (!ind.lowItems.length) add(advice.developMeasure, 'develop', ind.no, [], 100 - ind.score);
    } else if (includeKeep) {
      add(advice.keepMeasure, 'keep', ind.no, [], 0);
    }
  }
  return [...byId.values()].sort((x, y) => y.priority - x.priority);
}

function generatedRow(a: Analysis, d: Draft, planYear: number, kind: ReturnType<typeof agencyKindOf>, divisions: readonly string[], order: number, all: Draft[]): PlanRow {
  const { start, deadline } = schedule(d.measure.timing, planYear, rankWithin(all, d));
  const cells: PlanCell[] = new Array(PLAN_COLUMNS.length).fill('');
  cells[COL.no] = order + 1;
  cells[COL.indicator] = [...d.indicators]
    .sort((x, y) => x - y)
    .map((no) => `${no}. ${a.indicators[no - 1].nameTh} (${a.indicators[no - 1].score.toFixed(2)})`)
    .join('\n');
  cells[COL.items] = d.items.join(', ');
  cells[COL.measure] = d.measure.titleTh;
  cells[COL.steps] = d.measure.stepsTh.map((s, k) => `${k + 1}. ${s}`).join('\n');
  cells[COL.owner] = ownerFor(d.measure.topic, kind, divisions);
  cells[COL.start] = { date: dayToIso(start) };
  cells[COL.deadline] = { date: dayToIso(deadline) };
  cells[COL.followUp] = followUpText(d.measure.followUp);
  cells[COL.status] = STATUS.notStarted;
  cells[COL.progress] = 0;
  cells[COL.note] = '';
  cells[COL.key] = d.measure.id;
  return { key: d.measure.id, cells, kind: d.kind };
}

/** Position of a draft among those with the same timing: earlier ones get earlier deadlines. */
function rankWithin(all: Draft[], d: Draft): number {
  return all.filter((x) => x.measure.timing === d.measure.timing).indexOf(d);
}

/**
 * Dates inside the plan's fiscal year, as the work is really done: documents in the first
 * quarter (the most valuable by November), six-month reports by April, annual ones by September.
 */
export function schedule(timing: Timing, planYear: number, rank: number): { start: Day; deadline: Day } {
  const { start, end } = fiscalYearRange(planYear);
  switch (timing) {
    case 'q1':
      return { start, deadline: endOfMonthAfter(start, rank < 2 ? 1 : 2) };
    case 'q2':
      return { start: firstOfMonthAfter(start, 1), deadline: endOfMonthAfter(start, 5) };
    case 'half':
      return { start, deadline: endOfMonthAfter(start, 6) };
    case 'year':
    case 'ongoing':
      return { start, deadline: end };
  }
}

export function followUpText(f: FollowUp): string {
  switch (f) {
    case 'monthly':
      return 'รายงานความก้าวหน้าในการประชุมประจำเดือนของหน่วยงาน';
    case 'quarterly':
      return 'รายงานผลต่อผู้บริหารทุก 3 เดือน (มกราคม เมษายน กรกฎาคม และตุลาคม)';
    case 'half-yearly':
      return 'รายงานผลการดำเนินงานรอบ 6 เดือน (เมษายน) และรอบ 12 เดือน (กันยายน)';
  }
}

/** Finds the header row and the rows under it in the plan sheet as it is now. */
export function previousRows(grid: PlanCell[][]): PlanCell[][] {
  const header = grid.findIndex((r) => r[COL.no] === PLAN_COLUMNS[COL.no] && r[COL.measure] === PLAN_COLUMNS[COL.measure]);
  if (header < 0) return [];
  return grid.slice(header + 1).filter((r) => r.some((v) => v !== '' && v !== null));
}

function merge(fresh: PlanRow[], previousGrid: PlanCell[][], planYear: number): Plan {
  const before = previousRows(previousGrid);
  const byKey = new Map<string, PlanCell[]>();
  const leftovers: PlanRow[] = [];
  for (const r of before) {
    const key = typeof r[COL.key] === 'string' ? (r[COL.key] as string) : '';
    if (key && !byKey.has(key)) byKey.set(key, r);
    else if (!key) leftovers.push({ key: '', cells: pad(r), kind: 'user' });
  }
  let kept = 0;
  const rows: PlanRow[] = fresh.map((row) => {
    const old = byKey.get(row.key);
    if (!old) return row;
    byKey.delete(row.key);
    kept++;
    const cells = [...row.cells];
    for (const c of KEPT) cells[c] = normalise(old[c] ?? '');
    cells[COL.note] = String(cells[COL.note] ?? '').replace(OBSOLETE_MARK, '').trimStart();
    return { ...row, cells };
  });
  let obsolete = 0;
  for (const [key, old] of byKey) {
    const cells = pad(old);
    const note = String(cells[COL.note] ?? '');
    if (!note.startsWith(OBSOLETE_MARK)) cells[COL.note] = `${OBSOLETE_MARK} ${note}`.trim();
    rows.push({ key, cells, kind: 'obsolete' });
    obsolete++;
  }
  rows.push(...leftovers);
  rows.forEach((r, k) => (r.cells[COL.no] = k + 1));
  return {
    planYear,
    rows,
    counts: { generated: fresh.length, kept, added: fresh.length - kept, obsolete, user: leftovers.length },
  };
}

function pad(r: PlanCell[]): PlanCell[] {
  const cells = r.slice(0, PLAN_COLUMNS.length).map(normalise);
  while (cells.length < PLAN_COLUMNS.length) cells.push('');
  return cells;
}

/** Dates read back from a sheet arrive as DateValue; strings in ISO form are dates too. */
function normalise(v: PlanCell): PlanCell {
  if (isDateValue(v)) return v;
  if (typeof v === 'string' && isoToDay(v)) return { date: v } satisfies DateValue;
  return v ?? '';
}
