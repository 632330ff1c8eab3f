/**
 * The built-in item lists by id. The Apps Script build swaps this module for one that reads the
 * same object from dist/item-lists.html on first use (scripts/build.mjs), so the Thai names stay
 * out of Code.js, which Sheets re-evaluates on every custom-function call.
 */
import { EIT_2561, EIT_2568, IIT_2561, IIT_2566, IIT_2568, OIT_2564, OIT_2566, OIT_2568 } from './item-lists';
import type { ItemList, ItemListId } from './types';

export function loadBuiltinLists(): Record<ItemListId, ItemList> {
  return {
    'iit-2561': IIT_2561,
    'iit-2566': IIT_2566,
    'iit-2568': IIT_2568,
    'eit-2561': EIT_2561,
    'eit-2568': EIT_2568,
    'oit-2564': OIT_2564,
    'oit-2566': OIT_2566,
    'oit-2568': OIT_2568,
  };
}
