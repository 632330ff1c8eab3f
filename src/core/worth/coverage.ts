/**
 * How far the OIT items a sheet lists account for each OIT indicator's score. Two things make
 * worths and the path untrustworthy and must be said, not hidden behind exact-looking totals:
 * a listed set that explains only part of an indicator's shortfall (other items of it must be
 * missing too), and a complete set whose assumed sub-indicator grouping does not give the
 * published score (the grouping is wrong until the user defines it).
 */
import type { Edition } from '../editions/types';
import { round2 } from '../numbers';
import { indicatorsFromItems } from './recompute';
import { indicatorPointWorth, itemWorths } from './structure';

/** An indicator's shortfall the listed items cannot explain. */
export interface Unexplained {
  indicator: number;
  score: number;
  /** Indicator points the listed missing items would add. */
  listedGain: number;
  /** Indicator points still missing with every listed item at 100: other items of it must be missing. */
  rest: number;
}

/** An indicator whose complete items, grouped as the edition assumes, do not give its published score. */
export interface Unreliable {
  indicator: number;
  computed: number;
  published: number;
}

/** An indicator whose listed items, every other item at 100, cannot reach its published score. */
export interface Overstated {
  indicator: number;
  /** The highest score the listed items allow. */
  ceiling: number;
  published: number;
}

/** More than half a point unexplained is more than rounding can account for. */
const EXPLAIN_TOLERANCE = 0.5;
const MATCH_TOLERANCE = 0.01 + 1e-9;

export function oitCoverage(
  edition: Edition,
  indicators: readonly number[],
  items: ReadonlyMap<string, number>,
): { unexplained: Unexplained[]; unreliable: Unreliable[]; overstated: Overstated[] } {
  const worths = itemWorths(edition, items).filter((w) => w.family === 'OIT');
  const unexplained: Unexplained[] = [];
  const unreliable: Unreliable[] = [];
  const overstated: Overstated[] = [];
  for (const from of indicatorsFromItems(edition.itemLists.OIT, items)) {
    const score = indicators[from.indicator - 1];
    if (from.complete && from.value !== null) {
      const computed = round2(from.value);
      if (Math.abs(computed - round2(score)) > MATCH_TOLERANCE) unreliable.push({ indicator: from.indicator, computed, published: score });
      continue;
    }
    const perPoint = indicatorPointWorth(edition, from.indicator);
    const listedGain = worths.filter((w) => w.indicator === from.indicator).reduce((s, w) => s + w.points / perPoint, 0);
    const rest = 100 - score - listedGain;
    if (rest > EXPLAIN_TOLERANCE) unexplained.push({ indicator: from.indicator, score, listedGain: round2(listedGain), rest: round2(rest) });
    // The opposite: the listed items already cost more than the indicator lost (a typo, or items of another year).
    if (rest < -EXPLAIN_TOLERANCE) overstated.push({ indicator: from.indicator, ceiling: round2(100 - listedGain), published: score });
  }
  return { unexplained, unreliable, overstated };
}
