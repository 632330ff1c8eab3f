/**
 * Score tables with a column per year: `ตัวชี้วัด | 2566 | 2567 | 2568`, or the template's `คะแนน`
 * column with earlier years beside it (`… | คะแนน | 2566 | 2567`). The sheet is then read once per
 * year, each time with the table's labels and that year's column only, so every rule of the score
 * reader (names typed with slips, tool rows, the total row) serves every year alike.
 */
import { BE_OFFSET } from '../dates';
import { columnLetter, type Grid, type GridValue, isDateValue } from '../grid';
import type { Label } from '../errors';
import { toArabicDigits } from '../numbers';

export interface YearColumn {
  /** 0-based column. */
  col: number;
  /** B.E. */
  year: number;
  /** The header cell ('D10'), for messages. */
  cell: string;
}

interface YearTable {
  /** 0-based rows: the header, and the row after the table's last value. */
  header: number;
  end: number;
  /** Columns left of this hold the labels; from it on, values. */
  firstValue: number;
  years: YearColumn[];
  /** A `คะแนน` column without a year: the year assessed. */
  current: number | null;
}

export interface YearSplit {
  /** The grid as read for the year assessed: the latest year's column, or the คะแนน column. */
  current: Grid;
  /** The latest year's header when that column is the year assessed (it then names the year). */
  currentYear: YearColumn | null;
  /** Earlier years, oldest first: only the table's rows, with that year's column. */
  earlier: (YearColumn & { grid: Grid })[];
  /** Two columns for one year (2024 and พ.ศ. 2567): the first is read, the pair compared. */
  warnings: Label[];
}

const FIRST_BE = 2561;
const LAST_BE = 2643;
// '2566', 'พ.ศ. ๒๕๖๖', 'ปีงบประมาณ 2566', 'ปี 2023', 'ค.ศ. 2023', 'คะแนนปี 2566'.
const YEAR_HEADER = /^(?:(?:ผล)?คะแนน\s*|ผลการประเมิน\s*)?(?:ปี\s*(?:งบประมาณ)?\s*)?(?:(พ|ค)\s*\.?\s*ศ\s*\.?\s*)?([0-9]{4})$/;
const SCORE_HEADER = /^(?:ผล)?คะแนน(?:ปีนี้|ปีล่าสุด|ปีที่ประเมิน)?$|^score$/i;
const NEW_TABLE = /^(ข้อ|ลำดับ|ตัวชี้วัด|อันดับ|เครื่องมือ)/;
/** Rows without a value that a table may hold between its rows (a tool's heading). */
const MAX_GAP = 2;

/** Null when the grid has no table with year columns. */
export function splitYearColumns(grid: Grid): YearSplit | null {
  const tables = findTables(grid);
  if (!tables.length) return null;
  const warnings = tables.flatMap((t) => sameYearColumns(grid, t));
  const withCurrent = tables.some((t) => t.current !== null);
  const all = tables.flatMap((t) => t.years);
  const latest = Math.max(...all.map((y) => y.year));
  // With a คะแนน column every year column is an earlier year; otherwise the latest is the year assessed.
  const currentOf = (t: YearTable) => (withCurrent ? t.current : (t.years.find((y) => y.year === latest)?.col ?? null));
  const earlierYears = [...new Set(all.map((y) => y.year))].filter((y) => withCurrent || y !== latest).sort((a, b) => a - b);
  return {
    current: project(grid, tables, currentOf, true),
    currentYear: withCurrent ? null : (all.find((y) => y.year === latest) ?? null),
    earlier: earlierYears.map((year) => ({
      ...all.find((y) => y.year === year)!,
      grid: project(grid, tables, (t) => t.years.find((y) => y.year === year)?.col ?? null, false),
    })),
    warnings,
  };
}

/**
 * Columns of one table that name the same year in two eras ('2024' and 'พ.ศ. 2567'): the first is
 * read; the other is compared with it row by row and the pair is named, with the cells that differ.
 */
