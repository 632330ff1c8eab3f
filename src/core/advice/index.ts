/** The recommendation catalogue: lookups over measures, item advice and indicator advice. */
import { ItaError } from '../errors';
import type { ItemListId } from '../editions/types';
import { loadCatalogue, type CatalogueData } from './catalogue';
import type { GenericAdvice } from './generic';
import type { IndicatorAdvice, ItemAdvice, MeasureTemplate } from './types';

export type * from './types';

interface Lookups {
  data: CatalogueData;
  measures: Map<string, MeasureTemplate>;
  items: Map<string, ItemAdvice>;
  indicators: Map<number, IndicatorAdvice>;
}

let cache: Lookups | null = null;

/** Built on first use: custom functions never pay for the catalogue. */
function lookups(): Lookups {
  if (cache) return cache;
  const data = loadCatalogue();
  cache = {
    data,
    measures: new Map(data.measures.map((m) => [m.id, m])),
    items: new Map(data.items.map((a) => [`${a.list}:${a.code}`, a])),
    indicators: new Map(data.indicators.map((a) => [a.no, a])),
  };
  return cache;
}

export function measureById(id: string): MeasureTemplate {
  const m = lookups().measures.get(id);
  if (!m) throw new ItaError(`ไม่รู้จักมาตรการรหัส "${id}"`, `Unknown measure id "${id}"`);
  return m;
}

export function itemAdvice(list: string, code: string): ItemAdvice | undefined {
  return lookups().items.get(`${list}:${code.toLowerCase()}`);
}

/** The templates of generic advice (see generic.ts). */
export function genericAdvice(): GenericAdvice {
  return lookups().data.generic;
}

export function indicatorAdvice(no: number): IndicatorAdvice {
  const a = lookups().indicators.get(no);
  if (!a) throw new ItaError(`ไม่มีตัวชี้วัดที่ ${no}`, `No indicator ${no}`);
  return a;
}

/** The OIT list whose codes an item list's `fixedBy` uses. */
export const FIXED_BY_LIST: Readonly<Record<ItemListId, ItemListId>> = {
  'iit-2561': 'oit-2564',
  'eit-2561': 'oit-2564',
  'oit-2564': 'oit-2564',
  'iit-2566': 'oit-2566',
  'oit-2566': 'oit-2566',
  'iit-2568': 'oit-2568',
  'eit-2568': 'oit-2568',
  'oit-2568': 'oit-2568',
};

/**
 * The same document in oit-2566 for an oit-2564 code. Missing: no 2566 counterpart (o32 opinion
 * channel, o34 integrity declaration, o35 executives' part, o38 organisational culture).
 */
const OIT_2564_TO_2566: Record<string, string> = {
  ...Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`o${k + 1}`, `o${k + 1}`])),
  o10: 'o11',
  o11: 'o12',
  o12: 'o13',
  o13: 'o14',
  o14: 'o15',
  o15: 'o16',
  o16: 'o17',
  o17: 'o18',
  o18: 'o11',
  o19: 'o12',
  o20: 'o13',
  o21: 'o19',
  o22: 'o20',
  o23: 'o21',
  o24: 'o22',
  o25: 'o23',
  o26: 'o24',
  o27: 'o25',
  o28: 'o26',
  o29: 'o27',
  o30: 'o28',
  o31: 'o29',
  o33: 'o30',
  o36: 'o34',
  o37: 'o35',
  o39: 'o36',
  o40: 'o37',
  o41: 'o38',
  o42: 'o42',
  o43: 'o43',
};

/**
 * An item's fixedBy as codes of the OIT list actually in use. eit-2561 serves 2566 too, whose OIT
 * list numbers the same documents differently: its oit-2564 codes are translated. An unknown
 * pairing (say a user's override mixing lists) gives [] rather than codes that mean something else.
 */
export function fixedByFor(list: ItemListId, code: string, oitList: string): string[] {
  const advice = itemAdvice(list, code);
  if (!advice) return [];
  const native = FIXED_BY_LIST[list];
  if (native === oitList) return [...advice.fixedBy];
  if (native === 'oit-2564' && oitList === 'oit-2566') {
    const out: string[] = [];
    for (const c of advice.fixedBy) {
      const t = OIT_2564_TO_2566[c];
      if (t && !out.includes(t)) out.push(t);
    }
    return out;
  }
  return [];
}
