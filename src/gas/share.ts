/**
 * shareWithDivisions: the coordinator alone edits the analysis and the plan's structure; each
 * division edits the status, progress and notes of its own rows, through range protections.
 * Everything is read and every address checked before anything changes; the protections made
 * before (description prefix) are then removed and made anew where the rows now stand, so rights
 * follow the rows. Generate calls the same code after it writes a plan that was shared.
 */
import { ANALYSIS_SHEET, DIVISIONS_SHEET, PROGRESS_SHEET, SUMMARY_SHEET, VIEW_PREFIX } from '../core/sheet-names';
import { divisionsSheet } from '../core/layout/plan-sheet';
import { planShape, type PlanShape } from '../core/layout/plan-shape';
import { ItaError, type Label } from '../core/errors';
import { fieldValue, readPlanSheet, type PlanSheetRead } from '../core/plan';
import { requireColumns } from '../core/plan/read';
import { divisionsFromGrid } from '../core/pipeline';
import {
  checkDivisions,
  disagreeingRows,
  disagreementNote,
  type DivisionContact,
  divisionViewFormulas,
  editableBlocks,
  mergeDuplicateDivisions,
  type OwnerRun,
  ownerRuns,
  unlistedOwnerNotes,
  viewSheetNames,
} from '../core/sharing';
import type { Division, ShareResult } from './contract';
import { withDocumentLock } from './lock';
import { plainErrors } from './plain-errors';
import { renderSheet, readSheetState } from './render';
import { detectSource, locatePlan } from './sheets-find';
import { listSheets, readerOf, type NamedSheet, type SheetReader } from './sheets-io';

export const PROTECTION_PREFIX = 'ITA:';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Without a list (menu, "re-apply"): the list saved in หน่วยงานภายใน is applied again. */
export function shareWithDivisions(divisions?: Division[] | null): ShareResult {
  const given = divisions ?? null;
  return plainErrors(() =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const reader = readerOf(ss);
      const plan = locatePlan(ss);
      if (!plan) throw new ItaError('ยังไม่มีแผ่นงาน มาตรการ ITA โปรดสร้างการวิเคราะห์ก่อน', 'There is no plan sheet yet: generate the analysis first');
      const list = given ?? divisionsFromSheet(ss.getSheetByName(DIVISIONS_SHEET), reader);
      checkDivisions(list);
      const read = readPlanSheet(reader.grid(plan));
      if (read.headerRow < 0) {
        throw new ItaError(
          `ไม่พบแถวหัวตารางในแผ่นงาน ${plan.getName()} โปรดสร้างการวิเคราะห์ใหม่ก่อนแชร์ ยังไม่ได้เปลี่ยนสิทธิ์ใด ๆ`,
          `The header row of sheet ${plan.getName()} was not found: generate the analysis again before sharing; no rights were changed`,
        );
      }
      requireColumns(read, plan.getName());
      const shape = planShape(read);
      const owners = read.rows.map((r) => r.cells[shape.col.owner - 1]);
      const coOwners = read.rows.map((r) => r.cells[shape.col.coOwner - 1]);
      const scoreSheet = detectSource(ss, reader)?.sheet.getName();
      const existing = readOurProtections(ss, plan, listSheets(ss), scoreSheet);
      const disagreement = rightsDisagreement(plan, read, list);
      // The list applied is the one the next Generate re-applies: it is saved before any right changes.
      const saved = divisionsSheet(mergeDuplicateDivisions(list).divisions);
      renderSheet(ss, saved, readSheetState(ss, saved, reader));
      return applySharing(ss, { plan, shape, owners, coOwners, divisions: list, existing, scoreSheet, disagreement });
    }),
  );
}

export interface SharingInput {
  plan: Sheet;
  shape: PlanShape;
  /** The owner cell of each plan row, from the row under the header down. */
  owners: unknown[];
  /** The co-owner cell of the same rows: co-owners see the rows in their view, they do not edit them. */
  coOwners: unknown[];
  /** The list as typed: a name on two lines is merged here, and the result says so. */
  divisions: DivisionContact[];
  existing: Protection[];
  /** The score sheet: the coordinator's alone once shared, like the sheets we rewrite. */
  scoreSheet?: string;
  /** Rows whose rights and owners disagreed when read (after a sort), said in the result. */
  disagreement?: Label | null;
}

