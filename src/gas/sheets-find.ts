/**
 * Finding our sheets without reading every sheet in full: one TextFinder call searches the whole
 * file, and only the sheets it names are read.
 */
import { isBackupName, isSeasonName, ourSheetByName, PLAN_SHEET, TEMPLATE_SHEET, VIEW_PREFIX } from '../core/sheet-names';
import { isGeneratedSheet } from '../core/our-sheets';
import { KEY_HEADER } from '../core/forms/plan-columns';
import { readScoreSheet } from '../core/sheet-input';
import type { SheetReader } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Words a score table carries somewhere (a header, an indicator's name, the total row). */
const SCORE_WORDS = 'ตัวชี้วัด|คะแนน|การเปิดเผยข้อมูล|การป้องกันการทุจริต|IIT|OIT';

/** Sheets we write (by name): never a score sheet. */
export function isGeneratedName(name: string): boolean {
  return isGeneratedSheet(ourSheetByName(name));
}

/** The plan sheet by its name, else (renamed) by its key column's header; copies and views excluded. */
export function locatePlan(ss: Spreadsheet): Sheet | null {
  const named = ss.getSheetByName(PLAN_SHEET);
  if (named) return named;
  let renamedWithYear: Sheet | null = null;
  for (const hit of ss.createTextFinder(KEY_HEADER).matchEntireCell(true).findAll()) {
    const sheet = hit.getSheet();
    const name = sheet.getName();
    if (!name.startsWith(VIEW_PREFIX) && !isBackupName(name)) return sheet;
    renamedWithYear ??= isSeasonName(name) ? sheet : null;
  }
  // A new season always leaves a `มาตรการ ITA` beside the year it kept: without one, a sheet named
  // like a kept plan ('มาตรการ ITA 2569') is the plan the coordinator renamed.
  return renamedWithYear;
}

export interface Detected {
  sheet: Sheet;
  year: number | null;
  agency: string | null;
}

/**
 * The score sheet: the template by name, else the first sheet holding score words whose ten
 * indicators can be read. Only the sheets the search names are read.
 */
export function detectSource(ss: Spreadsheet, reader: SheetReader): Detected | null {
  const template = ss.getSheetByName(TEMPLATE_SHEET);
  const fromTemplate = template ? readAsSource(template, reader) : null;
  if (fromTemplate) return fromTemplate;
  // Hits are visited one by one and the first readable score sheet ends the search: a file with
  // many matching cells costs calls only up to the sheet that holds the scores.
  const seen = new Set<string>([TEMPLATE_SHEET]);
  for (const hit of ss.createTextFinder(SCORE_WORDS).useRegularExpression(true).findAll()) {
    const sheet = hit.getSheet();
    const name = sheet.getName();
    if (seen.has(name) || isGeneratedName(name)) continue;
    seen.add(name);
    const found = readAsSource(sheet, reader);
    if (found) return found;
  }
  return null;
}

function readAsSource(sheet: Sheet, reader: SheetReader): Detected | null {
  try {
    const read = readScoreSheet(reader.grid(sheet), sheet.getName());
    return read.indicators.every((v) => v !== null) ? { sheet, year: read.year, agency: read.agency } : null;
  } catch {
    return null; // a sheet that cannot be read is simply not the source
  }
}
