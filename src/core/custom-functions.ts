/**
 * ITA_SCORE, ITA_RATING and ITA_GAP as pure functions of what Sheets passes: a scalar for one
 * cell, a 2-D array for a range ('' for empty cells), undefined for an omitted argument.
 */
import { scoringForYear } from './editions';
import type { Scoring } from './editions/types';
import { withWeights } from './framework/weights';
import { ItaError, label, type Label } from './errors';
import { parseYear } from './dates';
import { cellScore, isBlank, parseNumberText, round2 } from './numbers';
import { rate, type Rating } from './rating';
import { acceptedCounts, totalFromValues, type Total, type ToolEvidence } from './score';

type Matrix = unknown[][];
export type SheetResult = number | string | (number | string)[][];

const SINGLE_COUNTS = [3, 4, 10];

/** One agency's scores, or many rows of them. */
type Shape = { kind: 'one'; values: unknown[] } | { kind: 'rows'; rows: Matrix };

export function itaScore(scores: unknown, year?: unknown, weights?: unknown): SheetResult {
  return scoreWith(editionArg(year, weights), scores);
}

function scoreWith(edition: Scoring, scores: unknown): SheetResult {
  refuseFractions(scores, label('คะแนน', 'scores'));
  const shape = shapeOf(scores, label('คะแนน', 'scores'));
  if (shape.kind === 'one') return agencyTotal(edition, shape.values).total;
  return perRow(shape.rows, (row) => agencyTotal(edition, row).total);
}

/** Points missing to the target (the edition's, 85, when omitted; 0 when reached), with ITA_SCORE's input forms. */
export function itaGapFn(scores: unknown, year?: unknown, target?: unknown, weights?: unknown): SheetResult {
  const edition = editionArg(year, weights);
  const goal = isBlank(target) ? edition.target : cellScore(target, label('ค่าเป้าหมาย (target)', 'target'));
  const totals = scoreWith(edition, scores);
  // A row's error text passes through: its cell says what is wrong with that row.
  const gap = (t: number | string) => (typeof t === 'string' ? t : round2(Math.max(0, goal - t)));
  return Array.isArray(totals) ? totals.map((row) => [gap(row[0])]) : gap(totals);
}

export function itaRating(scoreOrScores: unknown, year?: unknown, toolScores?: unknown, lang?: unknown): SheetResult {
  const language = langArg(lang);
  const edition = editionArg(year);
  const toolRows = toolScores === undefined || isBlank(toolScores) ? null : asMatrix(toolScores);
  // Wrong for every row: said once, not on each row.
  if (toolRows) toolWidth(edition, toolRows);
  refuseFractions(scoreOrScores, Array.isArray(scoreOrScores) ? label('คะแนน', 'scores') : label('คะแนนรวม', 'total score'));
  if (toolRows) refuseFractions(toolRows, label('tool_scores', 'tool_scores'));
  const pick = (r: Rating) => (language === 'en' ? r.en : r.th);

  if (!Array.isArray(scoreOrScores)) {
    const total = cellScore(scoreOrScores, label('คะแนนรวม', 'total score'));
    return pick(rate(edition, total, toolArg(edition, toolRows, 0)));
  }
  const m = scoreOrScores as Matrix;
  const columnOfTotals =
    m[0].length === 1 && (!acceptedCounts(edition).includes(m.length) || (toolRows !== null && toolRows.length === m.length && m.length > 1));
  if (columnOfTotals) {
    return perRow(m, (row, r) => pick(rate(edition, cellScore(row[0], label('คะแนนรวม', 'total score')), toolArg(edition, toolRows, r))));
  }
  const shape = shapeOf(m, label('คะแนน', 'scores'));
  const rateOne = (values: unknown[], r: number) => {
    const t = agencyTotal(edition, values);
    return pick(rate(edition, t.total, { ...t.evidence, ...toolArg(edition, toolRows, r) }));
  };
  if (shape.kind === 'one') return rateOne(shape.values, 0);
  return perRow(shape.rows, rateOne);
}