/**
 * Reads the plan's row protections (before any write) and says which rows' rights disagree with
 * the owner they now show; null when none do or the plan was never shared.
 */
export function rightsDisagreement(plan: Sheet, read: PlanSheetRead, divisions: readonly DivisionContact[]): Label | null {
  const protectedFor = new Map<number, string>();
  let shared = false;
  for (const p of plan.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = p.getDescription();
    if (!description.startsWith(PROTECTION_PREFIX)) continue;
    shared = true;
    const range = p.getRange();
    for (let r = range.getRow(); r < range.getRow() + range.getNumRows(); r++) protectedFor.set(r, description.slice(PROTECTION_PREFIX.length).trim());
  }
  if (!shared || read.headerRow < 0) return null;
  const names = mergeDuplicateDivisions(divisions).divisions.map((d) => d.name);
  const rows = disagreeingRows(
    protectedFor,
    read.rows.map((r) => ({ row: r.index + 1, owner: fieldValue(read, r, 'owner') })),
    names,
  );
  return rows.length ? disagreementNote(rows) : null;
}

/**
 * Sheets we rewrite whole on every run: only the coordinator edits them, so nothing a division
 * types there is overwritten by the next Generate or follow-up. The divisions list too: whoever
 * edits it decides who edits which rows at the next Generate.
 */
const COORDINATOR_ONLY: readonly { name: string; label: string }[] = [
  { name: ANALYSIS_SHEET, label: 'การวิเคราะห์' },
  { name: SUMMARY_SHEET, label: 'สรุปมาตรการ' },
  { name: PROGRESS_SHEET, label: 'ติดตามมาตรการ' },
  { name: DIVISIONS_SHEET, label: 'หน่วยงานภายใน' },
];
const SCORE_LABEL = 'คะแนน';

function coordinatorSheets(scoreSheet?: string): { name: string; label: string }[] {
  return [...COORDINATOR_ONLY, ...(scoreSheet ? [{ name: scoreSheet, label: SCORE_LABEL }] : [])];
}

/** Our protections on the plan, the coordinator's sheets and the division views, read before any write. */
export function readOurProtections(ss: Spreadsheet, plan: Sheet, sheets: NamedSheet[], scoreSheet?: string): Protection[] {
  const views = sheets.filter((s) => s.name.startsWith(VIEW_PREFIX)).map((s) => s.sheet);
  const out: Protection[] = [];
  for (const sheet of [plan, ...coordinatorSheets(scoreSheet).map((s) => ss.getSheetByName(s.name)), ...views]) {
    if (!sheet) continue;
    for (const kind of [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE]) {
      for (const p of sheet.getProtections(kind)) if (p.getDescription().startsWith(PROTECTION_PREFIX)) out.push(p);
    }
  }
  return out;
}

/** True when the plan was shared before: Generate then re-applies the rights to the new rows. */
export function wasShared(existing: Protection[]): boolean {
  return existing.length > 0;
}

