/** Analysis + the plan sheet as it is now + the coordinator's fields → ReportModel. */
import type { Analysis } from '../analysis';
import { PASS_LEVELS, PASS_RULES } from '../editions/levels';
import type { Edition } from '../editions/types';
import type { Label } from '../errors';
import type { Grid } from '../grid';
import { fixed2, round2 } from '../numbers';
import type { Path } from '../worth';
import { agencyKindOf } from '../divisions';
import { forAgency } from '../vocabulary';
import { historyOf } from './history';
import { signersOf } from './signers';
import { measuresFromPlan } from './measures';
import type { DigitStyle, ReportAudience, ReportDate, ReportFields, ReportForm, ReportLevelRule, ReportModel, ReportPath } from './model';

/** The OIT item that asks for the measures themselves. */
export const MEASURES_ITEM = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

export interface ReportInput {
  analysis: Analysis;
  /** The plan sheet's grid as people left it. */
  plan: Grid;
  /** How the plan sheet is named in messages. */
  planSheet: Label;
  planYear: number;
  fields: ReportFields;
  form?: ReportForm;
  digits?: DigitStyle;
  audience?: ReportAudience;
  /** The date the coordinator gave for this document (--doc-date, the sidebar); wins over the fields' date. */
  docDate?: ReportDate;
  /** The plan's approval day: the document's date when no one gave one. */
  approval?: ReportDate;
  /** The day the document is made (B.E.), when nothing else dates it. */
  today: ReportDate;
}

/** The total and level the document states: the NACC's published figures when the report gives them. */
export function officialFigures(a: Analysis): { total: number; level: string | null } {
  return { total: a.officialTotal, level: a.officialLevel?.th ?? null };
}

export function buildReport(input: ReportInput): ReportModel {
  const a = input.analysis;
  const f = input.fields;
  const official = officialFigures(a);
  const kind = agencyKindOf(f.agencyType || a.agencyType || f.agency || a.agency);
  const words = (text: string) => forAgency(text, kind);
  const lowItems = a.indicators.flatMap((r) =>
    r.lowItems.map((i) => ({
      code: i.code,
      indicator: i.indicator,
      wording: i.wordingTh,
      score: i.score,
      issue: words(i.issueTh),
      advice: words(i.adviceTh),
      fixedBy: i.fixedBy.map((x) => `${x.code} ${x.nameTh}`),
    })),
  );
  const wording = new Map(lowItems.map((i) => [i.code, i.wording]));
  return {
    form: input.form ?? 'report',
    digits: input.digits ?? 'thai',
    audience: input.audience ?? 'public',
    programNotes: [a.framework.th, ...a.warnings.map((x) => x.th)],
    agency: f.agency || a.agency,
    agencyType: f.agencyType || a.agencyType,
    kind,
    district: f.district,
    province: f.province,
    year: a.year,
    planYear: input.planYear,
    issued: input.docDate ?? f.date ?? input.approval ?? input.today,
    editionLabel: a.edition.labelTh,
    levelScheme: a.edition.levelScheme,
    levels: levelRules(a.edition),
    target: a.target,
    total: official.total,
    level: official.level,
    levelNote: a.levelNote?.th ?? null,
    tools: a.tools.map((t) => ({
      id: t.id,
      nameTh: t.nameTh,
      weight: t.weight,
      score: t.score,
      pass: t.pass,
      indicators: a.edition.indicators.filter((i) => i.family === (t.id.startsWith('EIT') ? 'EIT' : t.id)).map((i) => i.no),
    })),
    indicators: a.indicators.map((r) => ({
      no: r.no,
      nameTh: r.nameTh,
      family: r.family,
      score: r.score,
      pass: r.pass,
      rank: r.rank,
      narrative: words(r.narrativeTh),
      finding: words(r.findingTh),
      toImprove: toImprove(a, r.no),
    })),
    strengths: a.strengths,
    weaknesses: a.weaknesses,
    itemsGiven: a.items.length > 0,
    lowItems,
    paths: a.paths ? (a.paths.target.target === a.paths.top.target ? [a.paths.target] : [a.paths.target, a.paths.top]).map(pathOf) : null,
    history: historyOf(a.history),
    measures: measuresFromPlan(input.plan, input.planYear, input.planSheet, wording),
    measuresItem: a.edition.itemLists.OIT.items.find((i) => i.nameTh === MEASURES_ITEM)?.code ?? null,
    preparer: f.preparer,
    proposer: f.proposer,
    executive: f.executive,
    signers: signersOf(kind, f.agency || a.agency, f),
    office: f.office,
    division: f.division,
    phone: f.phone,
    ref: f.ref,
    to: f.to,
  };
}

/** An indicator's items below target, and those of its items that scored 0 or are the agency's lowest. */
function toImprove(a: Analysis, no: number): string[] {
  const lowest = Math.min(...a.items.map((i) => i.score));
  const row = a.indicators[no - 1];
  const items = [...row.lowItems, ...a.developItems.filter((d) => d.indicator === no && (d.score === 0 || d.score === lowest))];
  return [...new Map(items.map((i) => [i.code, `${i.code} ${i.wordingTh} (${fixed2(i.score)} คะแนน)`])).values()];
}

function pathOf(p: Path): ReportPath {
  return {
    target: p.target,
    reached: p.reached,
    start: p.start,
    steps: p.steps.map((s) => ({ code: s.code, nameTh: s.nameTh, points: s.points, totalAfter: s.totalAfter })),
    remaining: p.remaining,
  };
}

function levelRules(edition: Edition): ReportLevelRule[] {
  if (edition.levelScheme === 'letter') {
    const bands = edition.bands ?? [];
    return bands.map((b, k) => ({ level: b.level, min: b.min, max: k === 0 ? 100 : round2(bands[k - 1].min - 0.01), everyTool: null }));
  }
  return [
    { level: PASS_LEVELS.excellent.th, min: PASS_RULES.excellent.total, max: 100, everyTool: PASS_RULES.excellent.everyTool },
    { level: PASS_LEVELS.good.th, min: PASS_RULES.good.total, max: 100, everyTool: PASS_RULES.good.everyTool },
    { level: PASS_LEVELS.pass.th, min: PASS_RULES.pass.total, max: 100, everyTool: null },
    { level: PASS_LEVELS.improve.th, min: PASS_RULES.improve.total, max: round2(PASS_RULES.pass.total - 0.01), everyTool: null },
    { level: PASS_LEVELS.urgent.th, min: 0, max: round2(PASS_RULES.improve.total - 0.01), everyTool: null },
  ];
}
