/**
 * What sharing with divisions decides, apart from the Sheets calls that carry it out: the
 * addresses are checked before anything changes, each division's rows are found where the
 * plan now stands, and every division gets a view sheet of its own name.
 */
import { isEmail } from './email';
import { ItaError, type Label } from './errors';
import { columnLetter } from './grid';
import type { PlanShape } from './layout/plan-shape';
import { HELPER_FIELDS, type PlanField } from './forms/plan-columns';
import { liveCells, urgencyKey } from './progress/live';
import { VIEW_PREFIX } from './sheet-names';

export interface DivisionContact {
  name: string;
  emails: string[];
}

/** Google Sheets takes sheet names of up to 100 characters. */
const MAX_SHEET_NAME = 100;
/** Columns a division edits in its own rows; everything else stays the coordinator's. */
export const DIVISION_EDITS: readonly PlanField[] = ['revised', 'status', 'progress', 'note'];

/** Every address must be one before sharing changes anything; the error names division and text. */
export function checkDivisions(divisions: readonly DivisionContact[]): void {
  for (const d of divisions) {
    for (const e of d.emails) {
      if (!isEmail(e)) {
        throw new ItaError(
          `อีเมลของหน่วยงาน "${d.name}" ไม่ถูกต้อง: "${e}" (ใส่อีเมลคั่นด้วยจุลภาค เช่น finance@example.go.th) ยังไม่ได้เปลี่ยนสิทธิ์ใด ๆ`,
          `The e-mail address of division "${d.name}" is not valid: "${e}" (list addresses separated by commas, such as finance@example.go.th); no rights were changed`,
        );
      }
    }
  }
}

/**
 * The list as it will be applied: one division per name (a name typed on two lines gets the
 * addresses of both), and a note for each name that was merged.
 */
export function mergeDuplicateDivisions(divisions: readonly DivisionContact[]): { divisions: DivisionContact[]; notes: Label[] } {
  const byName = new Map<string, DivisionContact>();
  const repeated = new Map<string, number>();
  for (const d of divisions) {
    const name = d.name.trim();
    const known = byName.get(name);
    if (!known) byName.set(name, { name, emails: [...new Set(d.emails)] });
    else {
      for (const e of d.emails) if (!known.emails.includes(e)) known.emails.push(e);
      repeated.set(name, (repeated.get(name) ?? 1) + 1);
    }
  }
  const notes = [...repeated].map(([name, lines]) => {
    const emails = byName.get(name)!.emails.join(', ') || '-';
    return {
      th: `ชื่อหน่วยงาน "${name}" อยู่ในรายชื่อ ${lines} บรรทัด จึงรวมเป็นหน่วยงานเดียว อีเมลที่แก้ไขแถวของหน่วยงานนี้ได้: ${emails}`,
      en: `The division "${name}" is on ${lines} lines of the list: they were merged into one division, whose rows these addresses edit: ${emails}`,
    };
  });
  return { divisions: [...byName.values()], notes };
}

/**
 * Plan rows whose owner is not a listed division (renamed or removed after sharing): nobody but
 * the coordinator edits them until the owner is listed, and the result says which rows and owner.
 * `owners[k]` stands on sheet row firstRow + k.
 */
export function unlistedOwnerNotes(owners: readonly unknown[], firstRow: number, names: readonly string[]): Label[] {
  const rows = new Map<string, number[]>();
  owners.forEach((raw, k) => {
    const owner = typeof raw === 'string' ? raw.trim() : '';
    if (owner && !names.includes(owner)) rows.set(owner, [...(rows.get(owner) ?? []), firstRow + k]);
  });
  return [...rows].map(([owner, at]) => ({
    th: `แถวที่ ${at.join(', ')} ของแผนมาตรการมีผู้รับผิดชอบ "${owner}" ซึ่งไม่อยู่ในรายชื่อหน่วยงานภายใน แถวเหล่านี้ผู้ประสานงานแก้ไขได้ผู้เดียวจนกว่าจะเพิ่มชื่อนี้ในรายชื่อหรือแก้ชื่อผู้รับผิดชอบ`,
    en: `Plan rows ${at.join(', ')} are owned by "${owner}", which is not in the divisions list: only the coordinator edits them until that name is listed or the owner is corrected`,
  }));
}

/**
 * Rows whose edit rights no longer match their owner: a sort moves the rows' values but not the
 * protections, so a division may hold another's rows until rights are applied again.
 * `protectedFor` maps a 1-based sheet row to the division its protection was made for; `owners`
 * gives each plan row's sheet row and owner cell. A row is counted when the listed owner it shows
 * and the division its protection is for differ (an unlisted owner counts as none).
 */
