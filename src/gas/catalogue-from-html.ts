/** Apps Script stand-in for core/advice/catalogue: the catalogue as JSON in the project's catalogue.html. */
import type { CatalogueData } from '../core/advice/catalogue';

export type { CatalogueData };

export function loadCatalogue(): CatalogueData {
  return JSON.parse(HtmlService.createHtmlOutputFromFile('catalogue').getContent()) as CatalogueData;
}
