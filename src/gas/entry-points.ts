/**
 * Every function Apps Script must see at the top level. scripts/build.mjs reads this file and
 * writes, after the bundle, a top-level `function NAME(params)` carrying each JSDoc below, since
 * Sheets reads @customfunction and parameter docs only from top-level declarations.
 * Keep each entry a one-line delegation.
 */
import { customFunctions } from './custom-functions';
import * as ui from './menu';
import type { server as Server } from './server';

/**
 * The server code, initialised on first use in an execution. esbuild turns this require into a call
 * that runs the server modules' top-level code (bundled in Code.js, nothing loaded or evaluated from
 * text), so a custom function's call, which re-evaluates Code.js, runs none of it.
 */
function server(): typeof Server {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./server') as typeof import('./server')).server;
}

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

/** Menu: inserts the score template sheet. */
export function menuInsertTemplate() {
  return server().insertScoreTemplate({});
}

/** Menu: generates the analysis and the plan from the detected score sheet. */
export function menuGenerate() {
  return server().generateAnalysis({});
}

/** Menu: copies the built-in framework of the score sheet's year into a new กรอบการประเมิน sheet. */
export function menuInsertFramework() {
  return server().menuInsertFramework();
}

/** Menu: the roll-up sheets from the tables of agencies in the spreadsheet. */
export function menuRollup() {
  return server().menuRollup();
}

/** Menu: shares the plan's rows with the divisions listed in the divisions sheet. */
export function menuShare() {
  return server().shareWithDivisions();
}

/** Sidebar: sheets, the detected score sheet, divisions. */
export function getSidebarState() {
  return server().getSidebarState();
}

/** Sidebar: writes the analysis and plan sheets; returns plain data for the sidebar. */
export function generateAnalysis(options?: unknown) {
  return server().generateAnalysis(options);
}

/** Sidebar: inserts the score template. */
export function insertScoreTemplate(options?: unknown) {
  return server().insertScoreTemplate(options);
}

/** Sidebar: copies a built-in framework (year, agency group) into a new กรอบการประเมิน sheet to edit. */
export function insertFramework(options?: unknown) {
  return server().insertFramework(options);
}

/** Sidebar: saves the divisions and their e-mail addresses. */
export function saveDivisions(divisions?: unknown) {
  return server().saveDivisions(divisions);
}

/** Sidebar: gives each division edit rights on its own rows of the plan. */
export function shareWithDivisions(divisions?: unknown) {
  return server().shareWithDivisions(divisions);
}

/** Sidebar: the published document's data (analysis + measures as they are now); the sidebar writes the .docx. */
export function getReportData(options?: unknown) {
  return server().getReportData(options);
}

/** Sidebar: writes the follow-up sheet (ติดตามมาตรการ ITA) for a round. */
export function writeProgressSheet(options?: unknown) {
  return server().writeProgressSheet(options);
}

/** Sidebar: the roll-up sheets from a table of agencies (สรุปหลายหน่วยงาน). */
export function summarizeAgencies(options?: unknown) {
  return server().summarizeAgencies(options);
}

/** Sidebar: the follow-up report's data for a round; the sidebar writes the .docx. */
export function getProgressData(options?: unknown) {
  return server().getProgressData(options);
}
