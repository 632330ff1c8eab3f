/** ScoreSheet → Analysis: totals, level, per-indicator findings, low items with advice, warnings. */
import { indicatorAdvice } from './advice';
import { adviceForItem } from './advice/for-item';
import { familyWeight } from './editions';
import type { Edition, ItemList, ToolFamily, ToolId } from './editions/types';
import { chooseFramework, type FrameworkDefinition } from './framework';
import { ItaError } from './errors';
import { fixed2, mean, round2 } from './numbers';
import { rate, type Rating } from './rating';
import { totalFromIndicators, totalFromTools, type ToolEvidence } from './score';
import type { ScoreSheet } from './score-sheet';
import { requireIndicators } from './sheet-input';
import { indicatorNarrative } from './narrative';
import { itemChecks, pathsOf, type Paths } from './path-summary';

/** Published figures are rounded: a gap up to this is rounding, beyond it a typo. */
export const ROUNDING_TOLERANCE = 0.02;

export interface Bilingual {
  th: string;
  en: string;
}

export interface ToolRow {
  id: ToolId;
  nameTh: string;
  nameEn: string;
  weight: number;
  score: number;
  points: number;
  pass: boolean;
}

export interface LowItem {
  code: string;
  indicator: number;
  list: ItemList['id'];
  wordingTh: string;
  score: number;
  issueTh: string;
  adviceTh: string;
  fixedBy: { code: string; nameTh: string }[];
  measure: string;
  /** The catalogue has no advice for the item: issue and advice were built from its name. */
  generic: boolean;
}

export interface IndicatorRow {
  no: number;
  nameTh: string;
  nameEn: string;
  family: ToolFamily;
  score: number;
  pass: boolean;
  /** Points to the target (0 when reached). */
  gap: number;
  /** 1 = highest; ties share a rank. */
  rank: number;
  findingTh: string;
  lowItems: LowItem[];
  narrativeTh: string;
}

export interface Analysis {
  agency: string;
  agencyType: string | null;
  year: number;
  edition: Edition;
  /** The framework's name and where it came from (built in, or the user's sheet), for the user. */
  framework: Bilingual;
  target: number;
  total: number;
  exact: number;
  level: Rating | null;
  /** Why the level could not be decided, when it could not. */
  levelNote: Bilingual | null;
  publishedTotal: number | null;
  publishedLevel: string | null;
  tools: ToolRow[];
  indicators: IndicatorRow[];
  /** Indicator numbers at or above target, best first; below target, worst first. */
  strengths: number[];
  weaknesses: number[];
  items: ScoreSheet['items'];
  /** What publishing each missing OIT item is worth, when item scores were given. */
  paths: Paths | null;
  warnings: Bilingual[];
}

export interface AnalysisOptions {
  year?: number;
  target?: number;
  agency?: string;
  /** The user's framework definitions (กรอบการประเมิน, ตั้งค่า ITA); the built-in editions fill the rest. */
  definitions?: readonly FrameworkDefinition[];
}

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
  const warnings: Bilingual[] = [...framework.warnings];

  const fromIndicators = totalFromIndicators(edition, indicators);
  const toolValues = fullToolSet(edition, sheet.tools);
  const chosen = toolValues ? totalFromTools(edition, toolValues) : fromIndicators;
  const evidence: ToolEvidence = { ...fromIndicators.evidence, ...sheet.tools };

  let level: Rating | null = null;
  let levelNote: Bilingual | null = null;
  try {
    level = rate(edition, chosen.total, evidence);
  } catch (e) {
    if (!(e instanceof ItaError)) throw e;
    levelNote = { th: e.th, en: e.en };
    warnings.push(levelNote);
  }

  warnings.push(...toolMismatches(edition, sheet, fromIndicators.evidence));
  const published = publishedMismatch(sheet.publishedTotal, chosen.exact, chosen.total);
  if (published) warnings.push(published);
  if (edition.noteTh) warnings.push({ th: edition.noteTh, en: edition.noteEn ?? edition.noteTh });
  if (sheet.items.length) {
    for (const list of Object.values(edition.itemLists)) {
      if (!list.verified && list.caveatTh && sheet.items.some((i) => list.items.some((d) => d.code === i.code))) {
        warnings.push({ th: list.caveatTh, en: list.caveatEn ?? list.caveatTh });
      }
    }
  }

  warnings.push(...itemChecks(edition, sheet, indicators));
  const ranks = rankOf(indicators);
  const rows: IndicatorRow[] = edition.indicators.map((ind) => {
    const score = indicators[ind.no - 1];
    const pass = score >= target;
    const advice = indicatorAdvice(ind.no);
    const row: IndicatorRow = {
      no: ind.no,
      nameTh: ind.nameTh,
      nameEn: ind.nameEn,
      family: ind.family,
      score,
      pass,
      gap: pass ? 0 : round2(target - score),
      rank: ranks[ind.no - 1],
      findingTh: pass ? advice.strengthTh : advice.weaknessTh,
      lowItems: lowItemsOf(edition, sheet, ind.no, target),
      narrativeTh: '',
    };
    return row;
  });

  const analysis: Analysis = {
    agency: options.agency ?? sheet.agency ?? sheet.sheetName,
    agencyType: sheet.agencyType,
    year,
    edition,
    framework: framework.describe,
    target,
    total: chosen.total,
    exact: chosen.exact,
    level,
    levelNote,
    publishedTotal: sheet.publishedTotal,
    publishedLevel: sheet.publishedLevel,
    tools: toolRows(edition, sheet.tools, fromIndicators.evidence, target),
    indicators: rows,
    strengths: rows.filter((r) => r.pass).sort((a, b) => b.score - a.score).map((r) => r.no),
    weaknesses: rows.filter((r) => !r.pass).sort((a, b) => a.score - b.score).map((r) => r.no),
    items: sheet.items,
    paths: pathsOf(edition, sheet, indicators, target),
    warnings,
  };
  for (const row of rows) row.narrativeTh = indicatorNarrative(analysis, row);
  const generic = rows.flatMap((r) => r.lowItems).filter((i) => i.generic);
  if (generic.length) warnings.push(genericWarning(generic));
  return analysis;
}

