import { PASS_LEVELS, passRulesOf, type PassLevel } from './editions/levels';
import type { Scoring } from './editions/types';
import { ItaError } from './errors';
import type { ToolEvidence } from './score';

export interface Rating {
  th: string;
  en: string;
  /** Pass-scheme id, or the letter itself. */
  id: string;
}

/** Unknown when the evidence does not decide it. */
type Tri = boolean | undefined;

/**
 * Whether every tool is at least `min`. Tools given directly decide for themselves; EIT known only
 * as the mean m of its two parts is decided when m < min (a part must be lower) or when
 * 2m − 100 ≥ min (even the lower part reaches min, as no part exceeds 100).
 */
export function everyToolAtLeast(edition: Scoring, evidence: ToolEvidence, min: number): Tri {
  let unknown = false;
  for (const tool of edition.tools) {
    const v = evidence[tool.id];
    if (v !== undefined) {
      if (v < min) return false;
      continue;
    }
    const m = tool.family === 'EIT' ? evidence.EIT : undefined;
    if (m === undefined) unknown = true;
    else if (m < min) return false;
    else if (2 * m - 100 < min) unknown = true;
  }
  return unknown ? undefined : true;
}

/** The level of a rounded total; pass levels also weigh the tools, and refuse to guess. */
export function rate(edition: Scoring, total: number, evidence: ToolEvidence = {}): Rating {
  if (edition.levelScheme === 'letter') {
    const bands = edition.bands ?? [];
    const band = bands.find((b) => total >= b.min) ?? bands[bands.length - 1];
    const letter = band ? band.level : 'F';
    return { th: letter, en: letter, id: letter };
  }
  const rules = passRulesOf(edition);
  if (total < rules.improve.total) return level(PASS_LEVELS.urgent);
  if (total < rules.pass.total) return level(PASS_LEVELS.improve);
  if (total >= rules.excellent.total) {
    const allTop = everyToolAtLeast(edition, evidence, rules.excellent.everyTool);
    if (allTop === true) return level(PASS_LEVELS.excellent);
    if (allTop === undefined) throw needTools(edition, evidence, rules.excellent.everyTool, rules.pass.total);
  }
  if (total < rules.good.total) return level(PASS_LEVELS.pass);
  const allGood = everyToolAtLeast(edition, evidence, rules.good.everyTool);
  if (allGood === undefined) throw needTools(edition, evidence, rules.good.everyTool, rules.pass.total);
  return level(allGood ? PASS_LEVELS.good : PASS_LEVELS.pass);
}

function level(l: PassLevel): Rating {
  return { th: l.th, en: l.en, id: l.id };
}

function needTools(edition: Scoring, evidence: ToolEvidence, min: number, passTotal: number): ItaError {
  const names = edition.tools.map((t) => t.id.replace('EIT1', 'EIT ส่วนที่ 1').replace('EIT2', 'EIT ส่วนที่ 2')).join(', ');
  const namesEn = edition.tools.map((t) => t.id.replace('EIT1', 'EIT part 1').replace('EIT2', 'EIT part 2')).join(', ');
  const onlyEitSplit = evidence.IIT !== undefined && evidence.OIT !== undefined;
  if (onlyEitSplit) {
    return new ItaError(
      `ระดับผลการประเมินขึ้นกับว่า EIT ส่วนที่ 1 และส่วนที่ 2 ได้ ${min} ขึ้นไปทั้งคู่หรือไม่ ซึ่งคะแนนรายตัวชี้วัดบอกไม่ได้: โปรดระบุคะแนนรายเครื่องมือ ${edition.tools.length} ค่า (${names})`,
      `The level depends on whether EIT part 1 and part 2 both reach ${min}, which indicator scores cannot tell: give the ${edition.tools.length} tool scores (${namesEn})`,
    );
  }
  return new ItaError(
    `ระดับผลการประเมินเมื่อคะแนนรวมตั้งแต่ ${passTotal} ขึ้นไปขึ้นกับคะแนนรายเครื่องมือ: โปรดระบุคะแนน ${edition.tools.length} ค่า (${names})`,
    `From a total of ${passTotal} the level depends on the tool scores: give the ${edition.tools.length} tool scores (${namesEn})`,
  );
}
