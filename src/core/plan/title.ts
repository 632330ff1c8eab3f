/**
 * What our title lines above the plan's header say about the plan: its fiscal year, the agency it
 * is for and the results year it was made from. They are how an old plan is told from a new one.
 */
import type { Grid } from '../grid';
import { toArabicDigits } from '../numbers';
import { PLAN_SUBTITLE_MARK, PLAN_TITLE_PREFIX } from './read';

/** Our title and subtitle stand in the first rows (people may insert a few above them). */
const TITLE_ROWS = 10;

/** The plan's fiscal year from its title line ("… ประจำปีงบประมาณ พ.ศ. 2569"), when the title is still there. */
export function planYearOf(grid: Grid): number | null {
  const m = /พ\.ศ\.\s*(\d{4})/.exec(toArabicDigits(lineStarting(grid, PLAN_TITLE_PREFIX) ?? ''));
  return m ? Number(m[1]) : null;
}

/** Our subtitle reads '<agency> · จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 (…)'. */
export function agencyFromSubtitle(grid: Grid): string | null {
  const line = lineHolding(grid, PLAN_SUBTITLE_MARK);
  return line ? line.split(' · ')[0].trim() || null : null;
}

/** The results year the plan was made from, as its subtitle says. */
export function resultsYearOf(grid: Grid): number | null {
  const line = lineHolding(grid, PLAN_SUBTITLE_MARK);
  const m = line ? /พ\.ศ\.\s*(\d{4})/.exec(toArabicDigits(line.slice(line.indexOf(PLAN_SUBTITLE_MARK)))) : null;
  return m ? Number(m[1]) : null;
}

function lineStarting(grid: Grid, prefix: string): string | null {
  for (const row of grid.slice(0, TITLE_ROWS)) for (const v of row) if (typeof v === 'string' && v.startsWith(prefix)) return v;
  return null;
}

function lineHolding(grid: Grid, mark: string): string | null {
  for (const row of grid.slice(0, TITLE_ROWS)) for (const v of row) if (typeof v === 'string' && v.includes(mark)) return v;
  return null;
}