export function disagreeingRows(
  protectedFor: ReadonlyMap<number, string>,
  owners: readonly { row: number; owner: unknown }[],
  names: readonly string[],
): number[] {
  const out: number[] = [];
  for (const { row, owner } of owners) {
    const shown = typeof owner === 'string' && names.includes(owner.trim()) ? owner.trim() : '';
    if ((protectedFor.get(row) ?? '') !== shown) out.push(row);
  }
  return out;
}

/** Said by Share and Generate when they found rights and owners disagreeing (they put them right in the same run). */
export function disagreementNote(rows: readonly number[]): Label {
  return {
    th: `พบ ${rows.length} แถวที่สิทธิ์แก้ไขไม่ตรงกับผู้รับผิดชอบในแถว (แถวที่ ${rows.join(', ')}) ซึ่งเกิดจากการเรียงลำดับแถวหรือการเปลี่ยนผู้รับผิดชอบหลังแชร์ ได้กำหนดสิทธิ์ใหม่ตามผู้รับผิดชอบปัจจุบันแล้ว`,
    en: `${rows.length} rows had edit rights that did not match their owner (rows ${rows.join(', ')}), after the plan was sorted or an owner changed since sharing; rights now follow the current owners`,
  };
}

export interface OwnerRun {
  owner: string;
  /** 1-based sheet row. */
  first: number;
  count: number;
}

/** Contiguous runs of rows with the same listed owner; `owners[k]` stands on sheet row firstRow + k. */
export function ownerRuns(owners: readonly string[], firstRow: number, names: readonly string[]): OwnerRun[] {
  const runs: OwnerRun[] = [];
  owners.forEach((raw, k) => {
    const owner = raw.trim();
    const prev = runs[runs.length - 1];
    if (prev && prev.owner === owner && prev.first + prev.count === firstRow + k) prev.count++;
    else if (names.includes(owner)) runs.push({ owner, first: firstRow + k, count: 1 });
  });
  return runs;
}

/** The columns a division edits, as contiguous 1-based blocks wherever people moved them. */
export function editableBlocks(shape: PlanShape): { col: number; cols: number }[] {
  const cols = DIVISION_EDITS.map((f) => shape.col[f]).sort((a, b) => a - b);
  const blocks: { col: number; cols: number }[] = [];
  for (const c of cols) {
    const last = blocks[blocks.length - 1];
    if (last && last.col + last.cols === c) last.cols++;
    else blocks.push({ col: c, cols: 1 });
  }
  return blocks;
}

/** One view sheet name per division, unique even when long names share their beginning. */
export function viewSheetNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    let title = `${VIEW_PREFIX}${name}`.slice(0, MAX_SHEET_NAME);
    for (let k = 2; used.has(title); k++) title = `${`${VIEW_PREFIX}${name}`.slice(0, MAX_SHEET_NAME - ` (${k})`.length)} (${k})`;
    used.add(title);
    out.set(name, title);
  }
  return out;
}

export const NO_MEASURES_TEXT = 'ไม่มีมาตรการของหน่วยงานนี้';

/**
 * A division's view sheet: the plan's header, then the rows it leads or works on as a co-owner,
 * live through FILTER, the late ones first (then due soon), in the plan's order within each.
 */
export function divisionViewFormulas(planName: string, shape: PlanShape, name: string): { header: string; rows: string } {
  const lastCol = Math.max(
    ...Object.entries(shape.col)
      .filter(([f]) => f !== 'key' && !HELPER_FIELDS.includes(f as PlanField))
      .map(([, c]) => c),
    ...shape.extras.keys(),
  );
  const last = columnLetter(lastCol);
  const quoted = name.replace(/"/g, '""');
  const src = `'${planName.replace(/'/g, "''")}'`;
  const h = shape.headerRow;
  const col = (f: PlanField) => `${src}!${columnLetter(shape.col[f])}${h + 1}:${columnLetter(shape.col[f])}`;
  const mine = `(${col('owner')} = "${quoted}") + ISNUMBER(FIND("${quoted}", ${col('coOwner')}))`;
  const key = urgencyKey(liveCells(col));
  const rows = `SORT(FILTER(${src}!A${h + 1}:${last}, ${mine}), FILTER(${key}, ${mine}), FALSE, FILTER(ROW(${col('owner')}), ${mine}), TRUE)`;
  return { header: `=${src}!A${h}:${last}${h}`, rows: `=ARRAYFORMULA(IFERROR(${rows}, "${NO_MEASURES_TEXT}"))` };
}
