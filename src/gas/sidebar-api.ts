/** The sidebar's state and divisions functions. */
import { divisionsSheet } from '../core/layout/plan-sheet';
import { DIVISIONS_SHEET } from '../core/sheet-names';
import { divisionsFromGrid } from '../core/pipeline';
import type { Division, SidebarState } from './contract';
import { withDocumentLock } from './lock';
import { detectSource, locatePlan } from './sheets-find';
import { followablePlans } from '../core/season';
import { plainErrors } from './plain-errors';
import { readSheetState, renderSheet } from './render';
import { readerOf } from './sheets-io';

export function getSidebarState(): SidebarState {
  return plainErrors(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const reader = readerOf(ss);
    const found = detectSource(ss, reader);
    const d = ss.getSheetByName(DIVISIONS_SHEET);
    const sheets = ss.getSheets().map((s) => s.getName());
    return {
      sheets,
      plans: followablePlans(sheets, locatePlan(ss)?.getName() ?? null),
      detected: { sourceSheet: found?.sheet.getName() ?? null, year: found?.year ?? null, agency: found?.agency ?? null },
      divisions: d ? divisionsFromGrid(reader.grid(d)) : [],
    };
  });
}

export function saveDivisions(list: Division[]): Division[] {
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const spec = divisionsSheet(list);
      renderSheet(ss, spec, readSheetState(ss, spec, readerOf(ss)));
      return list;
    }),
  );
}
