/**
 * The plan sheet as people left it → the measures table of the document. Read with the merge's own
 * tolerant reader (header by content, columns by header text), so owners, dates and wording people
 * changed are what the document says. Rows marked no longer needed and blank rows are left out;
 * rows added by hand are kept; status, progress and the hidden key never reach the document.
 */
import { toArabicDigits } from '../numbers';
import type { Label } from '../errors';
import type { CellValue, Grid } from '../grid';
import { cellText as text, fieldValue, readPlanMeasures, type PlanField } from '../plan';
import type { ReportMeasure } from './model';
import { timeframeText } from './timeframe';

/** `items` names item codes ('o6', 'i2') for their wording, from the analysis. */
export function measuresFromPlan(grid: Grid, planYear: number, sheet: Label, items: ReadonlyMap<string, string> = new Map()): ReportMeasure[] {
  const { read, rows } = readPlanMeasures(grid, sheet);
  const out: ReportMeasure[] = [];
  for (const row of rows) {
    const get = (f: PlanField) => fieldValue(read, row, f);
    out.push({
      no: out.length + 1,
      measure: text(get('measure')),
      analysis: [...indicatorLines(get('indicator')), ...itemLines(get('items'), items)].join('\n'),
      steps: text(get('steps')),
      owner: text(get('owner')),
      timeframe: timeframeText(get('start'), get('deadline'), planYear),
      followUp: text(get('followUp')),
    });
  }
  return out;
}

/** "9. การเปิดเผยข้อมูล (90.00)" → "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (90.00 คะแนน)"; other text as typed. */
function indicatorLines(v: CellValue): string[] {
  return text(v)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      // The plan writes its text in the analysis's digits; read either.
      const m = /^(\d{1,2})\.\s*(.+?)\s*\((\d+(?:\.\d+)?)\)$/.exec(toArabicDigits(l));
      return m ? `ตัวชี้วัดที่ ${m[1]} ${m[2]} (${m[3]} คะแนน)` : l;
    });
}

/** "o6, i2" → one line per item with its wording when the analysis knows it. */
function itemLines(v: CellValue, items: ReadonlyMap<string, string>): string[] {
  const codes = toArabicDigits(text(v))
    .split(/[,\s]+/)
    .filter(Boolean);
  if (!codes.length) return [];
  if (!codes.every((c) => /^[ieo]\d+$/i.test(c))) return [`ประเด็น: ${text(v)}`];
  return codes.map((c) => {
    const wording = items.get(c.toLowerCase());
    return wording ? `ข้อ ${c} ${wording}` : `ข้อ ${c}`;
  });
}
