import { familyWeight } from './editions';
import type { Scoring, ToolFamily, ToolId } from './editions/types';
import { round2 } from './numbers';

/** Tool scores known for a result: EIT may be known only as the mean of its two parts. */
export type ToolEvidence = Partial<Record<ToolId, number>>;

export interface Total {
  /** Rounded to 2 decimals, as published. */
  total: number;
  /** Before rounding, for the "published vs recomputed" check. */
  exact: number;
  evidence: ToolEvidence;
}

const FAMILIES: readonly ToolFamily[] = ['IIT', 'EIT', 'OIT'];

/** Total from the 10 indicator scores: weight × mean of each tool family's indicators. */
export function totalFromIndicators(edition: Scoring, indicators: readonly number[]): Total {
  let weighted = 0;
  const evidence: ToolEvidence = {};
  for (const { family, positions, weight } of familyPlan(edition)) {
    let sum = 0;
    for (const p of positions) sum += indicators[p];
    weighted += (weight * sum) / positions.length;
    evidence[family] = round2(sum / positions.length);
  }
  const exact = weighted / 100;
  return { total: round2(exact), exact, evidence };
}

interface FamilyPlan {
  family: ToolFamily;
  positions: number[];
  weight: number;
}

// Worked out once per edition: ITA_SCORE may total thousands of rows in one call.
const plans = new WeakMap<Scoring, FamilyPlan[]>();

function familyPlan(edition: Scoring): FamilyPlan[] {
  let plan = plans.get(edition);
  if (!plan) {
    plan = FAMILIES.map((family) => ({
      family,
      positions: edition.indicators.filter((i) => i.family === family).map((i) => i.no - 1),
      weight: familyWeight(edition, family),
    }));
    plans.set(edition, plan);
  }
  return plan;
}

/**
 * Total from tool scores: 3 values (IIT, EIT, OIT; EIT combined where it has two parts) or
 * 4 values (IIT, EIT part 1, EIT part 2, OIT) for editions that report four tools.
 */
export function totalFromTools(edition: Scoring, tools: readonly number[]): Total {
  let weighted = 0;
  const evidence: ToolEvidence = {};
  if (tools.length === edition.tools.length) {
    edition.tools.forEach((t, k) => {
      weighted += t.weight * tools[k];
      evidence[t.id] = tools[k];
    });
  } else {
    FAMILIES.forEach((family, k) => {
      weighted += familyWeight(edition, family) * tools[k];
      evidence[family] = tools[k];
    });
  }
  const exact = weighted / 100;
  return { total: round2(exact), exact, evidence };
}

/** Counts of values a score input may have, per edition: 10 indicators, 3 tools, and 4 where EIT is split. */
export function acceptedCounts(edition: Scoring): readonly number[] {
  return edition.tools.length === 4 ? COUNTS_4 : COUNTS_3;
}
const COUNTS_4: readonly number[] = [10, 3, 4];
const COUNTS_3: readonly number[] = [10, 3];

export function totalFromValues(edition: Scoring, values: readonly number[]): Total {
  return values.length === 10 ? totalFromIndicators(edition, values) : totalFromTools(edition, values);
}
