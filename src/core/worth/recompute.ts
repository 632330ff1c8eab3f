/** Indicator scores recomputed from item scores, and the check of published indicators against them. */
import type { Edition, ItemList, ToolFamily } from '../editions/types';
import { mean, round2 } from '../numbers';
import { itemGroups, normaliseCodes } from './structure';

export interface SubFromItems {
  /** Sub-indicator id ('9.2'); for a list without sub-indicators, the indicator number ('1'). */
  id: string;
  /** Mean of its items; null unless every item is given. */
  value: number | null;
  itemCount: number;
  given: number;
}

export interface IndicatorFromItems {
  indicator: number;
  /** Mean of its sub-indicators (exact, not rounded); null unless complete. */
  value: number | null;
  /** Every item of the indicator is given. */
  complete: boolean;
  subs: SubFromItems[];
}

/**
 * Rule for missing items: an item absent from the map is unknown, not 0 and not 100 (a sheet may
 * list only the low items, or only some). A mean is computed only from a complete set of items, so
 * a value is never a guess; otherwise `given` tells how much is there.
 */
export function indicatorsFromItems(list: ItemList, scores: ReadonlyMap<string, number>): IndicatorFromItems[] {
  const known = normaliseCodes(scores);
  const byIndicator = new Map<number, SubFromItems[]>();
  for (const group of itemGroups(list)) {
    const values = group.items.map((c) => known.get(c)).filter((v): v is number => v !== undefined);
    const complete = values.length === group.items.length;
    const sub: SubFromItems = {
      id: group.sub ?? String(group.indicator),
      value: complete ? mean(values) : null,
      itemCount: group.items.length,
      given: values.length,
    };
    byIndicator.set(group.indicator, [...(byIndicator.get(group.indicator) ?? []), sub]);
  }
  return [...byIndicator].sort(([a], [b]) => a - b).map(([indicator, subs]) => indicatorOf(indicator, subs));
}

function indicatorOf(indicator: number, subs: SubFromItems[]): IndicatorFromItems {
  const complete = subs.every((s) => s.value !== null);
  return { indicator, value: complete ? mean(subs.map((s) => s.value as number)) : null, complete, subs };
}

/** OIT indicators 9 and 10 from OIT item scores: sub-indicator = mean of items, indicator = mean of subs. */
export function oitIndicatorsFromItems(list: ItemList, scores: ReadonlyMap<string, number>): IndicatorFromItems[] {
  return indicatorsFromItems(list, scores);
}

export interface IndicatorCheck {
  indicator: number;
  published: number;
  /** Recomputed from the items, rounded to 2 decimals. */
  recomputed: number;
  matches: boolean;
  /** The item list's structure is unverified, so a mismatch may be the list's fault. */
  estimate: boolean;
}

const FAMILIES: readonly ToolFamily[] = ['IIT', 'EIT', 'OIT'];
// Item means of rounded item scores drift by up to ~0.005, inside this tolerance; a typo does not.
const TOLERANCE = 0.01 + 1e-9;

/** Published indicator scores against those recomputed from complete item sets; others are skipped. */
export function checkItemsAgainstIndicators(edition: Edition, indicators: readonly (number | null)[], items: ReadonlyMap<string, number>): IndicatorCheck[] {
  const checks: IndicatorCheck[] = [];
  for (const family of FAMILIES) {
    const list = edition.itemLists[family];
    for (const { indicator, value } of indicatorsFromItems(list, items)) {
      const published = indicators[indicator - 1];
      if (value === null || published === null || published === undefined) continue;
      const recomputed = round2(value);
      const matches = Math.abs(recomputed - round2(published)) <= TOLERANCE;
      checks.push({ indicator, published, recomputed, matches, estimate: !list.verified });
    }
  }
  return checks.sort((a, b) => a.indicator - b.indicator);
}
