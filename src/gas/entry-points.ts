/**
 * What Code.js holds at the top level besides the server functions: the custom functions, the
 * triggers and the light menu items. scripts/build.mjs reads this file and writes, after the bundle,
 * a top-level `function NAME(params)` carrying each JSDoc below, since Sheets reads @customfunction
 * and parameter docs only from top-level declarations; it writes the server functions' forwarders
 * from their table (server-functions.ts). Only an `export function` with its JSDoc becomes a top-level
 * function; keep each a one-line delegation.
 */
import { customFunctions } from './custom-functions';
import * as ui from './menu';
import type { ServerFunctions } from './server';

/**
 * The server code, initialised on first use in an execution. esbuild turns this require into a call
 * that runs the server modules' top-level code (bundled in Code.js, nothing loaded or evaluated from
 * text), so a custom function's call, which re-evaluates Code.js, runs none of it.
 */
export const server = (): ServerFunctions => require('./server').server;

/** The bundler's require, typed for the one module it loads here (gas compiles without Node's types). */
declare function require(path: './server'): typeof import('./server');

/**
 * Weighted ITA total score (คะแนนรวม ITA) from the 10 indicator scores or the 3/4 tool scores.
 * A range of many rows (one agency per row) returns one total per row.
 *
 * @param {number[][]} scores 10 indicator scores, or tool scores: 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT); one agency per row.
 * @param {number|string} [year] Fiscal year, B.E. (2568) or C.E. (2025); Thai digits accepted. Omitted: the newest framework.
 * @param {number[][]} [weights] Tool weights adding up to 100, when yours differ from the built-in framework's (functions cannot read the กรอบการประเมิน sheet): 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT), e.g. {20,15,15,50}.
 * @return The total, rounded to 2 decimals (half-up).
 * @customfunction
 */
export function ITA_SCORE(scores: unknown, year?: unknown, weights?: unknown) {
  return customFunctions.score(scores, year, weights);
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

/**
 * Total points still missing to reach the target (0 when reached): ITA_SCORE's inputs, array-aware.
 *
 * @param {number[][]} scores 10 indicator scores or 3/4 tool scores; one agency per row.
 * @param {number|string} [year] Fiscal year, B.E. or C.E.; Thai digits accepted. Omitted: the newest framework.
 * @param {number} [target] The target total (default 85).
 * @param {number[][]} [weights] Tool weights adding up to 100, as in ITA_SCORE: 3 (IIT, EIT, OIT) or 4 (IIT, EIT part 1, EIT part 2, OIT).
 * @return Points missing, 2 decimals.
 * @customfunction
 */
export function ITA_GAP(scores: unknown, year?: unknown, target?: unknown, weights?: unknown) {
  return customFunctions.gap(scores, year, target, weights);
}

/** Adds the add-on menu when the spreadsheet opens (safe under AuthMode.NONE). */
export function onOpen(e?: unknown) {
  return ui.onOpen(e);
}

/** Adds the menu right after the add-on is installed. */
export function onInstall(e?: unknown) {
  return ui.onOpen(e);
}

/** Opens the sidebar. */
export function showSidebar() {
  return ui.showSidebar();
}

/** Menu: shows how to use the add-on. */
export function showHelp() {
  return ui.showHelp();
}