/** Writes only: removes the old protections and makes them anew where the rows now stand. */
export function applySharing(ss: Spreadsheet, input: SharingInput): ShareResult {
  const { plan, shape } = input;
  const { divisions, notes: mergedNotes } = mergeDuplicateDivisions(input.divisions);
  for (const p of input.existing) p.remove();
  const lock = new LockDown();
  let added = 0;
  for (const { name, label } of coordinatorSheets(input.scoreSheet)) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    protectForCoordinator(sheet, label, lock);
    added++;
  }
  const owners = input.owners.map((v) => (typeof v === 'string' ? v : ''));
  const runs = ownerRuns(
    owners,
    shape.headerRow + 1,
    divisions.map((d) => d.name),
  );
  const open: GoogleAppsScript.Spreadsheet.Range[] = [];
  for (const run of runs) {
    const division = divisions.find((d) => d.name === run.owner)!;
    for (const block of editableBlocks(shape)) {
      const range = plan.getRange(run.first, block.col, run.count, block.cols);
      open.push(range);
      const p = range.protect().setDescription(`${PROTECTION_PREFIX} ${run.owner}`);
      lock.apply(p);
      if (division.emails.length) p.addEditors(division.emails);
      added++;
    }
  }
  const sheetProtection = plan.protect().setDescription(`${PROTECTION_PREFIX} โครงสร้างแผนมาตรการ`);
  lock.apply(sheetProtection);
  sheetProtection.setUnprotectedRanges(open);
  added++;
  const coOwned = (name: string) => input.coOwners.some((v) => typeof v === 'string' && v.includes(name));
  const withRows = divisions.filter((d) => runs.some((r) => r.owner === d.name) || coOwned(d.name));
  const names = viewSheetNames(withRows.map((d) => d.name));
  const views = withRows.map((d) => divisionView(ss, plan.getName(), shape, d.name, names.get(d.name)!, lock));
  return {
    shareWith: [...new Set(divisions.flatMap((d) => d.emails))],
    divisions: divisions.map((d) => ({ name: d.name, rows: rowsOf(runs, d.name), emails: d.emails })),
    protectionsAdded: added,
    protectionsRemoved: input.existing.length,
    views,
    warnings: [
      ...(input.disagreement ? [input.disagreement] : []),
      ...mergedNotes,
      ...unlistedOwnerNotes(
        input.owners,
        shape.headerRow + 1,
        divisions.map((d) => d.name),
      ),
    ],
    notes: [
      {
        th: 'ส่วนเสริมนี้เข้าถึงได้เฉพาะไฟล์ปัจจุบัน จึงแชร์ไฟล์ให้ผู้อื่นเองไม่ได้ โปรดกดปุ่ม "แชร์" ของ Google แล้วเพิ่มอีเมลข้างต้นในสิทธิ์ "ผู้แก้ไข" สิทธิ์รายแถวจะมีผลทันทีที่แชร์',
        en: "The add-on can reach only the current file, so it cannot share the file itself: use Google's Share button and add the addresses above as editors; the per-row rights apply as soon as you do",
      },
    ],
  };
}

function rowsOf(runs: OwnerRun[], name: string): number {
  return runs.filter((r) => r.owner === name).reduce((s, r) => s + r.count, 0);
}

function divisionsFromSheet(sheet: Sheet | null, reader: SheetReader): DivisionContact[] {
  if (!sheet) throw new ItaError('ไม่พบแผ่นงาน หน่วยงานภายใน', 'The divisions sheet was not found');
  return divisionsFromGrid(reader.grid(sheet));
}

/** A sheet we rewrite whole, editable by the coordinator only (a follow-up sheet made after sharing, too). */
export function protectForCoordinator(sheet: Sheet, label: string, lock = new LockDown()): void {
  lock.apply(sheet.protect().setDescription(`${PROTECTION_PREFIX} ${label} (ผู้ประสานงานเท่านั้น)`));
}

/**
 * Only the coordinator (the protection's creator and the file owner) keeps edit rights. A new
 * protection starts with the file's editors, the same list every time: it is read once, so
 * sharing makes one read after its writes, however many protections it makes.
 */
class LockDown {
  private editors: GoogleAppsScript.Base.User[] | null = null;
  private domainEdit: boolean | null = null;
  apply(p: Protection): void {
    this.editors ??= p.getEditors();
    this.domainEdit ??= p.canDomainEdit();
    if (this.editors.length) p.removeEditors(this.editors);
    if (this.domainEdit) p.setDomainEdit(false);
  }
}

/** A read-only sheet per division showing only its rows, live, its late measures first. */
function divisionView(ss: Spreadsheet, planName: string, shape: PlanShape, name: string, title: string, lock: LockDown): string {
  const sheet = ss.getSheetByName(title) ?? ss.insertSheet(title);
  const view = divisionViewFormulas(planName, shape, name);
  sheet.clear();
  sheet.getRange(1, 1, 2, 1).setValues([[view.header], [view.rows]]);
  lock.apply(sheet.protect().setDescription(`${PROTECTION_PREFIX} มุมมอง ${name}`).setWarningOnly(false));
  return title;
}
