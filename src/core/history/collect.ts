/**
 * Earlier years from wherever a coordinator keeps them: a score sheet per year, extra year columns
 * in a score table, the `ผลย้อนหลัง` sheet. A year given in several places is merged value by value
 * in that order of trust (the year's own score sheet is the source document), and a value that
 * disagrees is pointed out, naming both places.
 */
import type { ToolId } from '../editions/types';
import type { Label } from '../errors';
import { fixed2 } from '../numbers';
import { isGeneratedSheet, ourSheetKind } from '../our-sheets';
import { agencyOf } from '../reading/agency';
import { agencyNameKey } from '../reading/agency-key';
import type { ScoreSheet } from '../score-sheet';
import { readScoreSheet } from '../sheet-input';
import { readHistorySheet } from './sheet-read';
import type { SheetGrid, YearScores } from '../forms/history-types';

export interface Gathered {
  /** Earlier years, oldest first, each merged from every place that gives it. */
  years: YearScores[];
  /** Where each year came from. */
  notes: Label[];
  warnings: Label[];
}

/** A sheet needs this many indicator or tool scores to count as a year's score sheet. */
const ENOUGH = 3;
const SAME = 0.005;

export function gatherYears(sheet: ScoreSheet, year: number, others: readonly SheetGrid[]): Gathered {
  const own: YearScores[] = [];
  const columns: YearScores[] = [...sheet.earlier];
  const kept: YearScores[] = [];
  const warnings: Label[] = [];
  const reads: ScoreSheet[] = [];
  for (const other of others) {
    if (other.name === sheet.sheetName) continue;
    const kind = ourSheetKind(other.name, other.grid);
    if (kind === 'history') kept.push(...readHistorySheet(other.grid, other.name));
    const read = isGeneratedSheet(kind) ? null : readQuietly(other);
    if (read && read.year !== null && given(read) >= ENOUGH) reads.push(read);
  }
  const same = agencyMatcher([sheet, ...reads]);
  for (const read of reads) {
    if (!same(sheet, read)) continue;
    const at = read.year!;
    if (at > year) warnings.push(laterSheet(read.sheetName, at, year));
    else if (at < year) own.push(fromSheet(read));
    columns.push(...read.earlier);
  }
  const later = [...columns, ...kept].filter((y) => y.year > year && hasScores(y));
  if (later.length) warnings.push(laterRows(later, year));
  const byYear = new Map<number, YearScores[]>();
  for (const y of [...own, ...columns, ...kept]) if (y.year < year) byYear.set(y.year, [...(byYear.get(y.year) ?? []), y]);
  const years: YearScores[] = [];
  const notes: Label[] = [];
  for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
    const merged = merge(byYear.get(y)!, warnings);
    if (!merged) continue;
    years.push(merged.scores);
    notes.push({
      th: `ผลการประเมินปีงบประมาณ พ.ศ. ${y} อ่านจาก${merged.used.map((s) => s.th).join(' และ')}`,
      en: `The ${y} results were read from ${merged.used.map((s) => s.en).join(' and ')}`,
    });
  }
  return { years, notes, warnings };
}

/** Value by value, the first place that gives it; null when no place gives any score. */
function merge(list: YearScores[], warnings: Label[]): { scores: YearScores; used: Label[] } | null {
  const out: YearScores = { ...list[0], indicators: [...list[0].indicators], tools: { ...list[0].tools } };
  const used = new Set<YearScores>([list[0]]);
  for (const next of list.slice(1)) {
    const clashes: { th: string; en: string; a: number; b: number }[] = [];
    const take = (a: number | null, b: number | null, th: string, en: string): number | null => {
      if (b === null) return a;
      used.add(next);
      if (a === null) return b;
      if (Math.abs(a - b) >= SAME) clashes.push({ th, en, a, b });
      return a;
    };
    out.indicators = out.indicators.map((v, k) => take(v, next.indicators[k], `ตัวชี้วัดที่ ${k + 1}`, `indicator ${k + 1}`));
    for (const id of Object.keys(next.tools) as ToolId[]) {
      const v = take(out.tools[id] ?? null, next.tools[id] ?? null, id, id);
      if (v !== null) out.tools[id] = v;
    }
    out.total = take(out.total, next.total, 'คะแนนรวม', 'the total');
    out.level ??= next.level;
    if (clashes.length) warnings.push(clash(out.year, list[0].source, next.source, clashes));
  }
  return hasScores(out) ? { scores: out, used: [...used].map((s) => s.source) } : null;
}

/**
 * Score sheets that are an earlier year of another sheet's agency in the same file: analysed as
 * that sheet's history rather than on their own. Earlier sheet's name → the latest sheet's name.
 */
