/**
 * Analysis (+ the plan sheet as it is now) → Plan. Each measure has a stable key, its measure id:
 * on a second run, rows keep what people typed, new findings add rows, rows whose finding is gone
 * are marked, never deleted, and rows added by hand stay.
 */
import { indicatorAdvice, measureById } from '../advice';
import type { MeasureTemplate } from '../advice/types';
import type { Analysis } from '../analysis';
import type { MonthDay } from '../editions/types';
import { dayToIso, fiscalYearRange, thaiDate, type Day } from '../dates';
import { agencyKindOf, balanceLeads, defaultDivisions, ownersFor } from '../divisions';
import { forAgency } from '../vocabulary';
import type { Label } from '../errors';
import type { Grid } from '../grid';
import { inDigits } from '../numbers';
import { COL, PLAN_COLUMNS, STATUS } from '../forms/plan-columns';
import { indicatorNumbers, mergeRows, type MergeCounts, type PlanCell, type PlanRow } from './merge';
import { readPlanSheet, type PlanSheetRead } from './read';
import { checkApproval, compareDays, defaultApproval, scheduleMeasure } from './schedule';

export interface Plan {
  planYear: number;
  rows: PlanRow[];
  counts: MergeCounts;
  /** The plan sheet as it was read, so the plan is written back in the shape people gave it. */
  previous: PlanSheetRead | null;
  /** Why the old sheet must be copied before writing (empty when the merge is sure). */
  unsure: Label[];
  /** What the user should know about the schedule (an approval after the first milestones moved them). */
  notices: Label[];
}

export interface PlanOptions {
  planYear?: number;
  divisions?: readonly string[];
  /** Add keep-up measures for indicators at full marks. */
  includeKeep?: boolean;
  /** The day the executive approves the plan: no measure starts or ends before it. */
  approval?: Day;
  /** Today, for the default approval day (today inside the plan's fiscal year, else 1 October). */
  today?: Day;
  /** The plan year's framework's last day for OIT evidence, when it states one. */
  oitEvidenceBy?: MonthDay;
  /** The plan sheet's current grid (header row included), when it exists. */
  previous?: Grid;
  /** The same grid's formulas ('' where a cell holds a value), so typed formulas stay formulas. */
  previousFormulas?: string[][];
}
/** The measure on the ITA measures themselves, and where it stands: after fixes, before development. */
const ROUTINE_MEASURE = 'ita-measures';
const ROUTINE_PRIORITY = 500;
/**
 * An indicator that fell two years running, or fell below the target this year (a.history): its
 * measures move up within their kind, a development measure above the routine one, a fix above
 * the other fixes.
 */
const FALLING_BOOST = 700;

interface Draft {
  measure: MeasureTemplate;
  kind: 'fix' | 'develop' | 'keep' | 'routine';
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
  if (options.approval) checkApproval(planYear, options.approval);
  const approval = options.approval ?? defaultApproval(planYear, options.today ?? null);
  const owners = balanceLeads(
    drafts.map((d) => ({ ...ownersFor(d.measure.topic, kind, divisions), stays: d.kind === 'routine' })),
    divisions.length ? divisions : defaultDivisions(kind),
  );
  const fresh = drafts.map((d, k) => generatedRow(a, d, planYear, approval, kind, owners[k], k, drafts, options.oitEvidenceBy));
  const moved = options.approval ? movedMilestones(drafts, planYear, options.approval, options.oitEvidenceBy) : null;
  const previous = options.previous?.length ? readPlanSheet(options.previous, options.previousFormulas) : null;
  const merged = mergeRows(fresh, previous, (cell) => goneMark(a, cell));
  const unsure = [...merged.unsure];
  if (previous && previous.headerRow < 0) {
    unsure.push({ th: 'ไม่พบแถวหัวตารางของแผนมาตรการในแผ่นงานเดิม', en: "the plan's header row was not found in the old sheet" });
  }
  return { planYear, rows: merged.rows, counts: merged.counts, previous, unsure, notices: moved ? [moved] : [] };
}

