/**
 * Agencies' records → the roll-up: the year's figures overall, by type and by the grouping
 * chosen, the ranking with last year's rank, the indicators, the agencies to follow up, the items
 * most often missed and the movers. Agencies are matched across years by name, abbreviations spelled out.
 */
import { editionForYear, INDICATORS, scoringForYear } from '../editions';
import { ItaError } from '../errors';
import { round2 } from '../numbers';
import { agencyNameKey } from '../reading/agency-key';
import { pathToTarget } from '../worth';
import { TYPE_LABEL, TYPE_ORDER } from './agency-types';
import type { FollowUpRow, GroupBy, GroupRow, IndicatorRow, MissedItem, Mover, RankRow, Rollup } from './model';
import { recommend } from './recommend';
import { levelsOf, resultOf, type AgencyResult, type LevelRef } from './results';
import type { ReadAgencies } from './types';

export interface RollupOptions {
  year?: number;
  target?: number;
  groupBy?: GroupBy;
}

const LOWEST = 3;
const MOVERS = 10;
const collator = new Intl.Collator('th');

export function buildRollup(read: ReadAgencies, options: RollupOptions = {}): Rollup {
  const notes = [...read.notes];
  const bad = [...read.bad];
  const byYear = new Map<number, Map<string, AgencyResult>>();
  for (const record of read.records) {
    const r = resultOf(record, notes);
    if (!('total' in r)) {
      bad.push(r);
      continue;
    }
    const year = byYear.get(r.year) ?? byYear.set(r.year, new Map()).get(r.year)!;
    const key = keyOf(r);
    const first = year.get(key);
    if (first) {
      bad.push({
        th: `${r.source.th}: ${r.name} ปี ${r.year} ซ้ำกับ${first.source.th} จึงใช้แถวแรก`,
        en: `${r.source.en}: ${r.name} for ${r.year} repeats ${first.source.en}; the first row is used`,
      });
    } else year.set(key, r);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const year = options.year ?? years[0];
  const current = byYear.get(year);
  if (!current?.size) {
    const found = years.length ? years.join(', ') : '-';
    throw new ItaError(
      `ไม่พบผลการประเมินของหน่วยงานใดในปีงบประมาณ พ.ศ. ${year ?? '-'} (ปีที่พบ: ${found})`,
      `No agency's results for fiscal year ${year ?? '-'} (years found: ${found})`,
    );
  }
  const previousYear = years.find((y) => y < year) ?? null;
  const previous = previousYear === null ? new Map<string, AgencyResult>() : byYear.get(previousYear)!;
  const target = options.target ?? scoringForYear(year).target;
  const levels = levelsOf(scoringForYear(year));
  const agencies = [...current.values()];
  const groupOf = groupLabel(options.groupBy ?? null);

  const ranked = rank(agencies);
  const previousRanks = new Map(rank([...previous.values()]).map((r) => [keyOf(r.agency), r]));
  const ranking: RankRow[] = ranked.map((r) => {
    const p = previousRanks.get(keyOf(r.agency));
    return {
      ...r,
      group: groupOf(r.agency),
      previousRank: p?.rank ?? null,
      rankChange: p ? p.rank - r.rank : null,
      previousTotal: p?.agency.total ?? null,
      previousLevel: p?.agency.level?.th ?? null,
      change: p ? round2(r.agency.total - p.agency.total) : null,
    };
  });
  const indicators = indicatorRows(agencies, target);
  const missed = missedItems(agencies, year, target);
  const rollup: Rollup = {
    year,
    previousYear,
    target,
    groupBy: options.groupBy ?? null,
    levels,
    agencies,
    overview: groupRow('', agencies, levels, target),
    previousOverview: previous.size ? groupRow('', [...previous.values()], levelsOf(scoringForYear(previousYear!)), target) : null,
    byType: TYPE_ORDER.map((type) => ({ type, rows: agencies.filter((a) => a.type === type) }))
      .filter((g) => g.rows.length)
      .map((g) => ({ type: g.type, ...groupRow(TYPE_LABEL[g.type], g.rows, levels, target) })),
    byGroup: options.groupBy ? groups(agencies, groupOf, levels, target) : [],
    ranking,
    indicators,
    followUp: followUp(ranking, year, target),
    missed,
    movers: movers(ranking),
    recommendations: [],
    bad,
    notes,
    missing: [...previous.entries()].filter(([k]) => !current.has(k)).map(([, a]) => a.name),
  };
  rollup.recommendations = recommend(rollup);
  return rollup;
}

/**
 * The same agency in another year: its name with abbreviations spelled out, and its province when
 * the table gives one (agencies of the same name stand in different provinces).
 */
export function keyOf(r: { name: string; province: string | null }): string {
  return `${agencyNameKey(r.name)}|${r.province === null ? '' : agencyNameKey(r.province)}`;
}

/** Best first; equal totals share a rank (1, 1, 3), listed by name. */
function rank(agencies: AgencyResult[]): { rank: number; agency: AgencyResult }[] {
  const sorted = [...agencies].sort((a, b) => b.total - a.total || collator.compare(a.name, b.name));
  let rankNow = 0;
  return sorted.map((agency, k) => {
    if (k === 0 || agency.total !== sorted[k - 1].total) rankNow = k + 1;
    return { rank: rankNow, agency };
  });
}

function groupLabel(by: GroupBy | null): (a: AgencyResult) => string {
  if (by === 'district') return (a) => a.district ?? 'ไม่ระบุอำเภอ';
  if (by === 'province') return (a) => a.province ?? 'ไม่ระบุจังหวัด';
  if (by === 'type') return (a) => TYPE_LABEL[a.type];
  return () => '';
}

function groups(agencies: AgencyResult[], groupOf: (a: AgencyResult) => string, levels: LevelRef[], target: number): GroupRow[] {
  const by = new Map<string, AgencyResult[]>();
  for (const a of agencies) {
    const g = groupOf(a);
    (by.get(g) ?? by.set(g, []).get(g)!).push(a);
  }
  return [...by.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([label, rows]) => groupRow(label, rows, levels, target));
}

export function groupRow(label: string, agencies: AgencyResult[], levels: LevelRef[], target: number): GroupRow {
  const totals = agencies.map((a) => a.total).sort((a, b) => a - b);
  const n = totals.length;
  const median = n % 2 ? totals[(n - 1) / 2] : (totals[n / 2 - 1] + totals[n / 2]) / 2;
  return {
    label,
    count: n,
    mean: round2(totals.reduce((s, t) => s + t, 0) / n),
    median: round2(median),
    reaching: totals.filter((t) => t >= target).length,
    levels: levels.map((l) => agencies.filter((a) => a.level?.id === l.id).length),
  };
}

function indicatorRows(agencies: AgencyResult[], target: number): IndicatorRow[] {
  return INDICATORS.map((ind) => {
    // One pass (a national table has 8,300 rows): count, sum, and the few lowest kept in order.
    let count = 0;
    let sum = 0;
    let below = 0;
    const lowest: { name: string; score: number }[] = [];
    const before = (a: { name: string; score: number }, b: { name: string; score: number }) =>
      a.score < b.score || (a.score === b.score && collator.compare(a.name, b.name) < 0);
    for (const a of agencies) {
      const score = a.indicators[ind.no - 1];
      if (score === null) continue;
      count++;
      sum += score;
      if (score >= target) continue;
      below++;
      const x = { name: a.name, score };
      if (lowest.length === LOWEST && !before(x, lowest[LOWEST - 1])) continue;
      const at = lowest.findIndex((y) => before(x, y));
      lowest.splice(at < 0 ? lowest.length : at, 0, x);
      if (lowest.length > LOWEST) lowest.pop();
    }
    return { no: ind.no, nameTh: ind.nameTh, count, mean: count ? round2(sum / count) : 0, below, lowest };
  });
}

function followUp(ranking: RankRow[], year: number, target: number): FollowUpRow[] {
  return ranking
    .filter((r) => r.agency.total < target)
    .reverse()
    .map(({ agency }) => {
      const weakest = agency.indicators
        .map((score, k) => ({ no: k + 1, score }))
        .filter((x): x is { no: number; score: number } => x.score !== null && x.score < target)
        .sort((a, b) => a.score - b.score)
        .slice(0, LOWEST);
      let items: FollowUpRow['items'] = null;
      if (agency.complete && [...agency.items.keys()].some((c) => c.startsWith('o'))) {
        const path = pathToTarget({ edition: editionForYear(year), indicators: agency.complete, tools: agency.tools, items: agency.items }, target);
        items = { codes: path.steps.map((s) => s.code), reached: path.reached };
      }
      return { agency, gap: round2(target - agency.total), weakest, items };
    });
}

function missedItems(agencies: AgencyResult[], year: number, target: number): MissedItem[] {
  const edition = editionForYear(year);
  const names = new Map(Object.values(edition.itemLists).flatMap((l) => l.items.map((i) => [i.code, i.nameTh] as const)));
  const by = new Map<string, MissedItem>();
  for (const a of agencies) {
    for (const [code, score] of a.items) {
      const m = by.get(code) ?? by.set(code, { code, nameTh: names.get(code) ?? code, missed: 0, of: 0, agencies: [] }).get(code)!;
      m.of++;
      if (score < target) {
        m.missed++;
        m.agencies.push(a.name);
      }
    }
  }
  return [...by.values()].filter((m) => m.missed > 0).sort((a, b) => b.missed - a.missed || codeOrder(a.code) - codeOrder(b.code));
}

function codeOrder(code: string): number {
  return 'ieo'.indexOf(code[0]) * 100 + Number(code.slice(1));
}

function movers(ranking: RankRow[]): { up: Mover[]; down: Mover[] } {
  const moved = ranking
    .filter((r) => r.change !== null && r.change !== 0)
    .map((r) => ({
      name: r.agency.name,
      from: r.previousTotal!,
      to: r.agency.total,
      change: r.change!,
      levelFrom: r.previousLevel,
      levelTo: r.agency.level?.th ?? null,
    }));
  return {
    up: moved
      .filter((m) => m.change > 0)
      .sort((a, b) => b.change - a.change)
      .slice(0, MOVERS),
    down: moved
      .filter((m) => m.change < 0)
      .sort((a, b) => a.change - b.change)
      .slice(0, MOVERS),
  };
}
