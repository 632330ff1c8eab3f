/**
 * Which sheets of the input hold an agency's scores. Our generated sheets never do, though the
 * analysis sheet repeats all ten indicator scores. A user's sheet that tries to be a score table
 * and fails stays in, so its failure is reported instead of being skipped without a word.
 */
import { ItaError } from '../core/errors';
import { earlierSheets } from '../core/history';
import type { Grid } from '../core/grid';
import { isGeneratedSheet, isOurWorkbook, ourSheetKind } from '../core/our-sheets';
import { OUR_SHEET_LABEL } from '../core/sheet-names';
import { readScoreSheet } from '../core/sheet-input';

export interface Sheet {
  name: string;
  grid: Grid;
}

export interface Selection {
  /** One agency each, in the workbook's order. */
  sources: Sheet[];
  /** The user's sheets that hold no score table (named on stderr, never skipped silently). */
  skipped: string[];
  /** The input is a workbook we wrote: it holds our analysis or plan. */
  ours: boolean;
  /** The `ตั้งค่า ITA` sheet, renamed or not. */
  settings?: Grid;
  /** Score sheets read as an earlier year of another sheet's agency (not analysed on their own), and that sheet. */
  earlier: { sheet: string; of: string }[];
}

/** Indicator and tool scores a sheet must show to count as an attempt at a score table. */
const ATTEMPT = 3;

export function selectSources(sheets: Sheet[], path: string, sheetName?: string): Selection {
  const kinds = sheets.map((s) => ourSheetKind(s.name, s.grid));
  const ours = isOurWorkbook(kinds);
  const settings = sheets.find((_, k) => kinds[k] === 'settings')?.grid;
  if (sheetName !== undefined) return { sources: [named(sheets, kinds, path, sheetName)], skipped: [], ours, settings, earlier: [] };
  const sources: Sheet[] = [];
  const skipped: string[] = [];
  sheets.forEach((s, k) => {
    if (isGeneratedSheet(kinds[k])) return;
    if (attemptsScores(s)) sources.push(s);
    else skipped.push(s.name);
  });
  // One agency's sheets of several years: the latest is analysed, the others are its earlier years.
  const later = earlierSheets(sources);
  const earlier = [...later].map(([sheet, of]) => ({ sheet, of }));
  return { sources: sources.filter((s) => !later.has(s.name)), skipped, ours, settings, earlier };
}

function named(sheets: Sheet[], kinds: ReturnType<typeof ourSheetKind>[], path: string, name: string): Sheet {
  const k = [sheets.findIndex((s) => s.name === name), sheets.findIndex((s) => s.name.trim() === name.trim())].find((i) => i >= 0);
  if (k === undefined) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ') || '-';
    throw new ItaError(`ไม่พบแผ่นงานชื่อ "${name}" ในไฟล์ ${path} (แผ่นงานที่มี: ${names})`, `Sheet "${name}" not found in ${path} (available sheets: ${names})`);
  }
  const kind = kinds[k];
  if (kind && isGeneratedSheet(kind)) {
    throw new ItaError(
      `แผ่นงาน "${sheets[k].name}" ในไฟล์ ${path} เป็น${OUR_SHEET_LABEL[kind].th}ที่โปรแกรมสร้างขึ้น ไม่ใช่แผ่นงานคะแนน โปรดระบุแผ่นงานคะแนนด้วย --sheet`,
      `Sheet "${sheets[k].name}" in ${path} is a ${OUR_SHEET_LABEL[kind].en} this program wrote, not a score sheet; name the score sheet with --sheet`,
    );
  }
  return sheets[k];
}

/** Scores found on several rows, or a value the reader rejects: a score table, perhaps with a mistake. */
function attemptsScores(s: Sheet): boolean {
  try {
    const read = readScoreSheet(s.grid, s.name);
    return read.indicators.filter((v) => v !== null).length + Object.keys(read.tools).length >= ATTEMPT;
  } catch {
    return true; // the analysis reads it again and reports the cell at fault
  }
}
