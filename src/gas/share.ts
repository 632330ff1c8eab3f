/**
 * shareWithDivisions: the coordinator alone edits the analysis and the plan's structure; each
 * division edits the status, progress and notes of its own rows, through range protections.
 * Re-running removes the protections it made before (description prefix) and makes them anew,
 * so rights follow the rows when owners change.
 */
import { ANALYSIS_SHEET } from '../core/layout/analysis-sheet';
import { columnLetter } from '../core/layout/model';
import { DIVISIONS_SHEET, PLAN_HEADER_ROW, PLAN_SHEET } from '../core/layout/plan-sheet';
import { ItaError } from '../core/errors';
import { COL, PLAN_COLUMNS } from '../core/plan';
import { divisionsFromGrid } from '../core/pipeline';
import { divisionsSchema, parseArg } from './args';
import type { Division, ShareResult } from './contract';
import { withDocumentLock } from './generate';
import { plainErrors } from './plain-errors';
import { readGrid } from './sheets-io';

export const PROTECTION_PREFIX = 'ITA:';
const VIEW_PREFIX = 'มาตรการ ITA - ';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function shareWithDivisions(divisions?: unknown): ShareResult {
  const given = divisions === undefined || divisions === null ? null : parseArg(divisionsSchema, divisions, 'divisions');
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const plan = ss.getSheetByName(PLAN_SHEET);
      if (!plan) throw new ItaError('ยังไม่มีแผ่นงาน มาตรการ ITA โปรดสร้างการวิเคราะห์ก่อน', 'There is no plan sheet yet: generate the analysis first');
      const list: Division[] = given ?? divisionsFromSheet(ss.getSheetByName(DIVISIONS_SHEET));
      let removed = 0;
      const views = ss.getSheets().filter((s) => s.getName().startsWith(VIEW_PREFIX));
      for (const sheet of [plan, ss.getSheetByName(ANALYSIS_SHEET), ...views]) {
        if (!sheet) continue;
        for (const kind of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
          for (const p of sheet.getProtections(kind)) {
            if (p.getDescription().startsWith(PROTECTION_PREFIX)) {
              p.remove();
              removed++;
            }
          }
        }
      }
      let added = 0;
      const analysis = ss.getSheetByName(ANALYSIS_SHEET);
      if (analysis) {
        lockDown(analysis.protect().setDescription(`${PROTECTION_PREFIX} การวิเคราะห์ (ผู้ประสานงานเท่านั้น)`));
        added++;
      }
      const runs = ownerRuns(plan, list.map((d) => d.name));
      const open: GoogleAppsScript.Spreadsheet.Range[] = [];
      for (const run of runs) {
        const division = list.find((d) => d.name === run.owner)!;
        const range = plan.getRange(run.first, COL.status + 1, run.count, 3);
        open.push(range);
        const p = range.protect().setDescription(`${PROTECTION_PREFIX} ${run.owner}`);
        lockDown(p);
        if (division.emails.length) p.addEditors(division.emails);
        added++;
      }
      const sheetProtection = plan.protect().setDescription(`${PROTECTION_PREFIX} โครงสร้างแผนมาตรการ`);
      lockDown(sheetProtection);
      sheetProtection.setUnprotectedRanges(open);
      added++;
      const viewNames = list.filter((d) => runs.some((r) => r.owner === d.name)).map((d) => divisionView(ss, d.name));
      const rows = (name: string) => runs.filter((r) => r.owner === name).reduce((s, r) => s + r.count, 0);
      return {
        shareWith: [...new Set(list.flatMap((d) => d.emails))],
        divisions: list.map((d) => ({ name: d.name, rows: rows(d.name), emails: d.emails })),
        protectionsAdded: added,
        protectionsRemoved: removed,
        views: viewNames,
        notes: [
          {
            th: 'ส่วนเสริมนี้เข้าถึงได้เฉพาะไฟล์ปัจจุบัน จึงแชร์ไฟล์ให้ผู้อื่นเองไม่ได้ โปรดกดปุ่ม "แชร์" ของ Google แล้วเพิ่มอีเมลข้างต้นในสิทธิ์ "ผู้แก้ไข" สิทธิ์รายแถวจะมีผลทันทีที่แชร์',
            en: 'The add-on can reach only the current file, so it cannot share the file itself: use Google\'s Share button and add the addresses above as editors; the per-row rights apply as soon as you do',
          },
        ],
      };
    }),
  );
}

function divisionsFromSheet(sheet: Sheet | null): Division[] {
  if (!sheet) throw new ItaError('ไม่พบแผ่นงาน หน่วยงานภายใน', 'The divisions sheet was not found');
  return divisionsFromGrid(readGrid(sheet));
}

/** Only the coordinator (the protection's creator and the file owner) keeps edit rights. */
function lockDown(p: GoogleAppsScript.Spreadsheet.Protection): void {
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** Contiguous runs of plan rows with the same owner, read in one call. */
export function ownerRuns(plan: Sheet, names: string[]): { owner: string; first: number; count: number }[] {
  const first = PLAN_HEADER_ROW + 1;
  const last = plan.getLastRow();
  if (last < first) return [];
  const owners = plan.getRange(first, COL.owner + 1, last - first + 1, 1).getValues().map((r) => String(r[0]).trim());
  const runs: { owner: string; first: number; count: number }[] = [];
  owners.forEach((owner, k) => {
    const prev = runs[runs.length - 1];
    if (prev && prev.owner === owner && prev.first + prev.count === first + k) prev.count++;
    else if (names.includes(owner)) runs.push({ owner, first: first + k, count: 1 });
  });
  return runs;
}

/** A read-only sheet per division showing only its rows, live through FILTER. */
function divisionView(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): string {
  const title = `${VIEW_PREFIX}${name}`.slice(0, 99);
  const sheet = ss.getSheetByName(title) ?? ss.insertSheet(title);
  const last = columnLetter(PLAN_COLUMNS.length - 1);
  const owner = columnLetter(COL.owner + 1);
  const quoted = name.replace(/"/g, '""');
  const src = `'${PLAN_SHEET}'`;
  sheet.clear();
  sheet
    .getRange(1, 1, 2, 1)
    .setValues([
      [`=${src}!A${PLAN_HEADER_ROW}:${last}${PLAN_HEADER_ROW}`],
      [`=IFERROR(FILTER(${src}!A${PLAN_HEADER_ROW + 1}:${last}, ${src}!${owner}${PLAN_HEADER_ROW + 1}:${owner} = "${quoted}"), "ไม่มีมาตรการของหน่วยงานนี้")`],
    ]);
  lockDown(sheet.protect().setDescription(`${PROTECTION_PREFIX} มุมมอง ${name}`).setWarningOnly(false));
  return title;
}
