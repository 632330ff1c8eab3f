/**
 * Where the plan's parts stand in its sheet: the header row, each of our columns, the columns
 * people added, the title lines. On a first run, our own order; after that, the order people
 * left the sheet in, with any of our columns they deleted added again on the right.
 */
import { isBlank } from '../numbers';
import { COL, PLAN_FIELDS, type PlanField } from '../forms/plan-columns';
import type { PlanSheetRead } from '../plan/read';
import type { CellValue } from '../grid';

export const DEFAULT_HEADER_ROW = 3;
/** Columns the title is merged across on a fresh sheet. */
export const TITLE_SPAN = 9;

export interface PlanShape {
  /** 1-based. */
  headerRow: number;
  /** 1-based rows of our title lines; null where people removed them (we do not add them back). */
  titleRow: number | null;
  subtitleRow: number | null;
  /** Merge the title across TITLE_SPAN columns only where nothing else stands in them. */
  mergeTitle: boolean;
  /** 1-based sheet column of each of our columns. */
  col: Record<PlanField, number>;
  /** Header cells of the columns people added, by 1-based column. */
  extras: Map<number, CellValue>;
  /** Header texts people gave our columns ('กองที่รับผิดชอบ'), kept as they are; ours where none. */
  headers: Partial<Record<PlanField, CellValue>>;
  width: number;
  /** True when the old sheet could not be read as a plan at all: it is copied, then rewritten whole. */
  replace: boolean;
}

export function planShape(previous: PlanSheetRead | null): PlanShape {
  if (!previous || previous.headerRow < 0) {
    const col = Object.fromEntries(PLAN_FIELDS.map((f) => [f, COL[f] + 1])) as Record<PlanField, number>;
    return {
      headerRow: DEFAULT_HEADER_ROW,
      titleRow: 1,
      subtitleRow: 2,
      mergeTitle: true,
      col,
      extras: new Map(),
      headers: {},
      width: PLAN_FIELDS.length,
      replace: previous !== null,
    };
  }
  const col = {} as Record<PlanField, number>;
  let width = previous.width;
  for (const f of PLAN_FIELDS) col[f] = previous.columns[f] !== undefined ? previous.columns[f]! + 1 : ++width;
  const extras = new Map([...previous.extraColumns].map(([c, header]) => [c + 1, header]));
  const titleRow = previous.titleRow >= 0 ? previous.titleRow + 1 : null;
  const titleLine = titleRow ? previous.above[titleRow - 1] : [];
  return {
    headerRow: previous.headerRow + 1,
    titleRow,
    subtitleRow: previous.subtitleRow >= 0 ? previous.subtitleRow + 1 : null,
    mergeTitle: titleLine.slice(1, TITLE_SPAN).every(isBlank) && ![...extras.keys()].some((c) => c <= TITLE_SPAN),
    col,
    extras,
    headers: previous.headers,
    width: Math.max(width, ...Object.values(col)),
    replace: false,
  };
}
