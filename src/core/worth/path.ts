/**
 * The fewest OIT items to publish to reach a target total (and, for pass levels, the OIT tool bar).
 *
 * Why greedy by worth is optimal: each item adds a fixed number of total points however many others
 * are published (the total is linear in every item; see structure.ts), and both conditions, total ≥
 * target and OIT tool ≥ bar, only depend on the sum of points added, growing with it. The k items
 * of highest worth give the largest sum any k items can give, so if some k items reach the target,
 * the top k do. test/core/worth/path.test.ts checks this against every subset of small cases.
 */
import { familyWeight } from '../editions';
import { passRulesOf } from '../editions/levels';
import type { Edition, ToolFamily, ToolId } from '../editions/types';
import { ItaError } from '../errors';
import { mean, round2 } from '../numbers';
import { totalFromIndicators } from '../score';
import { oitCoverage, type Unexplained, type Unreliable } from './coverage';
import { indicatorPointWorth, itemWorths, type ItemWorth } from './structure';

export interface PathInput {
  edition: Edition;
  /** The 10 indicator scores, index 0 = indicator 1. */
  indicators: readonly number[];
  /** Tool scores where known; they win over means of the indicators when judging tool bars. */
  tools?: Partial<Record<ToolId, number>>;
  /** Item scores; OIT items below 100 are the candidates (absent items are unknown, never candidates). */
  items: ReadonlyMap<string, number>;
}

export interface PathStep {
  code: string;
  nameTh: string;
  sub?: string;
  points: number;
  /** Total after this step and all before it: rounded to 2 decimals, and exact. */
  totalAfter: number;
  totalAfterExact: number;
  /** OIT tool score after this step, rounded to 2 decimals. */
  oitAfter: number;
}

export interface Blocker {
  tool: ToolId;
  score: number;
  needed: number;
}

export interface CheapIndicator {
  indicator: number;
  /** Total points per point gained on the indicator. */
  perPoint: number;
  /** 100 − score. */
  headroom: number;
}

export interface Path {
  target: number;
  /** Every-tool minimum of the target's pass level (85 good, 95 excellent); null for letter editions or below the good level. */
  toolBar: number | null;
  start: number;
  startExact: number;
  oitStart: number;
  steps: PathStep[];
  /** The OIT items alone get the rounded total to the target and the OIT tool to the bar. */
  reached: boolean;
  /** Total points still missing after publishing every candidate item; 0 when reached. */
  remaining: number;
  /** OIT tool points still missing to the bar after every candidate item (0 when none). */
  oitShort: number;
  /** IIT/EIT indicators below 100, where a point is worth most first. */
  cheapest: CheapIndicator[];
  /** IIT/EIT tools below the bar: OIT items cannot lift them, so the level needs survey gains. */
  blockers: Blocker[];
  /** Tools whose parts must be known to tell (EIT known only as a mean near the bar). */
  undecided: ToolId[];
  /** The OIT structure behind the worths is unverified, or does not give a published score. */
  estimate: boolean;
  /** OIT indicators whose shortfall the listed items explain only in part. */
  unexplained: Unexplained[];
  /** With every listed item published and those indicators' other items at 100: the best case. */
  bestCase: { total: number; reached: boolean } | null;
  /** OIT indicators whose assumed grouping does not give their published score: worths unreliable. */
  unreliable: Unreliable[];
}

/** Points missing to the target on the rounded total, 2 decimals; 0 when reached. */
export function itaGap(total: number, target = 85): number {
  const shown = round2(total);
  return shown >= target ? 0 : round2(target - shown);
}