export function earlierSheets(sheets: readonly SheetGrid[]): Map<string, string> {
  const read = sheets.map((s) => ({ name: s.name, sheet: readQuietly(s) })).filter((x) => x.sheet?.year != null) as { name: string; sheet: ScoreSheet }[];
  const same = agencyMatcher(read.map((x) => x.sheet));
  const out = new Map<string, string>();
  for (const x of read) {
    const latest = read.filter((y) => same(x.sheet, y.sheet)).reduce((a, b) => (b.sheet.year! > a.sheet.year! ? b : a));
    if (latest.sheet.year! > x.sheet.year!) out.set(x.name, latest.name);
  }
  return out;
}

const reads = new WeakMap<SheetGrid['grid'], ScoreSheet | null>();

/** A sheet that cannot be read is no earlier year (reading it as the source would name the fault). */
function readQuietly(s: SheetGrid): ScoreSheet | null {
  if (!reads.has(s.grid)) {
    try {
      reads.set(s.grid, readScoreSheet(s.grid, s.name));
    } catch {
      reads.set(s.grid, null);
    }
  }
  return reads.get(s.grid) ?? null;
}

function hasScores(y: YearScores): boolean {
  return y.total !== null || y.indicators.some((v) => v !== null) || Object.keys(y.tools).length > 0;
}

function given(s: ScoreSheet): number {
  return s.indicators.filter((v) => v !== null).length + Object.keys(s.tools).length + (s.publishedTotal === null ? 0 : 1);
}

/** The agency's name as compared: abbreviations spelled out, spacing and tone marks ignored; null when unnamed. */
function agencyKey(sheet: ScoreSheet): string | null {
  const name = agencyOf(sheet);
  if (name.warning) return null;
  return agencyNameKey(name.name);
}

/**
 * Same agency: the same name, or both unnamed; an unnamed sheet goes with a named one only when the
 * file names no other agency (a coordinator's own file, not a province's).
 */
function agencyMatcher(sheets: readonly ScoreSheet[]): (a: ScoreSheet, b: ScoreSheet) => boolean {
  const named = new Set(sheets.map(agencyKey).filter((k) => k !== null));
  return (a, b) => {
    const [x, y] = [agencyKey(a), agencyKey(b)];
    return x !== null && y !== null ? x === y : x === y || named.size <= 1;
  };
}

function fromSheet(s: ScoreSheet): YearScores {
  return {
    year: s.year!,
    indicators: [...s.indicators],
    tools: { ...s.tools },
    total: s.publishedTotal,
    level: s.publishedLevel,
    source: { th: `แผ่นงาน "${s.sheetName}"`, en: `sheet "${s.sheetName}"` },
  };
}

function clash(year: number, first: Label, other: Label, list: { th: string; en: string; a: number; b: number }[]): Label {
  return {
    th: `ผลการประเมินปีงบประมาณ พ.ศ. ${year} ใน${other.th} ไม่ตรงกับ${first.th}: ${list.map((c) => `${c.th} ${fixed2(c.b)} กับ ${fixed2(c.a)}`).join(', ')} จึงใช้ค่าจาก${first.th} โปรดตรวจสอบว่าค่าใดถูกต้อง`,
    en: `The ${year} results in ${other.en} disagree with ${first.en}: ${list.map((c) => `${c.en} ${fixed2(c.b)} vs ${fixed2(c.a)}`).join(', ')}; the values from ${first.en} are used; check which is right`,
  };
}

function laterSheet(name: string, sheetYear: number, year: number): Label {
  return {
    th: `แผ่นงาน "${name}" เป็นผลการประเมินปีงบประมาณ พ.ศ. ${sheetYear} ซึ่งใหม่กว่าปีที่วิเคราะห์ (พ.ศ. ${year}) จึงไม่นำมาเปรียบเทียบ หากต้องการวิเคราะห์ผลปี ${sheetYear} โปรดเลือกแผ่นงานนั้นเป็นแผ่นงานคะแนน`,
    en: `Sheet "${name}" holds the ${sheetYear} results, later than the year analysed (${year}), so it is not compared; to analyse ${sheetYear}, choose that sheet as the score sheet`,
  };
}

function laterRows(later: YearScores[], year: number): Label {
  const where = [...new Set(later.map((y) => y.source.th))].join(', ');
  const whereEn = [...new Set(later.map((y) => y.source.en))].join(', ');
  const years = [...new Set(later.map((y) => y.year))].sort((a, b) => a - b).join(', ');
  return {
    th: `ผลปีงบประมาณ พ.ศ. ${years} (${where}) ใหม่กว่าปีที่วิเคราะห์ (พ.ศ. ${year}) จึงไม่นำมาเปรียบเทียบ`,
    en: `The results for ${years} (${whereEn}) are later than the year analysed (${year}), so they are not compared`,
  };
}
