/**
 * Each agency's total and level, by the framework of its year: the published figures where given,
 * else computed from the ten indicators or the tool scores, as the analysis does.
 */
import { scoringForYear } from '../editions';
import { LETTER_BANDS, PASS_LEVELS } from '../editions/levels';
import type { Scoring } from '../editions/types';
import { ItaError, type Label } from '../errors';
import { fixed2, round2 } from '../numbers';
import { rate } from '../rating';
import { foldThai } from '../reading/thai-text';
import { totalFromIndicators, totalFromTools, type Total } from '../score';
import type { AgencyRecord } from './types';

export interface LevelRef {
  id: string;
  th: string;
}

export interface AgencyResult extends AgencyRecord {
  total: number;
  /** Null when the level hinges on tool scores not given. */
  level: LevelRef | null;
  /** The ten indicator scores when all are known. */
  complete: number[] | null;
}

/** The levels of a year's scheme, best first. */
export function levelsOf(s: Scoring): LevelRef[] {
  if (s.levelScheme === 'letter') return (s.bands ?? LETTER_BANDS).map((b) => ({ id: b.level, th: b.level }));
  return Object.values(PASS_LEVELS).map((l) => ({ id: l.id, th: l.th }));
}

/** The result, or why the record cannot count. Notes hear of what is set aside without excluding it. */
export function resultOf(r: AgencyRecord, notes: Label[]): AgencyResult | Label {
  const scoring = scoringForYear(r.year);
  const complete = r.indicators.every((v) => v !== null) ? (r.indicators as number[]) : null;
  const computed = computedTotal(scoring, r, complete);
  const total = r.publishedTotal ?? computed?.total ?? null;
  if (total === null) {
    return {
      th: `${r.source.th}: ${r.name} ไม่มีคะแนนรวม คะแนนครบ 10 ตัวชี้วัด หรือคะแนนรายเครื่องมือ จึงไม่นำมาคำนวณ`,
      en: `${r.source.en}: ${r.name} has no total, nor all 10 indicator scores, nor the tool scores; left out of the figures`,
    };
  }
  if (r.publishedTotal !== null && computed && Math.abs(r.publishedTotal - computed.total) > 0.02) {
    notes.push({
      th: `${r.source.th}: คะแนนรวมที่ระบุของ ${r.name} (${fixed2(r.publishedTotal)}) ต่างจากที่คำนวณจากคะแนนรายตัวชี้วัดหรือรายเครื่องมือ (${fixed2(computed.total)}) เกินการปัดเศษ จึงใช้คะแนนที่ระบุ โปรดตรวจสอบ`,
      en: `${r.source.en}: the total given for ${r.name} (${fixed2(r.publishedTotal)}) differs from the one computed (${fixed2(computed.total)}) by more than rounding; the given total is used; please check`,
    });
  }
  return { ...r, total: round2(total), level: levelFor(scoring, r, round2(total), computed, notes), complete };
}

function computedTotal(scoring: Scoring, r: AgencyRecord, complete: number[] | null): Total | null {
  const tools = scoring.tools.map((t) => r.tools[t.id]);
  if (tools.every((v) => v !== undefined)) return totalFromTools(scoring, tools as number[]);
  if (complete) return totalFromIndicators(scoring, complete);
  const families = (['IIT', 'EIT', 'OIT'] as const).map((f) => r.tools[f]);
  return families.every((v) => v !== undefined) ? totalFromTools(scoring, families as number[]) : null;
}

function levelFor(scoring: Scoring, r: AgencyRecord, total: number, computed: Total | null, notes: Label[]): LevelRef | null {
  const levels = levelsOf(scoring);
  if (r.publishedLevel) {
    const folded = foldThai(r.publishedLevel).toLowerCase();
    // Longest first: 'ผ่านดีเยี่ยม' before 'ผ่าน'.
    const found = [...levels].sort((a, b) => b.th.length - a.th.length).find((l) => folded.startsWith(foldThai(l.th).toLowerCase()));
    if (found) return found;
    notes.push({
      th: `${r.source.th}: อ่านระดับผลการประเมิน "${r.publishedLevel}" ของ ${r.name} ไม่ได้ จึงจัดระดับจากคะแนนรวมตามเกณฑ์ปี ${r.year}`,
      en: `${r.source.en}: the level "${r.publishedLevel}" of ${r.name} cannot be read; it is rated from the total by the ${r.year} framework`,
    });
  }
  try {
    const rated = rate(scoring, total, { ...(computed?.evidence ?? {}), ...r.tools });
    return { id: rated.id, th: rated.th };
  } catch (e) {
    if (!(e instanceof ItaError)) throw e;
    notes.push({
      th: `${r.source.th}: ระดับผลการประเมินของ ${r.name} (คะแนนรวม ${fixed2(total)}) ขึ้นกับคะแนนรายเครื่องมือที่ไม่ได้ระบุ จึงไม่นับในการกระจายระดับ โปรดเพิ่มคอลัมน์ระดับผลการประเมินหรือคะแนนรายเครื่องมือ`,
      en: `${r.source.en}: the level of ${r.name} (total ${fixed2(total)}) depends on tool scores not given, so it is not counted by level; add a level column or the tool scores`,
    });
    return null;
  }
}
