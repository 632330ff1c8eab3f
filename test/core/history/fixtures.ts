/**
 * Three years of one province (invented earlier years beside example 002's 2568 result): indicator
 * 3 falls two years running (99.90 → 99.20 → 98.84), indicator 9 falls below the target (88.00 →
 * 65.00), indicator 10 rises by 1.25 (98.75 → 100).
 */
import { INDICATORS } from '../../../src/core/editions';
import type { Grid } from '../../../src/core/grid';
import { GRID_002, scoreGrid } from '../examples';

export const LAMPHUN_2566 = [90.12, 94.5, 99.9, 89.6, 92.3, 95.4, 93.1, 92.0, 80.0, 96.25];
export const LAMPHUN_2567 = [91.4, 95.2, 99.2, 88.45, 93.85, 96.6, 94.8, 94.1, 88.0, 98.75];
export const LAMPHUN_2568 = [92.68, 95.98, 98.84, 90.76, 94.09, 97.18, 95.62, 95.24, 65.0, 100];

export const SHEET_2566 = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2566, indicators: LAMPHUN_2566 });
export const SHEET_2567 = scoreGrid({ agency: 'จังหวัดลำพูน', type: 'จังหวัด', year: 2567, indicators: LAMPHUN_2567 });
export { GRID_002 as SHEET_2568 };

/** The indicator table with a column per year, headed in Thai digits, as pasted from a report. */
export const YEAR_COLUMNS: Grid = [
  ['ผลการประเมิน ITA จังหวัดลำพูน'],
  ['ตัวชี้วัดที่', 'รายละเอียดตัวชี้วัด', 'พ.ศ. ๒๕๖๖', 'พ.ศ. ๒๕๖๗', 'พ.ศ. ๒๕๖๘'],
  ...LAMPHUN_2568.map((v, k) => [k + 1, INDICATORS[k].nameTh, LAMPHUN_2566[k], LAMPHUN_2567[k], v]),
  ['คะแนนรวม', '', 91.29, 93.99, 90.14],
];