/** Tool scores in the edition's order when the sheet gives all of them. */
function fullToolSet(edition: Edition, tools: Partial<Record<ToolId, number>>): number[] | null {
  const four = edition.tools.map((t) => tools[t.id]);
  if (four.every((v) => v !== undefined)) return four as number[];
  const three = (['IIT', 'EIT', 'OIT'] as const).map((id) => tools[id]);
  return three.every((v) => v !== undefined) ? (three as number[]) : null;
}

function toolRows(edition: Edition, given: Partial<Record<ToolId, number>>, derived: ToolEvidence, target: number): ToolRow[] {
  const split = given.EIT1 !== undefined && given.EIT2 !== undefined && edition.tools.length === 4;
  const ids: ToolId[] = split ? edition.tools.map((t) => t.id) : ['IIT', 'EIT', 'OIT'];
  return ids.map((id) => {
    const def = edition.tools.find((t) => t.id === id);
    const family = (id.startsWith('EIT') ? 'EIT' : id) as ToolFamily;
    const weight = def && split ? def.weight : familyWeight(edition, family);
    const score = given[id] ?? derived[id] ?? derived[family] ?? 0;
    const nameTh = def?.nameTh ?? edition.tools.find((t) => t.family === family)!.nameTh.replace(/ ส่วนที่ 1.*$/, ' (EIT)');
    const nameEn = def?.nameEn ?? 'External Integrity and Transparency Assessment (EIT)';
    return { id, nameTh, nameEn, weight, score, points: round2((weight * score) / 100), pass: score >= target };
  });
}

/** A tool score that disagrees with the mean of its indicators points to a mistyped indicator. */
function toolMismatches(edition: Edition, sheet: ScoreSheet, derived: ToolEvidence): Bilingual[] {
  const out: Bilingual[] = [];
  const check = (family: ToolFamily, given: number | undefined) => {
    const mine = derived[family];
    if (given === undefined || mine === undefined || Math.abs(given - mine) <= ROUNDING_TOLERANCE) return;
    const nos = edition.indicators.filter((i) => i.family === family).map((i) => i.no);
    const range = `${nos[0]}–${nos[nos.length - 1]}`;
    out.push({
      th: `คะแนน ${family} ที่ระบุ (${fixed2(given)}) ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัดที่ ${range} (${fixed2(mine)}) โปรดตรวจสอบว่าพิมพ์คะแนนตัวชี้วัดใดผิด`,
      en: `The ${family} score given (${fixed2(given)}) differs from the mean of indicators ${range} (${fixed2(mine)}): check for a mistyped indicator`,
    });
  };
  check('IIT', sheet.tools.IIT);
  check('OIT', sheet.tools.OIT);
  const eit = sheet.tools.EIT ?? (sheet.tools.EIT1 !== undefined && sheet.tools.EIT2 !== undefined ? mean([sheet.tools.EIT1, sheet.tools.EIT2]) : undefined);
  check('EIT', eit === undefined ? undefined : round2(eit));
  return out;
}

export function publishedMismatch(published: number | null, exact: number, total: number): Bilingual | null {
  if (published === null || Math.abs(published - exact) <= ROUNDING_TOLERANCE) return null;
  return {
    th: `คะแนนรวมที่ประกาศ (${fixed2(published)}) ต่างจากคะแนนที่คำนวณใหม่ (${fixed2(total)}) เกินกว่าการปัดเศษ น่าจะมีการพิมพ์คะแนนรายตัวชี้วัดหรือรายเครื่องมือผิด โปรดตรวจสอบกับรายงานผล`,
    en: `The published total (${fixed2(published)}) differs from the recomputed total (${fixed2(total)}) by more than rounding: an indicator or tool score was probably mistyped; check against the report`,
  };
}

function rankOf(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((o) => o > s).length);
}

function lowItemsOf(edition: Edition, sheet: ScoreSheet, indicator: number, target: number): LowItem[] {
  const out: LowItem[] = [];
  for (const list of Object.values(edition.itemLists)) {
    for (const def of list.items) {
      if (def.indicator !== indicator) continue;
      const given = sheet.items.find((i) => i.code === def.code);
      if (!given || given.score >= target) continue;
      const advice = adviceForItem(edition, list, def);
      out.push({
        code: def.code,
        indicator,
        list: list.id,
        wordingTh: def.nameTh,
        score: given.score,
        issueTh: advice.issueTh,
        adviceTh: advice.adviceTh,
        fixedBy: advice.fixedBy,
        measure: advice.measure,
        generic: advice.generic,
      });
    }
  }
  return out.sort((a, b) => a.score - b.score);
}

/** Names the items whose advice was built from their names, so the coordinator reviews it. */
function genericWarning(items: LowItem[]): Bilingual {
  const list = items.map((i) => `${i.code} ${i.wordingTh}`).join(', ');
  return {
    th: `ข้อต่อไปนี้ไม่มีข้อเสนอแนะเฉพาะในคลังข้อเสนอแนะ จึงใช้ข้อเสนอแนะทั่วไปที่สร้างจากชื่อข้อและตัวชี้วัดย่อย โปรดทบทวนให้เหมาะกับหน่วยงาน: ${list}`,
    en: `No catalogue advice for these items, so generic advice was built from their names and sub-indicators; please review it: ${items.map((i) => i.code).join(', ')}`,
  };
}
