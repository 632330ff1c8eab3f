/**
 * What sharing with divisions decides, apart from the Sheets calls that carry it out: the
 * addresses are checked before anything changes, each division's rows are found where the
 * plan now stands, and every division gets a view sheet of its own name.
 */
import { ItaError } from './errors';
import { columnLetter } from './layout/model';
import type { PlanShape } from './layout/plan-shape';
import type { PlanField } from './plan/columns';
import { urgencyKey } from './progress/live';

export interface DivisionContact {
  name: string;
  emails: string[];
}

export const VIEW_PREFIX = 'มาตรการ ITA - ';
/** Google Sheets takes sheet names of up to 100 characters. */
const MAX_SHEET_NAME = 100;
/** Columns a division edits in its own rows; everything else stays the coordinator's. */
export const DIVISION_EDITS: readonly PlanField[] = ['revised', 'status', 'progress', 'note'];

const EMAIL = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[^\s@,;<>()"']+$/;

/** Every address must be one before sharing changes anything; the error names division and text. */
export function checkDivisions(divisions: readonly DivisionContact[]): void {
  for (const d of divisions) {
    for (const e of d.emails) {
      if (!EMAIL.test(e)) {
        throw new ItaError(
          `อีเมลของหน่วยงาน "${d.name}" ไม่ถูกต้อง: "${e}" (ใส่อีเมลคั่นด้วยจุลภาค เช่น finance@example.go.th) ยังไม่ได้เปลี่ยนสิทธิ์ใด ๆ`,
          `The e-mail address of division "${d.name}" is not valid: "${e}" (list addresses separated by commas, such as finance@example.go.th); no rights were changed`,
        );
      }
    }
  }
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
  const lastCol = Math.max(...Object.entries(shape.col).filter(([f]) => f !== 'key').map(([, c]) => c), ...shape.extras.keys());
  const last = columnLetter(lastCol);
  const quoted = name.replace(/"/g, '""');
  const src = `'${planName.replace(/'/g, "''")}'`;
  const h = shape.headerRow;
  const col = (f: PlanField) => `${src}!${columnLetter(shape.col[f])}${h + 1}:${columnLetter(shape.col[f])}`;
  const mine = `(${col('owner')} = "${quoted}") + ISNUMBER(FIND("${quoted}", ${col('coOwner')}))`;
  const key = urgencyKey({ status: col('status'), progress: col('progress'), start: col('start'), deadline: col('deadline'), revised: col('revised') });
  const rows = `SORT(FILTER(${src}!A${h + 1}:${last}, ${mine}), FILTER(${key}, ${mine}), FALSE, FILTER(ROW(${col('owner')}), ${mine}), TRUE)`;
  return { header: `=${src}!A${h}:${last}${h}`, rows: `=ARRAYFORMULA(IFERROR(${rows}, "${NO_MEASURES_TEXT}"))` };
}
