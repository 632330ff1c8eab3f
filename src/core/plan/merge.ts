/**
 * The plan as people left it + the measures the analysis asks for now → the rows to write.
 * Rows are matched by the hidden key first, then by the measure's text and indicator; rows that
 * share a key are all kept; a row holding anything a person typed is never dropped; rows stay in
 * the order people left them and new measures come after them. When rows cannot be matched for
 * sure, the result asks for a copy of the old sheet before anything is written.
 */
import type { Label } from '../errors';
import { isBlank, parseNumberText, toArabicDigits } from '../numbers';
import { isoToDay } from '../dates';
import { type CellValue, isDateValue, isFormulaValue } from '../grid';
import { COL, KEPT_FIELDS, OBSOLETE_MARK, PLAN_COLUMNS, PLAN_FIELDS, STATUS } from '../forms/plan-columns';
import { fieldValue, type PlanSheetRead, type PlanSheetRow } from './read';

export type PlanCell = CellValue;

/** 'worked': its finding is gone, but work had started on it: it stays in the plan, marked. */
export type PlanRowKind = 'fix' | 'develop' | 'keep' | 'routine' | 'worked' | 'user' | 'obsolete' | 'blank';

export interface PlanRow {
  /** Measure id for generated rows; '' for rows a user added by hand. */
  key: string;
  /** Our columns, in COL order. */
  cells: PlanCell[];
  kind: PlanRowKind;
  /** Cells of the columns people added, by 0-based sheet column. */
  extra?: Map<number, CellValue>;
}

export interface MergeCounts {
  generated: number;
  kept: number;
  added: number;
  obsolete: number;
  /** Rows marked no longer needed by this run (not those marked before). */
  becameObsolete: number;
  /** Rows whose finding is gone but which hold work (a status past ยังไม่เริ่ม, progress, a note): kept live. */
  worked: number;
  user: number;
  /** Rows that share a measure's key with another row (a measure split between divisions). */
  copies: number;
}

export interface Merged {
  rows: PlanRow[];
  counts: MergeCounts;
  /** Why the old sheet must be copied before writing; empty when the merge is sure. */
  unsure: Label[];
}

/** A generated row or one kept from the sheet: which rows count as measures of the plan. */
export function isLiveMeasure(r: PlanRow): boolean {
  return r.kind === 'fix' || r.kind === 'develop' || r.kind === 'keep' || r.kind === 'routine' || r.kind === 'worked';
}

/**
 * `gone(indicatorCell)` is the mark a row whose finding disappeared gets in its indicator cell when
 * work had started on it ('〔ตัวชี้วัดที่ 4 ผ่านค่าเป้าหมายแล้วตามผลล่าสุด〕').
 */