function sameYearColumns(grid: Grid, t: YearTable): Label[] {
  const out: Label[] = [];
  for (const y of t.years) {
    const first = t.years.find((x) => x.year === y.year)!;
    if (first === y) continue;
    const differ: string[] = [];
    for (let r = t.header + 1; r < t.end; r++) {
      const a = grid[r]?.[first.col];
      const b = grid[r]?.[y.col];
      if (!blank(a) && !blank(b) && String(a).trim() !== String(b).trim())
        differ.push(`${columnLetter(first.col + 1)}${r + 1}/${columnLetter(y.col + 1)}${r + 1}`);
    }
    const same = `คอลัมน์เซลล์ ${first.cell} และ ${y.cell} เป็นปีงบประมาณ พ.ศ. ${y.year} ทั้งคู่ (ปี ค.ศ. ${y.year - BE_OFFSET} คือ พ.ศ. ${y.year}) จึงใช้คอลัมน์ ${first.cell}`;
    const sameEn = `the columns headed ${first.cell} and ${y.cell} are both B.E. ${y.year} (C.E. ${y.year - BE_OFFSET}), so ${first.cell} is used`;
    out.push(
      differ.length
        ? {
            th: `${same} แต่คะแนนไม่ตรงกันในเซลล์ ${differ.join(', ')} โปรดตรวจสอบว่าคอลัมน์ใดถูกต้อง`,
            en: `${sameEn}, but the scores differ in cells ${differ.join(', ')}; check which is right`,
          }
        : { th: `${same} (คะแนนตรงกัน)`, en: `${sameEn} (the scores agree)` },
    );
  }
  return out;
}

/** The grid with each table's value columns blanked but `pick`'s; rows outside the tables kept or dropped. */
function project(grid: Grid, tables: YearTable[], pick: (t: YearTable) => number | null, keepOutside: boolean): Grid {
  return grid.map((row, r) => {
    const t = tables.find((x) => r >= x.header && r < x.end);
    if (!t) return keepOutside ? row : [];
    const keep = r === t.header ? null : pick(t);
    return row.map((v, c) => (c < t.firstValue || c === keep ? v : null));
  });
}

function findTables(grid: Grid): YearTable[] {
  const tables: YearTable[] = [];
  for (let r = 0; r < grid.length; r++) {
    const head = headerOf(grid[r], r);
    if (!head) continue;
    const valueCols = [...head.years.map((y) => y.col), ...(head.current === null ? [] : [head.current])];
    let last = r;
    let gap = 0;
    for (let k = r + 1; k < grid.length && gap <= MAX_GAP; k++) {
      const row = grid[k] ?? [];
      if (valueCols.some((c) => !blank(row[c]))) {
        last = k;
        gap = 0;
      } else if (startsTable(row, k)) {
        break;
      } else {
        gap++;
      }
    }
    tables.push({ ...head, header: r, end: last + 1 });
    r = last;
  }
  return tables.filter((t) => t.end > t.header + 1);
}

/** A header: labels, then two or more year cells (or one beside a คะแนน column), no number that is not a year. */
function headerOf(row: GridValue[], r: number): Omit<YearTable, 'header' | 'end'> | null {
  const cells = row.map((v, c) => ({ v, c })).filter((x) => !blank(x.v));
  if (cells.length < 2) return null;
  const years: YearColumn[] = [];
  let current: number | null = null;
  for (const { v, c } of cells.slice(1)) {
    const year = yearOf(v);
    if (year !== null) years.push({ col: c, year, cell: `${columnLetter(c + 1)}${r + 1}` });
    else if (typeof v === 'string' && SCORE_HEADER.test(v.trim())) current ??= c;
    else if (typeof v === 'number' || /^[\s\d.,๐-๙]+$/.test(String(v))) return null;
  }
  if (yearOf(cells[0].v) !== null) return null;
  if (new Set(years.map((y) => y.year)).size < (current === null ? 2 : 1)) return null;
  const firstValue = Math.min(...years.map((y) => y.col), current ?? Infinity);
  return { years: years.sort((a, b) => a.year - b.year), current, firstValue };
}

/** Another table's header below this one ('ข้อ | ข้อคำถาม | คะแนน'), which ends it. */
function startsTable(row: GridValue[], r: number): boolean {
  if (headerOf(row, r)) return true;
  const cells = row.filter((v) => !blank(v));
  return (
    cells.length >= 2 &&
    cells.every((v) => typeof v === 'string' && !/[0-9๐-๙]/.test(v)) &&
    (NEW_TABLE.test(String(cells[0]).trim()) || cells.some((v) => SCORE_HEADER.test(String(v).trim())))
  );
}

/** A B.E. year from a header cell: B.E. or C.E., number or text, Thai digits; null for anything else. */
export function yearOf(v: GridValue): number | null {
  if (v === null || isDateValue(v) || typeof v === 'boolean') return null;
  let n: number;
  let ce = false;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return null;
    n = v;
  } else {
    const m = YEAR_HEADER.exec(toArabicDigits(v).replace(/\s+/g, ' ').trim());
    if (!m) return null;
    n = Number(m[2]);
    ce = m[1] === 'ค';
  }
  const be = ce || n < 2400 ? n + BE_OFFSET : n;
  return be >= FIRST_BE && be <= LAST_BE ? be : null;
}

function blank(v: GridValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
