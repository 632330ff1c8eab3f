/** The figures of record and the checks on them: published vs recomputed, tools vs their indicators. */
import type { Analysis, Bilingual } from './analysis-types';
import { PASS_LEVELS } from './editions/levels';
import type { Edition, ToolFamily } from './editions/types';
import { ItaError } from './errors';
import { fixed2, mean, round2 } from './numbers';
import { rate, type Rating } from './rating';
import type { Total, ToolEvidence } from './score';
import type { ScoreSheet } from './score-sheet';

/** Published figures are rounded: a gap up to this is rounding, beyond it a typo. */
export const ROUNDING_TOLERANCE = 0.02;

type Official = Pick<Analysis, 'level' | 'officialTotal' | 'officialLevel' | 'officialSource' | 'levelNote'>;

/**
 * The published total and level are the official figures; the recomputed total is their check.
 * Without a published total the recomputed one stands in. A level is never guessed: when the
 * scores given cannot decide it, levelNote says which are needed.
 */
export function officialFigures(edition: Edition, sheet: ScoreSheet, computed: Total, evidence: ToolEvidence): Official & { warnings: Bilingual[] } {
  const warnings: Bilingual[] = [];
  const undecided: Bilingual[] = [];
  const rated = (total: number): Rating | null => {
    try {
      return rate(edition, total, evidence);
    } catch (e) {
      if (!(e instanceof ItaError)) throw e;
      undecided.push({ th: e.th, en: e.en });
      return null;
    }
  };
  const level = rated(computed.total);
  const officialTotal = sheet.publishedTotal ?? computed.total;
  const fromTotal = sheet.publishedTotal === null ? level : rated(officialTotal);
  const published = sheet.publishedLevel ? levelOf(edition, sheet.publishedLevel) : null;
  if (published && fromTotal && published.id !== fromTotal.id) {
    warnings.push({
      th: `ระดับที่ประกาศ (${published.th}) ไม่ตรงกับระดับของคะแนนรวม ${fixed2(officialTotal)} ตามเกณฑ์ (${fromTotal.th}) โปรดตรวจสอบกับรายงานผล`,
      en: `The published level (${published.en}) differs from the level of the total ${fixed2(officialTotal)} (${fromTotal.en}); check against the report`,
    });
  }
  const officialLevel = published ?? fromTotal;
  const levelNote = officialLevel ? null : (undecided[0] ?? null);
  if (levelNote) warnings.push(levelNote);
  return {
    level,
    officialTotal,
    officialLevel,
    officialSource: sheet.publishedTotal === null ? 'computed' : 'report',
    levelNote,
    warnings,
  };
}

/** A level as the report printed it: a pass level by its Thai or English name, or a letter band. */
function levelOf(edition: Edition, text: string): Rating {
  const t = text.trim();
  const pass = Object.values(PASS_LEVELS).find((l) => l.th === t || l.en.toLowerCase() === t.toLowerCase());
  if (pass && edition.levelScheme === 'pass') return { th: pass.th, en: pass.en, id: pass.id };
  const letter = t.toUpperCase();
  if (edition.levelScheme === 'letter' && edition.bands?.some((b) => b.level === letter)) return { th: letter, en: letter, id: letter };
  return { th: t, en: t, id: t };
}

export function publishedMismatch(published: number | null, exact: number, total: number): Bilingual | null {
  if (published === null || Math.abs(published - exact) <= ROUNDING_TOLERANCE) return null;
  return {
    th: `คะแนนรวมที่ประกาศ (${fixed2(published)}) ต่างจากคะแนนที่คำนวณใหม่ (${fixed2(total)}) เกินกว่าการปัดเศษ น่าจะมีการพิมพ์คะแนนรายตัวชี้วัดหรือรายเครื่องมือผิด โปรดตรวจสอบกับรายงานผล`,
    en: `The published total (${fixed2(published)}) differs from the recomputed total (${fixed2(total)}) by more than rounding: an indicator or tool score was probably mistyped; check against the report`,
  };
}

/** A tool score that disagrees with the mean of its indicators points to a mistyped indicator. */
export function toolMismatches(edition: Edition, sheet: ScoreSheet, derived: ToolEvidence): Bilingual[] {
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