export function mergeRows(fresh: PlanRow[], read: PlanSheetRead | null, gone: (indicator: PlanCell) => string = () => ''): Merged {
  const counts: MergeCounts = { generated: fresh.length, kept: 0, added: 0, obsolete: 0, becameObsolete: 0, worked: 0, user: 0, copies: 0 };
  const unsure: Label[] = [];
  const old = read && read.headerRow >= 0 ? read.rows : [];
  const byKey = new Map(fresh.map((r) => [r.key, r]));
  const byText = new Map(fresh.map((r) => [textKey(r.cells[COL.measure]), r]));

  // 1. Rows by key; 2. a row whose key another row also carries, but whose text is another
  // measure's, was typed over: it belongs to that measure; 3. rows without a known key by text.
  const assigned = new Map<PlanSheetRow, PlanRow>();
  for (const row of old) {
    const hit = byKey.get(keyOf(read!, row));
    if (hit) assigned.set(row, hit);
  }
  const taken = new Set(assigned.values());
  for (const row of old) {
    const hit = assigned.get(row);
    const byItsText = byText.get(textKey(fieldValue(read!, row, 'measure')));
    if (hit && byItsText && byItsText !== hit && !taken.has(byItsText)) {
      assigned.set(row, byItsText);
      taken.add(byItsText);
    }
  }
  let unmatched = 0;
  for (const row of old) {
    if (row.blank || assigned.has(row)) continue;
    const hit = byText.get(textKey(fieldValue(read!, row, 'measure')));
    if (hit && !taken.has(hit) && sameIndicator(read!, row, hit)) {
      assigned.set(row, hit);
      taken.add(hit);
    } else if (!keyOf(read!, row) && holdsGeneratedText(read!, row)) unmatched++;
  }
  const keyColumn = read?.columns.key !== undefined && old.some((r) => keyOf(read!, r));
  if (old.length && !keyColumn && unmatched) {
    unsure.push({
      th: `ไม่พบรหัสมาตรการในแผ่นงานเดิม และจับคู่แถวเดิมกับมาตรการไม่ได้ ${unmatched} แถว`,
      en: `the measure keys are gone from the old sheet and ${unmatched} old rows could not be matched to a measure`,
    });
  }

  const rows: PlanRow[] = [];
  const seen = new Set<PlanRow>();
  for (const row of old) {
    const extra = extraCells(read!, row);
    const hit = assigned.get(row);
    if (row.blank) rows.push({ key: '', cells: emptyCells(), kind: 'blank', extra });
    else if (hit) {
      if (seen.has(hit)) counts.copies++;
      else counts.kept++;
      seen.add(hit);
      rows.push({ ...hit, cells: keptCells(hit, read!, row), extra });
    } else if (keyOf(read!, row) && isOurKey(keyOf(read!, row))) {
      const cells = oldCells(read!, row);
      if (hasWork(cells)) {
        counts.worked++;
        rows.push({ key: keyOf(read!, row), cells: markWorked(cells, gone(cells[COL.indicator])), kind: 'worked', extra });
      } else {
        counts.obsolete++;
        if (!isMarkedObsolete(cells)) counts.becameObsolete++;
        rows.push({ key: keyOf(read!, row), cells: markObsolete(cells), kind: 'obsolete', extra });
      }
    } else {
      counts.user++;
      rows.push({ key: '', cells: oldCells(read!, row), kind: 'user', extra });
    }
  }
  for (const r of fresh) {
    if (seen.has(r)) continue;
    counts.added++;
    rows.push(r);
  }
  let no = 0;
  for (const r of rows) r.cells[COL.no] = r.kind === 'blank' ? '' : ++no;
  return { rows, counts, unsure };
}

function keyOf(read: PlanSheetRead, row: PlanSheetRow): string {
  const v = fieldValue(read, row, 'key');
  return typeof v === 'string' ? v.trim() : '';
}

/** Our measure ids are lower-case words joined by hyphens; anything else in the key column was typed. */
function isOurKey(key: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);
}

/** Measure text compared without spaces, line breaks or the digit style it was written in. */
function textKey(v: unknown): string {
  return typeof v === 'string' ? toArabicDigits(v).replace(/[\s\u200b]+/g, '') : '';
}

/** Indicator numbers at the start of each line of the indicator cell ("9. การเปิดเผยข้อมูล (65.00)"). */
export function indicatorNumbers(v: unknown): number[] {
  return String(v ?? '')
    .split('\n')
    .map((line) => /^\s*(\d{1,2})[.\s]/.exec(toArabicDigits(line)))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
}

/** Same indicator when both rows name one; a row that names none matches by text alone. */
function sameIndicator(read: PlanSheetRead, row: PlanSheetRow, fresh: PlanRow): boolean {
  const mine = indicatorNumbers(fieldValue(read, row, 'indicator'));
  const theirs = indicatorNumbers(fresh.cells[COL.indicator]);
  return !mine.length || mine.some((n) => theirs.includes(n));
}

