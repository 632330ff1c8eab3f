/**
 * Finding our sheets without reading every sheet in full: one TextFinder call searches the whole
 * file, and only the sheets it names are read.
 */
import { TEMPLATE_SHEET } from '../core/layout/template-sheet';
import { ANALYSIS_SHEET } from '../core/layout/analysis-sheet';
import { DIVISIONS_SHEET, PLAN_SHEET, SUMMARY_SHEET } from '../core/layout/plan-sheet';
import { KEY_HEADER } from '../core/plan/columns';
import { isBackupName } from '../core/plan/backup';
import { SETTINGS_SHEET } from '../core/settings';
import { isFrameworkSheetName } from '../core/framework/form';
import { VIEW_PREFIX } from '../core/sharing';
import { readScoreSheet } from '../core/sheet-input';
import { readGrid } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Words a score table carries somewhere (a header, an indicator's name, the total row). */
const SCORE_WORDS = 'ตัวชี้วัด|คะแนน|การเปิดเผยข้อมูล|การป้องกันการทุจริต|IIT|OIT';

/** Sheets we write: never a score sheet. */
export function isGeneratedName(name: string): boolean {
  return [ANALYSIS_SHEET, PLAN_SHEET, DIVISIONS_SHEET, SUMMARY_SHEET, SETTINGS_SHEET].includes(name) || name.startsWith(VIEW_PREFIX) || isBackupName(name) || isFrameworkSheetName(name);
}

/** The plan sheet by its name, else (renamed) by its key column's header; copies and views excluded. */
export function locatePlan(ss: Spreadsheet): Sheet | null {
  const named = ss.getSheetByName(PLAN_SHEET);
  if (named) return named;
  for (const hit of ss.createTextFinder(KEY_HEADER).matchEntireCell(true).findAll()) {
    const sheet = hit.getSheet();
    const name = sheet.getName();
    if (!name.startsWith(VIEW_PREFIX) && !isBackupName(name)) return sheet;
  }
  return null;
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
export function detectSource(ss: Spreadsheet): Detected | null {
  const template = ss.getSheetByName(TEMPLATE_SHEET);
  const candidates: Sheet[] = template ? [template] : [];
  const seen = new Set<string>(template ? [TEMPLATE_SHEET] : []);
  for (const hit of ss.createTextFinder(SCORE_WORDS).useRegularExpression(true).findAll()) {
    const sheet = hit.getSheet();
    const name = sheet.getName();
    if (seen.has(name) || isGeneratedName(name)) continue;
    seen.add(name);
    candidates.push(sheet);
  }
  for (const sheet of candidates) {
    try {
      const read = readScoreSheet(readGrid(sheet), sheet.getName());
      if (read.indicators.every((v) => v !== null)) return { sheet, year: read.year, agency: read.agency };
    } catch {
      // a sheet that cannot be read is simply not the source
    }
  }
  return null;
}
