/** ScoreSheet → Analysis: official and recomputed totals, level, per-indicator findings, items with advice, warnings. */
import { indicatorAdvice } from './advice';
import { officialFigures, publishedMismatch, toolMismatches } from './analysis-checks';
import { itemFindings, unknownItems } from './analysis-items';
import type { Analysis, AnalysisOptions, Bilingual, IndicatorRow, ToolRow } from './analysis-types';
import { familyWeight } from './editions';
import { chooseFramework } from './framework';
import { TOOLS_3 } from './editions/indicators';
import type { Edition, ToolFamily, ToolId } from './editions/types';
import { ItaError } from './errors';
import { indicatorNarrative } from './narrative';
import { round2 } from './numbers';
import { itemChecks, pathsOf } from './path-summary';
import { agencyOf } from './reading/agency';
import { matchItemsByName } from './reading/item-names';
import type { LowItem } from './analysis-types';
import { totalFromIndicators, totalFromTools, type ToolEvidence } from './score';
import type { ScoreSheet } from './score-sheet';
import { requireIndicators } from './sheet-input';

export type * from './analysis-types';
export { publishedMismatch, ROUNDING_TOLERANCE } from './analysis-checks';

export function analyse(sheet: ScoreSheet, options: AnalysisOptions = {}): Analysis {
  const indicators = requireIndicators(sheet);
  const year = options.year ?? sheet.year;
  if (year === null || year === undefined) {
    throw new ItaError(
      `ไม่พบปีงบประมาณในแผ่นงาน "${sheet.sheetName}" โปรดระบุปีงบประมาณที่ประเมิน`,
      `No fiscal year found in sheet "${sheet.sheetName}"; please give the assessment year`,
    );
  }
  // A group's framework applies to the agencies whose type, as the score sheet gives it, is the group's name.
  const framework = chooseFramework(options.definitions ?? [], year, sheet.agencyType);
  const edition = framework.edition;
  const target = options.target ?? edition.target;
  const agency = agencyOf(sheet, options.agency);
  // Where the year came from matters only when the sheet, not the user, gave it.
  const yearGiven = options.year !== undefined;
  const warnings: Bilingual[] = [...framework.warnings, ...sheet.warnings, ...(yearGiven ? [] : sheet.yearWarnings)];
  if (agency.warning) warnings.push(agency.warning);

  // OIT items by name first: the analysis below reads the edition's codes.
  const named = matchItemsByName(edition, sheet.items);
  const pasted = named.pasted;
  sheet = { ...sheet, items: named.items };
  warnings.push(...named.warnings);

  const fromIndicators = totalFromIndicators(edition, indicators);
  const toolValues = fullToolSet(edition, sheet.tools);
  const chosen = toolValues ? totalFromTools(edition, toolValues) : fromIndicators;
  const evidence: ToolEvidence = { ...fromIndicators.evidence, ...sheet.tools };
  const official = officialFigures(edition, sheet, chosen, evidence);
  warnings.push(...official.warnings);

  warnings.push(...toolMismatches(edition, sheet, fromIndicators.evidence));
  const published = publishedMismatch(sheet.publishedTotal, chosen.exact, chosen.total);
  if (published) warnings.push(published);
  if (edition.noteTh) warnings.push({ th: edition.noteTh, en: edition.noteEn ?? edition.noteTh });
  const unknown = unknownItems(edition, sheet);
  if (unknown) warnings.push(unknown);
  if (sheet.items.length) {
    for (const list of Object.values(edition.itemLists)) {
      if (!list.verified && list.caveatTh && sheet.items.some((i) => list.items.some((d) => d.code === i.code))) {
        warnings.push({ th: list.caveatTh, en: list.caveatEn ?? list.caveatTh });
      }
    }
  }

  warnings.push(...itemChecks(edition, sheet, indicators));
  const ranks = rankOf(indicators);
  const items = itemFindings(edition, sheet, target, pasted);
  const rows: IndicatorRow[] = edition.indicators.map((ind) => {
    const score = indicators[ind.no - 1];
    const pass = score >= target;
    const advice = indicatorAdvice(ind.no);
    return {
      no: ind.no,
      nameTh: ind.nameTh,
      nameEn: ind.nameEn,
      family: ind.family,
      score,
      pass,
      gap: pass ? 0 : round2(target - score),
      rank: ranks[ind.no - 1],
      findingTh: pass ? advice.strengthTh : advice.weaknessTh,
      lowItems: items.low.get(ind.no) ?? [],
      narrativeTh: '',
    };
  });

  const analysis: Analysis = {
    agency: agency.name,
    agencyType: sheet.agencyType,
    year,
    edition,
    framework: framework.describe,
    target,
    total: chosen.total,
    exact: chosen.exact,
    level: official.level,
    officialTotal: official.officialTotal,
    officialLevel: official.officialLevel,
    officialSource: official.officialSource,
    levelNote: official.levelNote,
    tools: toolRows(edition, sheet.tools, fromIndicators.evidence, target),
    indicators: rows,
    strengths: rows
      .filter((r) => r.pass)
      .sort((a, b) => b.score - a.score)
      .map((r) => r.no),
    weaknesses: rows
      .filter((r) => !r.pass)
      .sort((a, b) => a.score - b.score)
      .map((r) => r.no),
    items: [...sheet.items, ...pasted],
    developItems: items.develop,
    paths: pathsOf(edition, sheet, indicators, target),
    digits: options.digits ?? 'thai',
    warnings,
    notes: yearGiven ? [] : sheet.yearNotes,
  };
  for (const row of rows) row.narrativeTh = indicatorNarrative(analysis, row);
  const generic = [...rows.flatMap((r) => r.lowItems), ...items.develop].filter((i) => i.generic);
  if (generic.length) warnings.push(genericWarning(generic));
  return analysis;
}

