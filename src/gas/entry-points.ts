/**
 * Every function Apps Script must see at the top level. scripts/build.mjs reads this file and
 * writes, after the bundle, a top-level `function NAME(params)` carrying each JSDoc below, since
 * Sheets reads @customfunction and parameter docs only from top-level declarations.
 * Keep each entry a one-line delegation.
 */
import { customFunctions } from './custom-functions';

/**
 * Weighted ITA total score (คะแนนรวม ITA) from the 10 indicator scores or the 3/4 tool scores.
 * A range of many rows (one agency per row) returns one total per row.
 *
 * @param {number[][]} scores 10 indicator scores, or tool scores: 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT); one agency per row.
 * @param {number|string} [year] Fiscal year, B.E. (2568) or C.E. (2025); Thai digits accepted. Omitted: the newest framework.
 * @return The total, rounded to 2 decimals (half-up).
 * @customfunction
 */
export function ITA_SCORE(scores: unknown, year?: unknown) {
  return customFunctions.score(scores, year);
}

/**
 * ITA level (ระดับผลการประเมิน): AA–F for 2561–2565, pass levels (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน) from 2566.
 *
 * @param {number|number[][]} score_or_scores A total, a column of totals, or one agency's 10 indicator or 3/4 tool scores.
 * @param {number|string} [year] Fiscal year, B.E. or C.E.; Thai digits accepted. Omitted: the newest framework.
 * @param {number[][]} [tool_scores] The 4 tool scores (IIT, EIT part 1, EIT part 2, OIT) where the level depends on them.
 * @param {string} [lang] "th" (default) or "en".
 * @return The level.
 * @customfunction
 */
export function ITA_RATING(score_or_scores: unknown, year?: unknown, tool_scores?: unknown, lang?: unknown) {
  return customFunctions.rating(score_or_scores, year, tool_scores, lang);
}
