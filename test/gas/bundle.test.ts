/**
 * Loads the built dist/Code.js as Apps Script does (one classic script, no modules) and calls the
 * custom functions the way Sheets does. `npm test` builds before jest runs.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { EX001, EX002 } from '../core/fixtures';
import { GRID_001 } from '../core/examples';
import { installFakeApps } from './fake-sheets';

const DIST = join(__dirname, '../../dist');
const CODE = join(DIST, 'Code.js');

function load(globals: Record<string, unknown> = {}): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, (...args: unknown[]) => unknown>;
}

describe('dist/Code.js', () => {
  const code = readFileSync(CODE, 'utf8');
  const g = load();

  test('is one classic script with no import or export', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  test('declares the custom functions at the top level with their JSDoc', () => {
    for (const name of ['ITA_SCORE', 'ITA_RATING', 'ITA_GAP']) {
      expect(typeof g[name]).toBe('function');
      const decl = new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(`);
      expect(code).toMatch(decl);
    }
    expect(code).toMatch(/@param \{number\[\]\[\]\} scores 10 indicator scores/);
    expect(code).toMatch(/function ITA_RATING\(score_or_scores, year, tool_scores, lang\)/);
    expect(code).toMatch(/function ITA_SCORE\(scores, year, weights\)/);
    expect(code).toMatch(/function ITA_GAP\(scores, year, target, weights\)/);
    expect(code).toMatch(/@param \{number\[\]\[\]\} \[weights\] Tool weights adding up to 100/);
  });

  test('the weights argument, last, as Sheets passes a range', () => {
    expect(g.ITA_SCORE([[80, 90, 90, 100]], 2570, [[20, 15, 15, 50]])).toBe(93);
    expect(g.ITA_SCORE([[80, 90, 90, 100]], 2570, [[20], [30], [50]])).toBe(93);
    expect(g.ITA_GAP([[80, 90, 90, 100]], 2570, 95, [[20, 15, 15, 50]])).toBe(2);
    expect(() => g.ITA_SCORE([[80, 90, 90, 100]], 2570, [[30, 15, 15, 30]])).toThrow('น้ำหนัก (weights) รวมได้ 90 ต้องรวมเป็น 100 / weights add up to 90');
  });

  test('carries no item lists or catalogue text: the server code loads them from HTML files when Generate needs them', () => {
    const server = readFileSync(join(DIST, 'server.html'), 'utf8');
    for (const text of ['แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 'การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน']) {
      expect(code).not.toContain(text);
      expect(server).not.toContain(text);
    }
    expect(server).toContain('createHtmlOutputFromFile("item-lists")');
    expect(server).toContain('createHtmlOutputFromFile("catalogue")');
  });

  test('ITA_SCORE as Sheets calls it: ranges, text, blanks, omitted arguments', () => {
    expect(g.ITA_SCORE([EX001.indicators], 2568)).toBe(96.47);
    expect(g.ITA_SCORE(EX001.tools.map((x) => [x]), '๒๕๖๘')).toBe(96.47);
    expect(g.ITA_SCORE([EX001.tools], undefined)).toBe(96.47);
    expect(g.ITA_SCORE([EX001.indicators, Array(10).fill(''), EX002.indicators], 2568)).toEqual([[96.47], [''], [90.15]]);
  });

  test('ITA_RATING as Sheets calls it', () => {
    expect(g.ITA_RATING(96.47, 2568, [EX001.tools], undefined)).toBe('ผ่านดีเยี่ยม');
    expect(g.ITA_RATING([EX002.indicators], 2568, undefined, 'en')).toBe('Pass');
    expect(g.ITA_RATING([[99.76], [84.99]], 2565, '', '')).toEqual([['AA'], ['B']]);
  });

  test('ITA_GAP as Sheets calls it', () => {
    expect(g.ITA_GAP([EX002.indicators], 2568, 95)).toBe(4.85);
    expect(g.ITA_GAP([EX001.tools, ['', '', '', '']], '2025', undefined)).toEqual([[0], ['']]);
    expect(() => g.ITA_GAP([[1, 2]], 2568, 85)).toThrow('คะแนน: มี 2 ค่า');
  });

  test('an argument wrong for every row is one error; fractions and a two-digit year are refused with what to do', () => {
    const rows = [EX001.indicators, EX002.indicators];
    expect(() => g.ITA_RATING(rows, 2568, [[90, 90]])).toThrow(/^tool_scores: มี 2 ค่า ต้องมี 4 ค่า \(IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT\) หรือ 3 ค่า \/ tool_scores: 2 values; need 4/);
    expect(() => g.ITA_SCORE(rows, 2568, [[50, 50]])).toThrow(/^น้ำหนัก \(weights\): มี 2 ค่า/);
    expect(() => g.ITA_SCORE([EX001.indicators], 68)).toThrow('ปีงบประมาณ (year): 68 ไม่ใช่ปี พ.ศ. โปรดระบุปีเต็มสี่หลัก เช่น 2568 / year: 68 is not a B.E. year; give all four digits, such as 2568');
    expect(() => g.ITA_RATING(0.72, 2568)).toThrow(
      'คะแนนรวม: ทุกค่าไม่เกิน 1 (เช่น 0.72) น่าจะเป็นร้อยละที่จัดรูปแบบเป็นเปอร์เซ็นต์ โปรดคูณด้วย 100 ให้เป็นคะแนนเต็ม 100 (0.72 เป็น 72)',
    );
    const fractions = rows.map((r) => r.map((v) => v / 100));
    expect(() => g.ITA_SCORE(fractions, 2568)).toThrow('คะแนน: ทุกค่าไม่เกิน 1 (เช่น 0.9829)');
    expect(() => g.ITA_GAP([fractions[0]], 2568)).toThrow('multiply by 100');
    // A date cell passed where a year or a score belongs is quoted as a Thai date.
    const day = vm.runInContext('new Date(2026, 11, 3)', g as vm.Context);
    expect(() => g.ITA_SCORE([EX001.indicators], day)).toThrow('ปีงบประมาณ (year) ไม่ใช่ปีที่อ่านได้ ("3 ธันวาคม 2569")');
    expect(() => g.ITA_SCORE([[day, ...EX001.indicators.slice(1)]], 2568)).toThrow('คะแนนตัวชี้วัดที่ 1 ไม่ใช่ตัวเลข ("3 ธันวาคม 2569")');
    // A real zero is a score, not a fraction.
    expect(g.ITA_RATING(0, 2568)).toBe('ต้องปรับปรุงโดยด่วน');
  });

  test('every server function and menu handler is a top-level function', () => {
    for (const name of ['onOpen', 'onInstall', 'showSidebar', 'showHelp', 'menuInsertTemplate', 'menuGenerate', 'menuShare', 'menuInsertFramework', 'getSidebarState', 'generateAnalysis', 'insertScoreTemplate', 'insertFramework', 'saveDivisions', 'shareWithDivisions', 'getReportData', 'writeProgressSheet', 'getProgressData', 'menuRollup', 'summarizeAgencies']) {
      expect(typeof g[name]).toBe('function');
    }
  });

  test('carries no docx code, and grew by at most 10% for the report (130,915 bytes before)', () => {
    // The .docx is written in the sidebar and the CLI: custom functions re-evaluate Code.js on every call.
    expect(code).not.toMatch(/wordprocessingml|Packer|fflate|w:document|TableOfContents/);
    expect(statSync(CODE).size).toBeLessThanOrEqual(Math.floor(130_915 * 1.1));
  });

  test('errors reach the cell as plain bilingual words', () => {
    const blank: unknown[] = [...EX001.indicators];
    blank[3] = '';
    expect(() => g.ITA_SCORE([blank], 2568)).toThrow('คะแนนตัวชี้วัดที่ 4 ว่าง / indicator 4 score is blank');
    expect(() => g.ITA_RATING(90, 2568, undefined, 'de')).toThrow('ไม่รู้จักภาษา "de"');
  });

  test('size, evaluation time, and 10,000 rows in one call', () => {
    const kb = statSync(CODE).size / 1024;
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) load();
    const evalMs = (performance.now() - t0) / 20;
    // Sheets passes numeric cells as numbers; text cells (pasted reports) take the slower parse.
    const timeRows = (rows: unknown[][]) => {
      g.ITA_SCORE(rows, 2568); // warm
      const t = performance.now();
      const out = g.ITA_SCORE(rows, 2568) as number[][];
      const ms = performance.now() - t;
      expect(out).toHaveLength(10_000);
      expect(out[9_999][0]).toBe(96.47);
      return ms;
    };
    const numberMs = timeRows(Array.from({ length: 10_000 }, () => [...EX001.indicators]));
    const textMs = timeRows(Array.from({ length: 10_000 }, () => EX001.indicators.map((x) => ` ${x} `)));
    console.log(
      `dist/Code.js ${kb.toFixed(1)} KB; evaluate ${evalMs.toFixed(2)} ms; ITA_SCORE 10,000 rows: numbers ${numberMs.toFixed(1)} ms, text ${textMs.toFixed(1)} ms`,
    );
    expect(numberMs).toBeLessThan(150); // target ≤ 50 ms on a dev machine; CI gets headroom
    // Only the custom functions and the menu: the server code is in server.html.
    expect(kb).toBeLessThan(60);
  });

  test('a server function loads server.html on first use, once, and runs Generate through it', () => {
    const { ss } = installFakeApps();
    ss.seed('คะแนน ITA', GRID_001);
    const reads: string[] = [];
    const apps = globalThis as Record<string, unknown>;
    const html = {
      createHtmlOutputFromFile: (name: string) => {
        reads.push(name);
        return { getContent: () => readFileSync(join(DIST, `${name}.html`), 'utf8') };
      },
    };
    const g2 = load({ SpreadsheetApp: apps.SpreadsheetApp, LockService: apps.LockService, Charts: apps.Charts, Utilities: apps.Utilities, HtmlService: html });
    g2.ITA_SCORE([EX001.indicators], 2568);
    expect(reads).toEqual([]); // a custom function reads nothing
    const result = g2.generateAnalysis({}) as { score: number; level: string; measures: number };
    expect(result).toMatchObject({ score: 96.47, level: 'ผ่านดีเยี่ยม' });
    g2.getSidebarState();
    expect(reads.filter((n) => n === 'server')).toHaveLength(1);
    expect(code).not.toContain('ก่อนสร้างใหม่'); // the merge's text lives in server.html, not in Code.js
  });
});
