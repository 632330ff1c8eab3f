/**
 * The year assessed beside the earlier years: per indicator and for the total, the change from the
 * latest earlier year, and the indicators whose fall the plan must answer first. Years assessed
 * under other editions are compared at the indicator and total level only, the same ten
 * indicators every year, with a note on what differed.
 */
import { ROUNDING_TOLERANCE } from '../analysis-checks';
import type { Analysis } from '../analysis-types';
import type { Label } from '../errors';
import { fixed2 } from '../numbers';
import type { Edition, ToolId } from '../editions/types';
import { rate } from '../rating';
import { totalFromIndicators, totalFromTools } from '../score';
import { editionNote, indicatorSentence, planNote, summaryLines, totalSentence } from './sentences';
import type { TrendRow, YearComparison, YearScores } from '../forms/history-types';

/** The table shows the year assessed and up to four years before it. */
export const MAX_YEARS = 5;
/** Changes smaller than this are rounding, not a change. */
const SAME = 0.005;

export type EditionOf = (year: number) => Edition;

interface PastYear {
  year: number;
  total: number | null;
  computed: boolean;
  level: string | null;
  indicators: (number | null)[];
}

export function compareYears(a: Analysis, earlier: readonly YearScores[], editionOf: EditionOf): YearComparison | null {
  if (!earlier.length) return null;
  const shown = earlier.slice(-(MAX_YEARS - 1));
  const past = shown.map((y) => pastYear(y, editionOf(y.year)));
  const years = [...past.map((p) => p.year), a.year];
  const total = row(0, 'คะแนนรวม', [...past.map((p) => p.total), a.officialTotal], years, a.target);
  const indicators = a.indicators.map((r) => row(r.no, r.nameTh, [...past.map((p) => p.indicators[r.no - 1]), r.score], years, a.target));
  const levels = [...past.map((p) => p.level), a.officialLevel?.th ?? null];
  total.sentenceTh = totalSentence(total, years, levels, a.target);
  for (const r of indicators) {
    r.sentenceTh = indicatorSentence(r, years, a.target);
    r.planNoteTh = planNote(r, years, a.target);
  }
  const rankedUp = indicators.filter((r) => r.fellTwice || r.fellBelowTarget).map((r) => r.no);
  const computed = past.filter((p) => p.computed).map((p) => p.year);
  const left = earlier.length - shown.length;
  const notesTh = [
    editionNote(
      years.map((y) => (y === a.year ? a.edition : editionOf(y))),
      years,
    ),
    computed.length ? `คะแนนรวมของปีงบประมาณ พ.ศ. ${computed.join(', ')} คำนวณจากคะแนนรายตัวชี้วัดหรือรายเครื่องมือตามเกณฑ์ของปีนั้น เนื่องจากไม่ได้ระบุคะแนนรวมที่ประกาศ` : null,
    left ? `ตารางแสดงผล ${MAX_YEARS} ปีล่าสุด (มีผลก่อนหน้านั้นอีก ${left} ปี)` : null,
  ].filter((n): n is string => n !== null);
  return { years, levels, total, indicators, summaryTh: summaryLines(indicators, rankedUp), notesTh, rankedUp, earlier: [...earlier] };
}

function row(no: number, nameTh: string, values: (number | null)[], years: number[], target: number): TrendRow {
  const last = values.length - 1;
  const current = values[last];
  const before = values.map((v, k) => ({ v, k })).filter((x) => x.k < last && x.v !== null) as { v: number; k: number }[];
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  const change = current !== null && prev ? Math.round((current - prev.v) * 100) / 100 : null;
  const fell = (from: number, to: number) => from - to >= SAME;
  return {
    no,
    nameTh,
    values,
    change,
    fromYear: prev ? years[prev.k] : null,
    trend: change === null ? null : Math.abs(change) < SAME ? 'same' : change > 0 ? 'up' : 'down',
    fellTwice: current !== null && !!prev2 && fell(prev2.v, prev.v) && fell(prev.v, current),
    fellBelowTarget: current !== null && !!prev && prev.v >= target && current < target,
    sentenceTh: '',
    planNoteTh: null,
  };
}

/** An earlier year's total and level: as given, else computed under that year's edition. */
function pastYear(y: YearScores, edition: Edition): PastYear {
  const complete = y.indicators.every((v) => v !== null);
  const fromIndicators = complete ? totalFromIndicators(edition, y.indicators as number[]) : null;
  const fromTools = toolTotal(edition, y.tools);
  const computed = y.total === null ? (fromTools ?? fromIndicators) : null;
  const total = y.total ?? computed?.total ?? null;
  let level = y.level;
  if (!level && total !== null) {
    try {
      level = rate(edition, total, { ...fromIndicators?.evidence, ...y.tools }).th;
    } catch {
      level = null; // the pass levels need tool scores this year did not give
    }
  }
  return { year: y.year, total, computed: computed !== null, level, indicators: y.indicators };
}

function toolTotal(edition: Edition, tools: Partial<Record<ToolId, number>>): ReturnType<typeof totalFromTools> | null {
  const all = edition.tools.map((t) => tools[t.id]);
  if (all.every((v) => v !== undefined)) return totalFromTools(edition, all as number[]);
  const three = (['IIT', 'EIT', 'OIT'] as const).map((id) => tools[id]);
  return three.every((v) => v !== undefined) ? totalFromTools(edition, three as number[]) : null;
}

/**
 * An earlier year whose total was given and disagrees with its own indicators beyond rounding: a
 * typo in that row, named by where it was read (the ผลย้อนหลัง sheet's row).
 */
export function earlierTotalChecks(earlier: readonly YearScores[], editionOf: EditionOf): Label[] {
  const out: Label[] = [];
  for (const y of earlier) {
    if (y.total === null || y.indicators.some((v) => v === null)) continue;
    const own = totalFromIndicators(editionOf(y.year), y.indicators as number[]);
    if (Math.abs(own.exact - y.total) <= ROUNDING_TOLERANCE) continue;
    out.push({
      th: `${y.source.th}: คะแนนรวมปีงบประมาณ พ.ศ. ${y.year} ที่ระบุ (${fixed2(y.total)}) ไม่ตรงกับคะแนนรวมที่คำนวณจากคะแนน 10 ตัวชี้วัดของแถวเดียวกัน (${fixed2(own.total)}) เกินกว่าการปัดเศษ โปรดตรวจสอบว่าพิมพ์คะแนนใดผิด`,
      en: `${y.source.en}: the ${y.year} total given (${fixed2(y.total)}) differs from the total of the same row's 10 indicators (${fixed2(own.total)}) by more than rounding; check for a typo`,
    });
  }
  return out;
}
