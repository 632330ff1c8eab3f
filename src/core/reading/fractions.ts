/**
 * Scores stored as fractions: a percent-formatted column holds 0.9829 for 98.29 %. When all ten
 * indicator scores are at most 1, the sheet's scores are read ×100 and the cells are named, so
 * that 0.72 is never rated as a total of 0.72.
 */
import type { Label } from '../errors';
import { round2 } from '../numbers';
import type { ScoreSheet } from '../score-sheet';

/** Scales the sheet's scores in place when they are fractions; returns the warning, or null. */
export function scaleFractions(sheet: ScoreSheet): Label | null {
  const given = sheet.indicators.filter((v): v is number => v !== null);
  if (given.length < 10 || given.every((v) => v === 0) || given.some((v) => v > 1)) return null;
  const times = (v: number) => round2(v * 100);
  sheet.indicators = sheet.indicators.map((v) => (v === null ? null : times(v)));
  const cells = sheet.indicators.map((_, k) => sheet.cells[`ind${k + 1}`]).filter(Boolean);
  for (const id of Object.keys(sheet.tools) as (keyof ScoreSheet['tools'])[]) {
    const v = sheet.tools[id];
    // A tool score over 1 was typed out of 100 already.
    if (v !== undefined && v <= 1) {
      sheet.tools[id] = times(v);
      if (sheet.cells[id]) cells.push(sheet.cells[id]);
    }
  }
  if (sheet.publishedTotal !== null && sheet.publishedTotal <= 1) {
    sheet.publishedTotal = times(sheet.publishedTotal);
    if (sheet.cells.total) cells.push(sheet.cells.total);
  }
  if (sheet.items.length && sheet.items.every((i) => i.score <= 1)) {
    for (const i of sheet.items) {
      i.score = times(i.score);
      cells.push(i.cell);
    }
  }
  const first = Math.round(given[0] * 1e6) / 1e6;
  return {
    th: `แผ่นงาน "${sheet.sheetName}": คะแนนทุกตัวชี้วัดไม่เกิน 1 (เช่น ${first} ในเซลล์ ${cells[0]}) จึงอ่านเป็นร้อยละที่จัดรูปแบบเป็นเปอร์เซ็นต์ และคูณด้วย 100 (${first} เป็น ${times(first)}) ในเซลล์ ${cells.join(', ')} โปรดตรวจสอบ`,
    en: `sheet "${sheet.sheetName}": every indicator score is at most 1 (e.g. ${first} in cell ${cells[0]}), so they were read as percent-formatted fractions and multiplied by 100 (${first} is ${times(first)}) in cells ${cells.join(', ')}; please check`,
  };
}