/**
 * One result per row of a many-row range. A row that cannot be scored gets its own error text,
 * naming the row (Thai then English), so one unclear agency does not blank the whole column;
 * a blank row stays blank. Errors that are not the data's (bugs) still throw.
 */
function perRow(rows: Matrix, one: (row: unknown[], r: number) => number | string): (number | string)[][] {
  return rows.map((row, r) => {
    if (row.every(isBlank)) return [''];
    try {
      return [one(row, r)];
    } catch (e) {
      if (!(e instanceof ItaError)) throw e;
      return [`แถวที่ ${r + 1}: ${e.th} / row ${r + 1}: ${e.en}`];
    }
  });
}

function asMatrix(value: unknown): Matrix {
  return Array.isArray(value) ? (value as Matrix) : [[value]];
}

/** Decides whether a value is one agency's row/column of 3, 4 or 10 scores, or many rows of them. */
function shapeOf(value: unknown, what: Label): Shape {
  if (!Array.isArray(value)) {
    if (isBlank(value)) throw new ItaError(`${what.th}: ไม่ได้ระบุช่วงคะแนน`, `${what.en}: no range of scores given`);
    throw new ItaError(
      `${what.th}: ได้ค่าเดียว ต้องเป็นแถวหรือคอลัมน์ของคะแนน 10 ตัวชี้วัด หรือคะแนนรายเครื่องมือ 3 หรือ 4 ค่า`,
      `${what.en}: got a single value; give a row or column of 10 indicator scores or of 3 or 4 tool scores`,
    );
  }
  const m = value as Matrix;
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  if (rows === 1 && SINGLE_COUNTS.includes(cols)) return { kind: 'one', values: m[0] };
  if (cols === 1 && SINGLE_COUNTS.includes(rows)) return { kind: 'one', values: m.map((r) => r[0]) };
  if (rows > 1 && SINGLE_COUNTS.includes(cols)) return { kind: 'rows', rows: m };
  const count = rows === 1 || cols === 1 ? rows * cols : 0;
  if (count) {
    throw new ItaError(
      `${what.th}: มี ${count} ค่า ต้องมี 10 ค่า (รายตัวชี้วัด) หรือ 3 หรือ 4 ค่า (รายเครื่องมือ)`,
      `${what.en}: ${count} values; need 10 (indicators) or 3 or 4 (tools)`,
    );
  }
  throw new ItaError(
    `${what.th}: ช่วงขนาด ${rows}×${cols} ไม่ใช่รูปแบบที่รองรับ ต้องเป็นหนึ่งแถวต่อหน่วยงาน แถวละ 10, 3 หรือ 4 คอลัมน์`,
    `${what.en}: a ${rows}×${cols} range is not a supported shape; use one row per agency of 10, 3 or 4 columns`,
  );
}

/** The total of one agency's values. */
function agencyTotal(edition: Scoring, values: unknown[]): Total {
  const counts = acceptedCounts(edition);
  if (!counts.includes(values.length)) {
    throw new ItaError(
      `${edition.labelTh} มี ${edition.tools.length} เครื่องมือ จึงรับคะแนน 10 ค่า (รายตัวชี้วัด) หรือ 3 ค่า (IIT, EIT, OIT) ได้ ${values.length} ค่า`,
      `The ${edition.id} framework has ${edition.tools.length} tools, so it takes 10 indicator scores or 3 tool scores (IIT, EIT, OIT); got ${values.length}`,
    );
  }
  const numbers = new Array<number>(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    numbers[k] = typeof v === 'number' && v >= 0 && v <= 100 ? v : cellScore(v, () => valueLabel(edition, values.length, k));
  }
  return totalFromValues(edition, numbers);
}