/** Names the items whose advice was built from their names, so the coordinator reviews it. */
function genericWarning(items: LowItem[]): Bilingual {
  const list = items.map((i) => `${i.code} ${i.wordingTh}`).join(', ');
  return {
    th: `ข้อต่อไปนี้ไม่มีข้อเสนอแนะเฉพาะในคลังข้อเสนอแนะ จึงใช้ข้อเสนอแนะทั่วไปที่สร้างจากชื่อข้อและตัวชี้วัดย่อย โปรดทบทวนให้เหมาะกับหน่วยงาน: ${list}`,
    en: `No catalogue advice for these items, so generic advice was built from their names and sub-indicators; please review it: ${items.map((i) => i.code).join(', ')}`,
  };
}

/** Tool scores in the edition's order when the sheet gives all of them. */
function fullToolSet(edition: Edition, tools: Partial<Record<ToolId, number>>): number[] | null {
  const four = edition.tools.map((t) => tools[t.id]);
  if (four.every((v) => v !== undefined)) return four as number[];
  const three = (['IIT', 'EIT', 'OIT'] as const).map((id) => tools[id]);
  return three.every((v) => v !== undefined) ? (three as number[]) : null;
}

/** One row per tool given; EIT as one tool (its full name) when its two parts are not both known. */
function toolRows(edition: Edition, given: Partial<Record<ToolId, number>>, derived: ToolEvidence, target: number): ToolRow[] {
  const split = given.EIT1 !== undefined && given.EIT2 !== undefined && edition.tools.length === 4;
  const ids: ToolId[] = split ? edition.tools.map((t) => t.id) : ['IIT', 'EIT', 'OIT'];
  return ids.map((id) => {
    const family = (id.startsWith('EIT') ? 'EIT' : id) as ToolFamily;
    const def = (split ? edition.tools.find((t) => t.id === id) : undefined) ?? TOOLS_3.find((t) => t.family === family)!;
    const weight = split ? def.weight : familyWeight(edition, family);
    const score = given[id] ?? derived[id] ?? derived[family] ?? 0;
    return { id, nameTh: def.nameTh, nameEn: def.nameEn, weight, score, points: round2((weight * score) / 100), pass: score >= target };
  });
}

function rankOf(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((o) => o > s).length);
}
