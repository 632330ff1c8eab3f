/** Apps Script stand-in for core/editions/builtin-lists: the built-in item lists as JSON in the project's item-lists.html. */
import type { ItemList, ItemListId } from '../core/editions/types';

export function loadBuiltinLists(): Record<ItemListId, ItemList> {
  return JSON.parse(HtmlService.createHtmlOutputFromFile('item-lists').getContent()) as Record<ItemListId, ItemList>;
}
