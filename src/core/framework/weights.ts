/**
 * The custom functions' optional `weights` argument: 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT
 * part 2, OIT) tool weights adding up to 100, for an agency whose weighting differs from the
 * built-in edition's (custom functions cannot read the framework sheet).
 */
import { TOOLS_3, TOOLS_4 } from '../editions/indicators';
import type { Scoring } from '../editions/types';
import { ItaError } from '../errors';
import { cellNumber, isBlank } from '../numbers';

const NAMES_4 = ['IIT', 'EIT ส่วนที่ 1', 'EIT ส่วนที่ 2', 'OIT'];
const NAMES_4_EN = ['IIT', 'EIT part 1', 'EIT part 2', 'OIT'];

/** The scoring with the given weights; the scoring itself when the argument is omitted or blank. */
export function withWeights(scoring: Scoring, weights: unknown): Scoring {
  if (weights === undefined || isBlank(weights)) return scoring;
  if (!Array.isArray(weights)) {
    throw new ItaError(
      'น้ำหนัก (weights): ได้ค่าเดียว ต้องเป็นช่วงของน้ำหนัก 3 ค่า (IIT, EIT, OIT) หรือ 4 ค่า (IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT)',
      'weights: got a single value; give a range of 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT) tool weights',
    );
  }
  const m = weights as unknown[][];
  // A range left empty is no weighting, as an omitted argument is.
  if (m.every((r) => r.every(isBlank))) return scoring;
  const flat = m.length === 1 ? m[0] : m.every((r) => r.length === 1) ? m.map((r) => r[0]) : null;
  if (!flat || (flat.length !== 3 && flat.length !== 4)) {
    const count = flat ? flat.length : `${m.length}×${m[0]?.length ?? 0}`;
    throw new ItaError(
      `น้ำหนัก (weights): มี ${count} ค่า ต้องเป็นแถวหรือคอลัมน์ของน้ำหนัก 3 ค่า (IIT, EIT, OIT) หรือ 4 ค่า (IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT)`,
      `weights: ${count} values; give a row or column of 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT) tool weights`,
    );
  }
  const four = flat.length === 4;
  if (four && scoring.tools.length !== 4) {
    throw new ItaError(
      `น้ำหนัก (weights): ${scoring.labelTh} มี 3 เครื่องมือ จึงรับน้ำหนัก 3 ค่า (IIT, EIT, OIT)`,
      `weights: the ${scoring.id} framework has 3 tools, so it takes 3 weights (IIT, EIT, OIT)`,
    );
  }
  const names = four ? NAMES_4 : ['IIT', 'EIT', 'OIT'];
  const namesEn = four ? NAMES_4_EN : names;
  const values = flat.map((v, k) => {
    const what = { th: `น้ำหนัก ${names[k]} (weights)`, en: `${namesEn[k]} weight` };
    const n = cellNumber(v, what);
    if (n === null) throw new ItaError(`${what.th} ว่าง`, `${what.en} is blank`);
    if (n < 0 || n > 100) throw new ItaError(`${what.th} อยู่นอกช่วง 0–100 (${n})`, `${what.en} is outside 0–100 (${n})`);
    return n;
  });
  const sum = values.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    throw new ItaError(
      `น้ำหนัก (weights) รวมได้ ${Math.round(sum * 1e6) / 1e6} ต้องรวมเป็น 100`,
      `weights add up to ${Math.round(sum * 1e6) / 1e6}; they must add up to 100`,
    );
  }
  // Three weights for a four-tool edition: EIT's weight is shared equally by its two parts.
  const tools = four
    ? TOOLS_4.map((t, k) => ({ ...t, weight: values[k] }))
    : scoring.tools.length === 4
      ? TOOLS_4.map((t) => ({ ...t, weight: t.family === 'EIT' ? values[1] / 2 : values[t.family === 'IIT' ? 0 : 2] }))
      : TOOLS_3.map((t, k) => ({ ...t, weight: values[k] }));
  return { ...scoring, tools };
}