function draftMeasures(a: Analysis, includeKeep: boolean): Draft[] {
  const byId = new Map<string, Draft>();
  const addDraft = (id: string, kind: Draft['kind'], indicator: number, items: string[], priority: number) => {
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
  const falling = new Set(a.history?.rankedUp ?? []);
  for (const ind of a.indicators) {
    const advice = indicatorAdvice(ind.no);
    const lift = falling.has(ind.no) ? FALLING_BOOST : 0;
    const add = (id: string, kind: Draft['kind'], no: number, items: string[], priority: number) => addDraft(id, kind, no, items, priority + lift);
    if (!ind.pass) {
      if (ind.lowItems.length) for (const item of ind.lowItems) add(item.measure, 'fix', ind.no, [item.code], Math.max(1000 + ind.gap, boost([item.code])));
      else add(advice.developMeasure, 'fix', ind.no, [], 1000 + ind.gap);
    } else if (ind.score < 100) {
      // The lowest items of a passing indicator (analysis.developItems) are worked on too, as the examples do.
      const items = [...ind.lowItems, ...a.developItems.filter((d) => d.indicator === ind.no)];
      for (const item of items) add(item.measure, 'develop', ind.no, [item.code], Math.max(100 - ind.score, boost([item.code])));
      if (!items.length) add(advice.developMeasure, 'develop', ind.no, [], 100 - ind.score);
    } else if (includeKeep) {
      add(advice.keepMeasure, 'keep', ind.no, [], 0);
    }
  }
  // Every plan carries the routine work on the measures themselves (working group, approval,
  // publication, reports at 6 and 12 months), as every agency's plan does; it answers indicator 10.
  if (!byId.has(ROUTINE_MEASURE)) addDraft(ROUTINE_MEASURE, 'routine', 10, [], ROUTINE_PRIORITY);
  return [...byId.values()].sort((x, y) => y.priority - x.priority);
}

function generatedRow(
  a: Analysis,
  d: Draft,
  planYear: number,
  approval: Day,
  kind: ReturnType<typeof agencyKindOf>,
  { lead, co }: { lead: string; co: string[] },
  order: number,
  all: Draft[],
  oitBy?: MonthDay,
): PlanRow {
  const { start, deadline, followUpTh } = scheduleMeasure(d.measure, planYear, rankWithin(all, d), approval, oitBy);
  const cells: PlanCell[] = new Array(PLAN_COLUMNS.length).fill('');
  // The text we write follows the analysis's digits (Thai by default, as the agencies' documents);
  // what people type is never converted.
  const t = (text: string) => inDigits(forAgency(text, kind), a.digits);
  cells[COL.no] = order + 1;
  cells[COL.indicator] = t(
    [...d.indicators]
      .sort((x, y) => x - y)
      .flatMap((no) => {
        // An indicator ranked up for its fall says why, under its own line.
        const why = a.history?.indicators[no - 1].planNoteTh;
        return [`${no}. ${a.indicators[no - 1].nameTh} (${a.indicators[no - 1].score.toFixed(2)})`, ...(why ? [why] : [])];
      })
      .join('\n'),
  );
  cells[COL.items] = t(d.items.join(', '));
  cells[COL.measure] = t(d.measure.titleTh);
  cells[COL.steps] = t(d.measure.stepsTh.map((s, k) => `${k + 1}. ${s}`).join('\n'));
  cells[COL.owner] = lead;
  cells[COL.coOwner] = co.join(', ');
  cells[COL.start] = { date: dayToIso(start) };
  cells[COL.deadline] = { date: dayToIso(deadline) };
  cells[COL.followUp] = t(followUpTh);
  cells[COL.status] = STATUS.notStarted;
  cells[COL.progress] = 0;
  cells[COL.note] = '';
  cells[COL.key] = d.measure.id;
  return { key: d.measure.id, cells, kind: d.kind };
}

/**
 * A plan approved after the milestones it would have had from 1 October: the milestones were counted
 * from the approval day instead, and the user is told how far they moved.
 */
function movedMilestones(drafts: Draft[], planYear: number, approval: Day, oitBy?: MonthDay): Label | null {
  const fyStart = fiscalYearRange(planYear).start;
  let passed = 0;
  let was: Day | null = null;
  let now: Day | null = null;
  for (const d of drafts) {
    const rank = rankWithin(drafts, d);
    const usual = scheduleMeasure(d.measure, planYear, rank, fyStart, oitBy).milestones.filter((m) => compareDays(m.by, approval) < 0);
    if (!usual.length) continue;
    passed++;
    const first = scheduleMeasure(d.measure, planYear, rank, approval, oitBy).milestones[0]?.by;
    if (!was || compareDays(usual[0].by, was) < 0) was = usual[0].by;
    if (first && (!now || compareDays(first, now) < 0)) now = first;
  }
  if (!passed || !was) return null;
  const to = now ? { th: ` หมุดหมายแรกจึงเป็น ${thaiDate(now)}`, en: `; the first milestone is now ${dayToIso(now)}` } : { th: '', en: '' };
  return {
    th: `แผนอนุมัติเมื่อ ${thaiDate(approval)} หลังหมุดหมายของมาตรการ ${passed} มาตรการที่จะครบกำหนดตั้งแต่ ${thaiDate(was)} หากอนุมัติวันที่ ${thaiDate(fyStart)} หมุดหมายทั้งหมดจึงนับจากวันอนุมัติ${to.th}`,
    en: `The plan was approved on ${dayToIso(approval)}, after the milestones of ${passed} measures that would have fallen due from ${dayToIso(was)} with approval on ${dayToIso(fyStart)}: all milestones are counted from the approval day${to.en}`,
  };
}

/**
 * Why a measure people had started on is no longer asked for, in its indicator cell: its indicators
 * now pass (corrected scores), or its finding is gone. It stays live in the follow-up and the report.
 */
function goneMark(a: Analysis, indicatorCell: PlanCell): string {
  const nos = indicatorNumbers(indicatorCell).filter((no) => a.indicators[no - 1]);
  const passing = nos.length > 0 && nos.every((no) => a.indicators[no - 1].pass);
  const text = passing
    ? `〔ตัวชี้วัดที่ ${nos.join(', ')} ผ่านค่าเป้าหมายแล้วตามผลการวิเคราะห์ล่าสุด มาตรการนี้เริ่มดำเนินการแล้วจึงคงไว้〕`
    : '〔ไม่อยู่ในผลการวิเคราะห์ล่าสุดแล้ว มาตรการนี้เริ่มดำเนินการแล้วจึงคงไว้〕';
  return inDigits(text, a.digits);
}

/** Position of a draft among those with the same timing: earlier ones get earlier deadlines. */
function rankWithin(all: Draft[], d: Draft): number {
  return all.filter((x) => x.measure.timing === d.measure.timing).indexOf(d);
}
