/** The comparison with earlier years as the document states it. */
import type { TrendRow, YearComparison } from '../forms/history-types';
import type { ReportHistory, ReportTrend } from './model';

export function historyOf(h: YearComparison | undefined): ReportHistory | null {
  if (!h) return null;
  const trend = (r: TrendRow): ReportTrend => ({
    no: r.no,
    nameTh: r.nameTh,
    values: r.values,
    change: r.change,
    trend: r.trend,
    rankedUp: h.rankedUp.includes(r.no),
  });
  return {
    years: h.years,
    levels: h.levels,
    rows: [h.total, ...h.indicators].map(trend),
    sentences: [h.total, ...h.indicators].map((r) => r.sentenceTh),
    summary: h.summaryTh,
    notes: h.notesTh,
  };
}