/** A keyless row that carries our indicator text looks generated: losing its key makes us unsure. */
function holdsGeneratedText(read: PlanSheetRead, row: PlanSheetRow): boolean {
  return indicatorNumbers(fieldValue(read, row, 'indicator')).length > 0;
}

function emptyCells(): PlanCell[] {
  return new Array<PlanCell>(PLAN_COLUMNS.length).fill('');
}

/** The row as it stands in the sheet, in COL order (our columns that are gone stay blank). */
function oldCells(read: PlanSheetRead, row: PlanSheetRow): PlanCell[] {
  const cells = emptyCells();
  for (const f of PLAN_FIELDS) cells[COL[f]] = normalise(fieldValue(read, row, f));
  return cells;
}

/** What the analysis writes now, with every column a person may type in as they left it. */
function keptCells(fresh: PlanRow, read: PlanSheetRead, row: PlanSheetRow): PlanCell[] {
  const cells = [...fresh.cells];
  for (const f of KEPT_FIELDS) if (read.columns[f] !== undefined) cells[COL[f]] = normalise(fieldValue(read, row, f));
  const note = cells[COL.note];
  if (typeof note === 'string') cells[COL.note] = note.replace(OBSOLETE_MARK, '').trimStart();
  return cells;
}

/**
 * Work started on a measure: a status past ยังไม่เริ่ม, progress above 0, or a note (one we marked no
 * longer needed on an earlier run, with nothing else typed, is not work).
 */
function hasWork(cells: PlanCell[]): boolean {
  const status = cells[COL.status];
  const progress = cells[COL.progress];
  const note = cells[COL.note];
  const noteText = typeof note === 'string' ? note.replace(OBSOLETE_MARK, '').trim() : note;
  const percent = typeof progress === 'number' ? progress : typeof progress === 'string' ? parseNumberText(progress.replace(/[%％]/g, '')) : null;
  return (
    (typeof status === 'string' && status.trim() !== '' && status.trim() !== STATUS.notStarted) ||
    (percent !== null && percent > 0) ||
    (!isBlank(noteText) && noteText !== '')
  );
}

function isMarkedObsolete(cells: PlanCell[]): boolean {
  const note = cells[COL.note];
  return typeof note === 'string' && note.startsWith(OBSOLETE_MARK);
}

/** The indicator cell says why the measure is no longer asked for; a mark it already holds is not repeated. */
function markWorked(cells: PlanCell[], mark: string): PlanCell[] {
  const note = cells[COL.note];
  if (typeof note === 'string' && note.startsWith(OBSOLETE_MARK)) cells[COL.note] = note.replace(OBSOLETE_MARK, '').trimStart();
  const indicator = cells[COL.indicator];
  if (mark && !isFormulaValue(indicator) && !String(indicator ?? '').includes(mark)) cells[COL.indicator] = `${String(indicator ?? '')}\n${mark}`.trim();
  return cells;
}

/** The mark goes before the note; a note that is a formula is left as it is (it cannot be prefixed). */
function markObsolete(cells: PlanCell[]): PlanCell[] {
  const note = cells[COL.note];
  if (isFormulaValue(note)) return cells;
  const text = isBlank(note) ? '' : isDateValue(note) ? note.date : String(note);
  if (!text.startsWith(OBSOLETE_MARK)) cells[COL.note] = `${OBSOLETE_MARK} ${text}`.trim();
  return cells;
}

function extraCells(read: PlanSheetRead, row: PlanSheetRow): Map<number, CellValue> | undefined {
  if (!read.extraColumns.size) return undefined;
  const out = new Map<number, CellValue>();
  for (const c of read.extraColumns.keys()) if (!isBlank(row.cells[c])) out.set(c, row.cells[c]);
  return out;
}

/** Dates read back from a sheet arrive as DateValue; strings in ISO form are dates too. */
function normalise(v: CellValue): PlanCell {
  if (isDateValue(v)) return v;
  if (typeof v === 'string' && isoToDay(v)) return { date: v };
  return v ?? '';
}
