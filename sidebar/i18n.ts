/** Sidebar wording: looking words up in the chosen language, the choice of language, server words split by language. */
import { ANALYSIS_TEXT } from './analysis-text';
import { DIVISIONS_TEXT } from './divisions-text';
import { FRAMEWORK_TEXT } from './framework-text';
import { PROGRESS_TEXT } from './progress-text';
import { REPORT_TEXT } from './report-text';
import { ROLLUP_TEXT } from './rollup-text';
import { SHARED_TEXT } from './shared-text';

export type Lang = 'th' | 'en';

/**
 * Every panel's words, kept beside the panel (./<panel>-text.ts), joined here so a key in the page
 * (data-i18n) or in a message kept for a language switch finds its words. A key lives in one table
 * only (test/sidebar/i18n.test.ts checks).
 */
export const TABLES = {
  shared: SHARED_TEXT,
  analysis: ANALYSIS_TEXT,
  divisions: DIVISIONS_TEXT,
  report: REPORT_TEXT,
  followUp: PROGRESS_TEXT,
  rollup: ROLLUP_TEXT,
  framework: FRAMEWORK_TEXT,
};

const S = {
  ...SHARED_TEXT,
  ...ANALYSIS_TEXT,
  ...DIVISIONS_TEXT,
  ...REPORT_TEXT,
  ...PROGRESS_TEXT,
  ...ROLLUP_TEXT,
  ...FRAMEWORK_TEXT,
};

export type Key = keyof typeof S;
export type Vars = Record<string, string | number>;

/** A message to show, kept as key + values so it can be shown again in the other language. */
export interface Msg {
  key: Key;
  vars?: Vars;
}

export function t(key: Key, lang: Lang, vars?: Vars): string {
  const text = S[key][lang === 'en' ? 1 : 0];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const STORAGE_KEY = 'ita-sidebar-lang';

/** The remembered language; Thai when nothing is stored or storage is blocked (sandboxed iframe). */
export function loadLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

const SEPARATOR = ' / ';
const THAI = /[\u0E00-\u0E7F]/;

/** A server error's message as plain words: no "Error:" prefix, no stack lines. */
export function plainMessage(message: string): string {
  const lines = message.replace(/\r/g, '').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s+at\s/.test(line) || /^\s*at .+:\d+(:\d+)?\)?$/.test(line)) break;
    kept.push(line);
  }
  return kept
    .join('\n')
    .trim()
    .replace(/^(?:Uncaught\s+)?(?:Exception|Error|ScriptError):\s*/i, '')
    .trim();
}

/**
 * Server errors read 'Thai words / English words'. Returns the half for `lang`. When ' / ' occurs
 * more than once, splits where the left part holds Thai and the right part none.
 */
export function messageFor(message: string, lang: Lang): string {
  const text = plainMessage(message);
  const cuts: number[] = [];
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) cuts.push(i);
  if (cuts.length === 0) return text;
  const cut = cuts.find((i) => THAI.test(text.slice(0, i)) && !THAI.test(text.slice(i + SEPARATOR.length))) ?? cuts[0];
  const th = text.slice(0, cut).trim();
  const en = text.slice(cut + SEPARATOR.length).trim();
  if (lang === 'en') return en || th;
  return th || en;
}
