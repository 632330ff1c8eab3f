/** Reads an ExcelJS worksheet back as the plain Grid the core reads (the inverse of the renderer). */
import type ExcelJS from 'exceljs';
import type { Grid, GridValue } from '../core/grid';

/** The used range from A1 as plain values; merged-away cells read empty, as in Google Sheets. */
export function readSheetGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: GridValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: GridValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.isMerged && cell.master !== cell ? null : gridValue(cell.value);
      if (v !== null) out[c - 1] = v;
    });
    if (out.length) {
      rows[r - 1] = out;
      width = Math.max(width, out.length);
    }
  });
  return Array.from({ length: rows.length }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
}

function gridValue(v: unknown): GridValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}` };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return gridValue((o.richText as { text: string }[]).map((t) => t.text).join(''));
    if ('formula' in o || 'sharedFormula' in o) return gridValue(o.result);
    if (typeof o.error === 'string') return o.error; // '#N/A' etc.: visible to the reader, not silently empty
    if ('text' in o) return gridValue(o.text); // hyperlink
  }
  return null;
}
