/**
 * The `ตั้งค่า ITA` sheet: a user's correction of an edition for a year, without a code change.
 * One row per year: year, base edition (optional), then tool weights (optional, must add to 100).
 * Custom functions cannot read it (they may not call services): they use the built-in editions.
 */
import { parseYear } from './dates';
import { EDITIONS, type EditionOverride } from './editions';
import type { ToolId } from './editions/types';
import { ItaError } from './errors';
import { columnLetter, type Grid } from './layout/model';
import { cellNumber } from './numbers';

export const SETTINGS_SHEET = 'ตั้งค่า ITA';
export const SETTINGS_HEADER = ['ปีงบประมาณ (พ.ศ.)', 'ใช้เกณฑ์ของ', 'น้ำหนัก IIT', 'น้ำหนัก EIT ส่วนที่ 1 (หรือ EIT)', 'น้ำหนัก EIT ส่วนที่ 2', 'น้ำหนัก OIT'];

export function overridesFromGrid(grid: Grid): EditionOverride[] {
  const out: EditionOverride[] = [];
  grid.slice(1).forEach((row, k) => {
    const r = k + 2;
    const cell = (c: number) => ({ th: `แผ่นงาน ${SETTINGS_SHEET} เซลล์ ${columnLetter(c + 1)}${r}`, en: `${SETTINGS_SHEET} cell ${columnLetter(c + 1)}${r}` });
    const year = parseYear(row[0], cell(0));
    if (year === null) return;
    const base = String(row[1] ?? '').trim();
    if (base && !EDITIONS.some((e) => e.id === base)) {
      throw new ItaError(
        `${cell(1).th}: ไม่รู้จักเกณฑ์ "${base}" (ใช้ ${EDITIONS.map((e) => e.id).join(', ')})`,
        `${cell(1).en}: unknown edition "${base}" (use ${EDITIONS.map((e) => e.id).join(', ')})`,
      );
    }
    const weights: Partial<Record<ToolId, number>> = {};
    const ids: ToolId[] = ['IIT', 'EIT1', 'EIT2', 'OIT'];
    ids.forEach((id, j) => {
      const w = cellNumber(row[2 + j], cell(2 + j));
      if (w !== null) weights[id === 'EIT1' && (row[4] === null || row[4] === '' || row[4] === undefined) ? 'EIT' : id] = w;
    });
    out.push({ years: [year], ...(base ? { baseEdition: base } : {}), ...(Object.keys(weights).length ? { weights } : {}) });
  });
  return out;
}
