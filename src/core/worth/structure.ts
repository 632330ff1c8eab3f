/**
 * How items roll up into the total, and what one item is worth in total points. Every score is a
 * chain of plain means (item → sub-indicator → indicator → tool) and the total is a weighted sum,
 * so the total is linear in each item: an item's worth is its gap to 100 times a fixed factor.
 */
import { familyWeight } from '../editions';
import type { Edition, ItemList, ToolFamily } from '../editions/types';
import { ItaError } from '../errors';

/** Items averaged together: an OIT sub-indicator, or a whole IIT/EIT indicator (no sub). */
export interface ItemGroup {
  indicator: number;
  sub?: string;
  items: string[];
}

export interface ItemWorth {
  code: string;
  family: ToolFamily;
  indicator: number;
  sub?: string;
  /** Official wording where the list has it (OIT). */
  nameTh?: string;
  current: number;
  /** Total points gained if this item reached 100. */
  points: number;
  /** True when the edition's structure for it is unverified (ItemList.verified false). */
  estimate: boolean;
}

const FAMILIES: readonly ToolFamily[] = ['OIT', 'IIT', 'EIT'];

/** The groups a list averages: its sub-indicators, or one group per indicator when it has none. */
export function itemGroups(list: ItemList): ItemGroup[] {
  if (list.subIndicators?.length) {
    return list.subIndicators.map((s) => ({ indicator: s.indicator, sub: s.id, items: s.items }));
  }
  const byIndicator = new Map<number, string[]>();
  for (const item of list.items) {
    const codes = byIndicator.get(item.indicator) ?? [];
    codes.push(item.code);
    byIndicator.set(item.indicator, codes);
  }
  return [...byIndicator].map(([indicator, items]) => ({ indicator, items }));
}

/** Item codes are lower case in the lists; sheets may carry 'O6' or ' o6'. */
export function normaliseCodes(scores: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, score] of scores) {
    if (!Number.isFinite(score) || score < 0 || score > 100) {
      throw new ItaError(`คะแนนข้อ ${code} อยู่นอกช่วง 0–100 (${score})`, `Item ${code} score is outside 0–100 (${score})`);
    }
    out.set(code.trim().toLowerCase(), score);
  }
  return out;
}

function indicatorsInFamily(edition: Edition, family: ToolFamily): number {
  return edition.indicators.filter((i) => i.family === family).length;
}

/** Total points per one point gained on an indicator: family weight / 100 / indicators in the family. */
export function indicatorPointWorth(edition: Edition, indicator: number): number {
  const def = edition.indicators.find((i) => i.no === indicator);
  if (!def) throw new ItaError(`ไม่มีตัวชี้วัดที่ ${indicator}`, `There is no indicator ${indicator}`);
  // One division keeps round figures exact (30 / 500 is 0.06, not 0.3 / 5).
  return familyWeight(edition, def.family) / (100 * indicatorsInFamily(edition, def.family));
}

/**
 * Worth of bringing each given item below 100 up to 100, in total points, highest first (ties keep
 * list order). Items of other editions' lists are ignored: they do not count in this edition.
 */
export function itemWorths(edition: Edition, itemScores: ReadonlyMap<string, number>): ItemWorth[] {
  const scores = normaliseCodes(itemScores);
  const worths = FAMILIES.flatMap((family) => familyWorths(edition, family, scores));
  return worths.sort((a, b) => b.points - a.points);
}

function familyWorths(edition: Edition, family: ToolFamily, scores: ReadonlyMap<string, number>): ItemWorth[] {
  const list = edition.itemLists[family];
  const names = new Map(list.items.map((i) => [i.code, i.nameTh]));
  const groups = itemGroups(list);
  const weight = familyWeight(edition, family);
  const perIndicator = indicatorsInFamily(edition, family);
  const out: ItemWorth[] = [];
  for (const group of groups) {
    const siblings = groups.filter((g) => g.indicator === group.indicator).length;
    const divisor = 100 * group.items.length * siblings * perIndicator;
    for (const code of group.items) {
      const current = scores.get(code);
      if (current === undefined || current >= 100) continue;
      const worth: ItemWorth = { code, family, indicator: group.indicator, current, points: ((100 - current) * weight) / divisor, estimate: !list.verified };
      if (group.sub !== undefined) worth.sub = group.sub;
      const nameTh = names.get(code);
      if (nameTh !== undefined) worth.nameTh = nameTh;
      out.push(worth);
    }
  }
  return out;
}
