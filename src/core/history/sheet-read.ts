/**
 * The `ผลย้อนหลัง` sheet → earlier years. One row per year (the template's form), columns found by
 * their header text wherever they stand; or, typed the other way round, a column per year, which
 * the score reader already reads.
 */
import type { ToolId } from '../editions/types';
import { ItaError } from '../errors';
import { columnLetter, type Grid, type GridValue, isDateValue } from '../grid';
import { parseNumberText } from '../numbers';
import { shownValue } from '../thai-months';
import { indicatorOfRow } from '../reading/indicator-names';
import { toolOf } from '../reading/tools';
import { splitYearColumns, yearOf } from '../reading/year-columns';
import { readScoreSheet } from '../sheet-input';
import type { YearScores } from '../forms/history-types';

const YEAR = /^(ปี|year|fiscal)/i;
const TOTAL = /^(คะแนนรวม|คะแนนภาพรวม|คะแนนเฉลี่ย|total)/i;
const LEVEL = /^(ระดับ|level)/i;
/** Cells that mean "no figure" rather than a mistake. */
const NONE = /^[-–—]$|^ไม่มี|^n\/?a$/i;
const HEADER_ROWS = 15;

type Field = { kind: 'year' } | { kind: 'total' } | { kind: 'level' } | { kind: 'indicator'; no: number } | { kind: 'tool'; id: ToolId };

export function readHistorySheet(grid: Grid, sheetName: string): YearScores[] {
  if (splitYearColumns(grid)) return byColumns(grid, sheetName);
  const found = headerOf(grid);
  if (!found) return [];
  const out: YearScores[] = [];
  for (let r = found.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cell = (c: number) => `${columnLetter(c + 1)}${r + 1}`;
    const where = (c: number) => ({ th: `แผ่นงาน "${sheetName}" เซลล์ ${cell(c)}`, en: `sheet "${sheetName}" cell ${cell(c)}` });
    const scores: YearScores = {
      year: 0,
      indicators: Array<number | null>(10).fill(null),
      tools: {},
      total: null,
      level: null,
      source: { th: `แผ่นงาน "${sheetName}" แถว ${r + 1}`, en: `sheet "${sheetName}" row ${r + 1}` },
    };
    let given = false;
    for (const [c, field] of found.fields) {
      const v = row[c] ?? null;
      if (field.kind === 'year' || isNone(v)) continue;
      if (field.kind === 'level') {
        scores.level = String(v).trim();
        continue;
      }
      const n = scoreOf(v, where(c));
      given = true;
      if (field.kind === 'total') scores.total = n;
      else if (field.kind === 'indicator') scores.indicators[field.no - 1] = n;
      else scores.tools[field.id] = n;
    }
    // A row with its year only (the template's) is no result.
    if (!given && scores.level === null) continue;
    const yearCell = row[found.year] ?? null;
    const year = isNone(yearCell) ? null : yearOf(typeof yearCell === 'string' ? yearCell.trim() : yearCell);
    if (year === null) {
      const w = where(found.year);
      throw new ItaError(
        `${w.th}: อ่านปีงบประมาณไม่ได้ ("${String(yearCell ?? '')}") โปรดพิมพ์ปี พ.ศ. เช่น 2567`,
        `${w.en}: the fiscal year cannot be read ("${String(yearCell ?? '')}"); type the B.E. year, e.g. 2567`,
      );
    }
    out.push({ ...scores, year });
  }
  return out;
}

/** The sheet typed with a column per year: every column is an earlier year. */
function byColumns(grid: Grid, sheetName: string): YearScores[] {
  const read = readScoreSheet(grid, sheetName);
  const latest: YearScores[] =
    read.year === null
      ? []
      : [
          {
            year: read.year,
            indicators: read.indicators,
            tools: read.tools,
            total: read.publishedTotal,
            level: read.publishedLevel,
            source: { th: `แผ่นงาน "${sheetName}" คอลัมน์ปี ${read.year}`, en: `sheet "${sheetName}", the ${read.year} column` },
          },
        ];
  return [...read.earlier, ...latest];
}

/** The header row: a year column and at least three columns of scores. */
function headerOf(grid: Grid): { row: number; year: number; fields: [number, Field][] } | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_ROWS); r++) {
    const fields: [number, Field][] = [];
    (grid[r] ?? []).forEach((v, c) => {
      const field = typeof v === 'string' && v.trim() ? fieldOf(v.trim()) : null;
      if (field) fields.push([c, field]);
    });
    const year = fields.find(([, f]) => f.kind === 'year');
    if (year && fields.filter(([, f]) => f.kind !== 'year' && f.kind !== 'level').length >= 3) return { row: r, year: year[0], fields };
  }
  return null;
}

function fieldOf(text: string): Field | null {
  if (YEAR.test(text)) return { kind: 'year' };
  if (TOTAL.test(text)) return { kind: 'total' };
  if (LEVEL.test(text)) return { kind: 'level' };
  const ind = indicatorOfRow([text], false);
  if (ind) return { kind: 'indicator', no: ind.no };
  const tool = toolOf(text);
  return tool ? { kind: 'tool', id: tool } : null;
}

function isNone(v: GridValue): boolean {
  return v === null || isDateValue(v) || (typeof v === 'string' && (v.trim() === '' || NONE.test(v.trim())));
}

function scoreOf(v: GridValue, where: { th: string; en: string }): number {
  const n = typeof v === 'number' ? v : parseNumberText(String(v));
  if (n === null) throw new ItaError(`${where.th}: ไม่ใช่ตัวเลข ("${shownValue(v)}")`, `${where.en} is not a number ("${shownValue(v)}")`);
  if (n < 0 || n > 100) throw new ItaError(`${where.th}: คะแนนอยู่นอกช่วง 0–100 (${n})`, `${where.en}: the score is outside 0–100 (${n})`);
  return n;
}
