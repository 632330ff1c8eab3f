/**
 * Every agency in the input: tables with a row per agency, and score sheets of one agency each
 * (a workbook with a sheet per agency, or a folder of workbooks), read with the analysis's own reader.
 */
import { describeError, type Label } from '../errors';
import type { Grid } from '../grid';
import { isGeneratedSheet, ourSheetKind } from '../our-sheets';
import { agencyOf } from '../reading/agency';
import type { ScoreSheet } from '../score-sheet';
import { readScoreSheet } from '../sheet-input';
import { agencyTypeOf } from './agency-types';
import { isRollupSheet } from '../sheet-names';
import { findAgencyTable, readAgencyTable } from './table';
import type { AgencyRecord, ReadAgencies } from './types';

export interface InputSheet {
  name: string;
  grid: Grid;
  /** The file it came from, when several files are read (messages name it). */
  file?: string;
}

/** Scores a sheet must show to count as an agency's score sheet. */
const ATTEMPT = 3;

export function readAgencies(sheets: readonly InputSheet[], year?: number): ReadAgencies & { skipped: Label[] } {
  const out = { records: [] as AgencyRecord[], bad: [] as Label[], notes: [] as Label[], skipped: [] as Label[] };
  for (const s of sheets) {
    const label = s.file ? { th: `${s.file} แผ่นงาน "${s.name}"`, en: `${s.file} sheet "${s.name}"` } : { th: `แผ่นงาน "${s.name}"`, en: `sheet "${s.name}"` };
    if (isGeneratedSheet(ourSheetKind(s.name, s.grid)) || isRollupSheet(s.name, s.grid[0]?.[0])) continue;
    const table = findAgencyTable(s.grid);
    if (table) {
      const read = readAgencyTable(s.grid, s.file ? `${s.file}: ${s.name}` : s.name, table, year ?? null);
      out.records.push(...read.records);
      out.bad.push(...read.bad);
      out.notes.push(...read.notes);
      continue;
    }
    let sheet: ScoreSheet;
    try {
      sheet = readScoreSheet(s.grid, s.name);
    } catch (e) {
      const { th, en } = describeError(e);
      out.bad.push({ th: `${label.th}: ${th} จึงไม่นำมาคำนวณ`, en: `${label.en}: ${en}; left out of the figures` });
      continue;
    }
    if (sheet.indicators.filter((v) => v !== null).length + Object.keys(sheet.tools).length + (sheet.publishedTotal === null ? 0 : 1) < ATTEMPT) {
      out.skipped.push(label);
      continue;
    }
    const records = fromScoreSheet(sheet, year, label);
    if (!records)
      out.bad.push({
        th: `${label.th}: ไม่ทราบปีงบประมาณ โปรดระบุ --year จึงไม่นำมาคำนวณ`,
        en: `${label.en}: the fiscal year is not known; give --year; left out of the figures`,
      });
    else out.records.push(...records);
  }
  return out;
}

/** The sheet's year and the earlier years it carries, as records of its agency. */
function fromScoreSheet(sheet: ScoreSheet, year: number | undefined, source: Label): AgencyRecord[] | null {
  const y = year ?? sheet.year;
  if (y === null || y === undefined) return null;
  const { name } = agencyOf(sheet);
  const type = agencyTypeOf(sheet.agencyType ?? '') ?? agencyTypeOf(name) ?? 'other';
  const base = { name, type, district: null, province: null, source };
  const items = new Map(sheet.items.map((i) => [i.code, i.score]));
  return [
    ...sheet.earlier.map((e) => ({
      ...base,
      year: e.year,
      indicators: [...e.indicators],
      tools: { ...e.tools },
      items: new Map<string, number>(),
      publishedTotal: e.total,
      publishedLevel: e.level,
    })),
    {
      ...base,
      year: y,
      indicators: [...sheet.indicators],
      tools: { ...sheet.tools },
      items,
      publishedTotal: sheet.publishedTotal,
      publishedLevel: sheet.publishedLevel,
    },
  ];
}