/** "คะแนนตัวชี้วัดที่ 4" / "indicator 4 score", "คะแนน EIT ส่วนที่ 1". */
function valueLabel(edition: Scoring, count: number, k: number): Label {
  let th: string;
  let en: string;
  if (count === 10) {
    th = `คะแนนตัวชี้วัดที่ ${k + 1}`;
    en = `indicator ${k + 1} score`;
  } else {
    const id = count === 4 ? edition.tools[k].id : (['IIT', 'EIT', 'OIT'] as const)[k];
    th = `คะแนน ${id.replace('EIT1', 'EIT ส่วนที่ 1').replace('EIT2', 'EIT ส่วนที่ 2')}`;
    en = `${id.replace('EIT1', 'EIT part 1').replace('EIT2', 'EIT part 2')} score`;
  }
  return { th, en };
}

/** Tool scores given to ITA_RATING (3 or 4 values), for one agency row; {} when none. */
function toolArg(edition: Scoring, toolRows: Matrix | null, row: number): ToolEvidence {
  if (!toolRows) return {};
  const flat = toolsAreColumn(toolRows) ? toolRows.map((r) => r[0]) : toolRows[Math.min(row, toolRows.length - 1)];
  if (flat.every(isBlank)) return {};
  const values = flat.map((v, k) =>
    cellScore(v, () => {
      const l = valueLabel(edition, flat.length, k);
      return { th: `tool_scores ${l.th}`, en: `tool_scores ${l.en}` };
    }),
  );
  return totalFromValues(edition, values).evidence;
}

/** One agency's tools down a column (4 rows × 1), else a row per agency. */
function toolsAreColumn(toolRows: Matrix): boolean {
  return toolRows.length > 1 && toolRows[0].length === 1;
}

/** Throws unless tool_scores holds 3 or the edition's number of tools per agency. */
function toolWidth(edition: Scoring, toolRows: Matrix): void {
  const width = toolsAreColumn(toolRows) ? toolRows.length : toolRows[0].length;
  if (width === 3 || width === edition.tools.length) return;
  throw new ItaError(
    `tool_scores: มี ${width} ค่า ต้องมี ${edition.tools.length === 4 ? '4 ค่า (IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT) หรือ 3 ค่า' : '3 ค่า (IIT, EIT, OIT)'}`,
    `tool_scores: ${width} values; need ${edition.tools.length === 4 ? '4 (IIT, EIT part 1, EIT part 2, OIT) or 3' : '3 (IIT, EIT, OIT)'}`,
  );
}

/**
 * Scores from a percent-formatted range arrive as fractions (72 % is 0.72): read as they are, 0.72
 * would rate as needing urgent improvement. When every number given is at most 1, refuse once.
 */
function refuseFractions(value: unknown, what: Label): void {
  const cells = Array.isArray(value) ? (value as Matrix) : [[value]];
  let example: number | null = null;
  for (const row of cells) {
    for (const v of row) {
      const n = typeof v === 'number' ? v : typeof v === 'string' && !isBlank(v) ? parseNumberText(v) : null;
      if (n === null) continue;
      if (n > 1) return;
      if (n > 0) example ??= n;
    }
  }
  if (example === null) return;
  // 0.9829000000000001 as a person typed it.
  const shown = Math.round(example * 1e6) / 1e6;
  const times = round2(example * 100);
  throw new ItaError(
    `${what.th}: ทุกค่าไม่เกิน 1 (เช่น ${shown}) น่าจะเป็นร้อยละที่จัดรูปแบบเป็นเปอร์เซ็นต์ โปรดคูณด้วย 100 ให้เป็นคะแนนเต็ม 100 (${shown} เป็น ${times})`,
    `${what.en}: every value is at most 1 (e.g. ${shown}), likely a percent-formatted fraction; multiply by 100 to give scores out of 100 (${shown} is ${times})`,
  );
}

function editionArg(year: unknown, weights?: unknown): Scoring {
  return withWeights(scoringForYear(parseYear(year, label('ปีงบประมาณ (year)', 'year'))), weights);
}

function langArg(lang: unknown): 'th' | 'en' {
  if (isBlank(lang)) return 'th';
  const v = String(lang).trim().toLowerCase();
  if (v === 'th' || v === 'en') return v;
  throw new ItaError(`ไม่รู้จักภาษา "${String(lang)}" (ใช้ 'th' หรือ 'en')`, `Unknown language "${String(lang)}" (use 'th' or 'en')`);
}
