/**
 * Advice for one item of the edition in use. A built-in list's item is looked up by list and code;
 * a user's list (a school's OIT list, a new year's) is matched to the catalogue by the item's name,
 * since codes renumber from list to list while names stay; an item the catalogue does not know
 * (a school's SAR) gets generic advice built from its name and its sub-indicator, marked as such.
 */
import { builtinLists, isBuiltinListId } from '../editions';
import type { Edition, ItemDef, ItemList, ItemListId, ToolFamily } from '../editions/types';
import { FIXED_BY_LIST, fixedByFor, genericAdvice, indicatorAdvice, itemAdvice } from './index';
import type { ItemAdvice } from './types';

export interface AdviceForItem {
  issueTh: string;
  adviceTh: string;
  /** OIT items of the edition in use that answer the item. */
  fixedBy: { code: string; nameTh: string }[];
  measure: string;
  /** Built from the item's name: the catalogue has nothing for it. */
  generic: boolean;
}

export function adviceForItem(edition: Edition, list: ItemList, item: ItemDef): AdviceForItem {
  const source = isBuiltinListId(list.id) ? { list: list.id, code: item.code } : byName(list.family, item.nameTh);
  const advice = source && itemAdvice(source.list, source.code);
  if (!source || !advice) return generic(edition, list, item);
  const oit = edition.itemLists.OIT;
  const names = new Map(oit.items.map((i) => [i.code, i.nameTh]));
  return {
    issueTh: advice.issueTh,
    adviceTh: advice.adviceTh,
    fixedBy: fixedByIn(source.list, source.code, advice, oit).map((code) => ({ code, nameTh: names.get(code) ?? code })),
    measure: advice.measure,
    generic: false,
  };
}

/** fixedBy as codes of the OIT list in use: the catalogue's own translation, else by document name. */
function fixedByIn(list: ItemListId, code: string, advice: ItemAdvice, oit: ItemList): string[] {
  const known = fixedByFor(list, code, oit.id);
  if (known.length || !advice.fixedBy.length) return known;
  const native = builtinLists()[FIXED_BY_LIST[list]];
  const out: string[] = [];
  for (const c of advice.fixedBy) {
    const name = native.items.find((i) => i.code === c)?.nameTh;
    const match = name === undefined ? undefined : oit.items.find((i) => sameName(i.nameTh, name));
    if (match && !out.includes(match.code)) out.push(match.code);
  }
  return out;
}

const NEWEST_FIRST: readonly ItemListId[] = ['iit-2568', 'eit-2568', 'oit-2568', 'iit-2566', 'oit-2566', 'iit-2561', 'eit-2561', 'oit-2564'];

/** The catalogue entry of a built-in item with the same name, newest list first. */
function byName(family: ToolFamily, nameTh: string): { list: ItemListId; code: string } | null {
  const all = builtinLists();
  for (const id of NEWEST_FIRST) {
    if (all[id].family !== family) continue;
    const found = all[id].items.find((i) => sameName(i.nameTh, nameTh));
    if (found) return { list: id, code: found.code };
  }
  return null;
}

/** Names as typed or pasted: spacing and letter case aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

function generic(edition: Edition, list: ItemList, item: ItemDef): AdviceForItem {
  const g = genericAdvice();
  const indicator = edition.indicators.find((d) => d.no === item.indicator);
  const sub = list.subIndicators?.find((s) => s.id === item.sub);
  const where = sub ? `ตัวชี้วัดย่อยที่ ${sub.id} ${sub.nameTh}` : `ตัวชี้วัดที่ ${item.indicator}${indicator ? ` ${indicator.nameTh}` : ''}`;
  const vars: Record<string, string> = { code: item.code, name: item.nameTh, where, who: list.family === 'IIT' ? g.staff : g.outsiders };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);
  const oit = list.family === 'OIT';
  return {
    issueTh: fill(oit ? g.oitIssue : g.surveyIssue),
    adviceTh: fill(oit ? g.oitAdvice : g.surveyAdvice),
    // An OIT item is answered by publishing it.
    fixedBy: oit ? [{ code: item.code, nameTh: item.nameTh }] : [],
    measure: indicatorAdvice(item.indicator).developMeasure,
    generic: true,
  };
}