export function pathToTarget(input: PathInput, target = 85): Path {
  const { edition, indicators } = input;
  checkIndicators(indicators);
  const start = totalFromIndicators(edition, indicators);
  const bar = toolBar(edition, target);
  const oitStart = input.tools?.OIT ?? familyMean(edition, indicators, 'OIT');
  // OIT items move only the OIT tool: a total point is 100 / OIT weight points of the OIT tool.
  const oitPerTotalPoint = 100 / familyWeight(edition, 'OIT');
  const goal = (exact: number, oit: number) => round2(exact) >= target && (bar === null || round2(oit) >= bar);

  let exact = start.exact;
  let oit = oitStart;
  const steps: PathStep[] = [];
  for (const item of itemWorths(edition, input.items).filter((w) => w.family === 'OIT')) {
    if (goal(exact, oit)) break;
    exact += item.points;
    oit += item.points * oitPerTotalPoint;
    steps.push(stepOf(item, exact, oit));
  }
  const reached = goal(exact, oit);
  // Items not listed may be missing too: the best case lets those indicators reach 100.
  const coverage = oitCoverage(edition, indicators, input.items);
  let best = exact;
  for (const u of coverage.unexplained) best += u.rest * indicatorPointWorth(edition, u.indicator);
  const bestOit = oit + (best - exact) * oitPerTotalPoint;
  return {
    target,
    toolBar: bar,
    start: start.total,
    startExact: start.exact,
    oitStart: round2(oitStart),
    steps,
    reached,
    remaining: reached ? 0 : itaGap(best, target),
    oitShort: bar === null ? 0 : itaGap(oit, bar),
    cheapest: cheapest(edition, indicators),
    ...surveyTools(edition, indicators, input.tools ?? {}, bar),
    estimate: !edition.itemLists.OIT.verified || coverage.unreliable.length > 0,
    unexplained: coverage.unexplained,
    bestCase: coverage.unexplained.length ? { total: round2(best), reached: goal(best, bestOit) } : null,
    unreliable: coverage.unreliable,
  };
}

/** Paths to 85 (pass / good, A) and 95 (excellent, AA). */
export function pathsFor(input: PathInput): { to85: Path; to95: Path } {
  return { to85: pathToTarget(input, 85), to95: pathToTarget(input, 95) };
}

function stepOf(item: ItemWorth, exact: number, oit: number): PathStep {
  const step: PathStep = {
    code: item.code,
    nameTh: item.nameTh ?? item.code,
    points: item.points,
    totalAfter: round2(exact),
    totalAfterExact: exact,
    oitAfter: round2(oit),
  };
  if (item.sub !== undefined) step.sub = item.sub;
  return step;
}

function checkIndicators(indicators: readonly number[]): void {
  const ok = indicators.length === 10 && indicators.every((v) => Number.isFinite(v) && v >= 0 && v <= 100);
  if (!ok) throw new ItaError('ต้องมีคะแนนตัวชี้วัดครบ 10 ค่า แต่ละค่าอยู่ในช่วง 0–100', 'Give all 10 indicator scores, each within 0–100');
}

/** The every-tool minimum of the level a target stands for (pass editions only). */
function toolBar(edition: Edition, target: number): number | null {
  if (edition.levelScheme !== 'pass') return null;
  const rules = passRulesOf(edition);
  if (target >= rules.excellent.total) return rules.excellent.everyTool;
  if (target >= rules.good.total) return rules.good.everyTool;
  return null;
}

function familyMean(edition: Edition, indicators: readonly number[], family: ToolFamily): number {
  return mean(edition.indicators.filter((d) => d.family === family).map((d) => indicators[d.no - 1]));
}

function cheapest(edition: Edition, indicators: readonly number[]): CheapIndicator[] {
  return edition.indicators
    .filter((d) => d.family !== 'OIT' && indicators[d.no - 1] < 100)
    .map((d) => ({ indicator: d.no, perPoint: indicatorPointWorth(edition, d.no), headroom: round2(100 - indicators[d.no - 1]) }))
    .sort((a, b) => b.perPoint - a.perPoint || b.headroom - a.headroom || a.indicator - b.indicator);
}

/**
 * IIT/EIT tools against the bar, reasoning as rating.ts's everyToolAtLeast: a tool given decides
 * for itself; an EIT part not given is judged by the EIT mean m, below the bar when m < bar (a
 * part must be lower), undecided while 2m − 100 < bar (the lower part may still miss it).
 */
function surveyTools(edition: Edition, indicators: readonly number[], tools: Partial<Record<ToolId, number>>, bar: number | null) {
  const blockers: Blocker[] = [];
  const undecided: ToolId[] = [];
  if (bar === null) return { blockers, undecided };
  for (const tool of edition.tools) {
    if (tool.family === 'OIT') continue;
    const given = tools[tool.id];
    const isPart = tool.id !== tool.family;
    const score = given ?? tools[tool.family] ?? round2(familyMean(edition, indicators, tool.family));
    const id: ToolId = given === undefined && isPart ? tool.family : tool.id;
    if (score < bar) {
      if (!blockers.some((b) => b.tool === id)) blockers.push({ tool: id, score, needed: bar });
    } else if (given === undefined && isPart && 2 * score - 100 < bar && !undecided.includes(id)) {
      undecided.push(id);
    }
  }
  return { blockers, undecided };
}
