/**
 * Loads Code.js as Apps Script does (one classic script, no modules), built afresh into a temporary
 * directory so a stale dist/ cannot pass, and calls it the way Sheets, the menu and the sidebar do.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { EX001, EX002 } from '../core/fixtures';
import { GRID_001 } from '../core/examples';
import { SERVER_FUNCTIONS } from '../../src/gas/server-functions';
import { installFakeApps } from './fake-sheets';

const ROOT = join(__dirname, '../..');
const DIST = mkdtempSync(join(tmpdir(), 'ita-bundle-'));
const CODE = join(DIST, 'Code.js');

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', DIST], { cwd: ROOT });
}, 120_000);
afterAll(() => rmSync(DIST, { recursive: true, force: true }));

function load(globals: Record<string, unknown> = {}): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, (...args: unknown[]) => unknown>;
}

/** The Apps Script services from the recording fake, with HtmlService serving the built data files. */
function appsScript(reads: string[] = []) {
  const { ss, rec } = installFakeApps();
  const apps = globalThis as Record<string, unknown>;
  const HtmlService = {
    createHtmlOutputFromFile: (name: string) => {
      reads.push(name);
      return { getContent: () => readFileSync(join(DIST, `${name}.html`), 'utf8') };
    },
  };
  const services = { SpreadsheetApp: apps.SpreadsheetApp, LockService: apps.LockService, Charts: apps.Charts, Utilities: apps.Utilities, HtmlService };
  return { ss, rec, services };
}

describe('dist/Code.js', () => {
  let code = '';
  let g: Record<string, (...args: unknown[]) => unknown> = {};
  beforeAll(() => {
    code = readFileSync(CODE, 'utf8');
    g = load();
  });

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

  test('carries no item lists or catalogue text: Generate reads them from HTML files as JSON', () => {
    for (const text of ['แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 'การให้บริการแก่ผู้มาติดต่อทุกรายอย่างเท่าเทียมกัน']) {
      expect(code).not.toContain(text);
    }
    expect(code).toContain('JSON.parse(HtmlService.createHtmlOutputFromFile("item-lists").getContent())');
    expect(code).toContain('JSON.parse(HtmlService.createHtmlOutputFromFile("catalogue").getContent())');
  });

  test('nothing built runs code from a string, and the server code is in Code.js, not in a file of its own', () => {
    const files = readdirSync(DIST);
    expect(files.sort()).toEqual(['Code.js', 'appsscript.json', 'catalogue.html', 'cli.js', 'item-lists.html', 'sidebar.html']);
    for (const file of files) {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect({ file, found: text.match(/new Function\s*\(|\beval\s*\(/g) }).toEqual({ file, found: null });
    }
    // Names kept (no identifier minifying): an error in the execution log names its function.
    expect(code).toMatch(/function generateAnalysis\(options\)/);
    expect(code).toMatch(/function shareWithDivisions\(divisions\)/);
  });

  test('ITA_SCORE as Sheets calls it: ranges, text, blanks, omitted arguments', () => {
    expect(g.ITA_SCORE([EX001.indicators], 2568)).toBe(96.47);
    expect(
      g.ITA_SCORE(
        EX001.tools.map((x) => [x]),
        '๒๕๖๘',
      ),
    ).toBe(96.47);
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
    expect(() => g.ITA_RATING(rows, 2568, [[90, 90]])).toThrow(
      /^tool_scores: มี 2 ค่า ต้องมี 4 ค่า \(IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT\) หรือ 3 ค่า \/ tool_scores: 2 values; need 4/,
    );
    expect(() => g.ITA_SCORE(rows, 2568, [[50, 50]])).toThrow(/^น้ำหนัก \(weights\): มี 2 ค่า/);
    expect(() => g.ITA_SCORE([EX001.indicators], 68)).toThrow(
      'ปีงบประมาณ (year): 68 ไม่ใช่ปี พ.ศ. โปรดระบุปีเต็มสี่หลัก เช่น 2568 / year: 68 is not a B.E. year; give all four digits, such as 2568',
    );
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

  test('every declared server function and every menu item is a top-level function', () => {
    const names = Object.keys(SERVER_FUNCTIONS);
    expect(names).toHaveLength(15);
    for (const name of names) expect({ name, type: typeof g[name] }).toEqual({ name, type: 'function' });
    // The menu names its items' functions as strings: each must exist at the top level.
    const items: string[] = [];
    const menu = { addItem: (_: string, fn: string) => (items.push(fn), menu), addSeparator: () => menu, addToUi: () => undefined };
    const g2 = load({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    g2.onOpen({});
    expect(items).toHaveLength(7);
    for (const name of items) expect({ name, type: typeof g2[name] }).toEqual({ name, type: 'function' });
  });

  test("the build refuses a name declared both among the entry points and in the server functions' table", async () => {
    const module = JSON.stringify(pathToFileURL(join(ROOT, 'scripts/build.mjs')).href);
    const entry = (target: string) => ({ doc: '/** x */', name: 'menuGenerate', params: [], target });
    const code = `const m = await import(${module}); try { m.footer(${JSON.stringify([entry('ITA_ADDON.menuGenerate'), entry('ITA_ADDON.server().menuGenerate')])}); } catch (e) { console.log(e.message); }`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
    expect(stdout.trim()).toBe('menuGenerate is declared both in src/gas/entry-points.ts and in src/gas/server-functions.ts');
  });

  test('carries no docx code, and stays a size Apps Script compiles quickly', () => {
    // The .docx is written in the sidebar and the CLI: custom functions re-evaluate Code.js on every call.
    expect(code).not.toMatch(/wordprocessingml|Packer|fflate|w:document|TableOfContents/);
    // Every custom function's call compiles the whole file: 412 KB compiles in about 10 ms here
    // (`npm run bench:code`). This bound catches a library or a data table slipping in (the catalogue
    // alone is 340 KB), not the code growing with the features.
    expect(statSync(CODE).size).toBeLessThan(600_000);
  });

  test('errors reach the cell as plain bilingual words', () => {
    const blank: unknown[] = [...EX001.indicators];
    blank[3] = '';
    expect(() => g.ITA_SCORE([blank], 2568)).toThrow('คะแนนตัวชี้วัดที่ 4 ว่าง / indicator 4 score is blank');
    expect(() => g.ITA_RATING(90, 2568, undefined, 'de')).toThrow('ไม่รู้จักภาษา "de"');
  });

  test('10,000 rows in one call', () => {
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
    console.log(`ITA_SCORE 10,000 rows: numbers ${numberMs.toFixed(1)} ms, text ${textMs.toFixed(1)} ms`);
    expect(numberMs).toBeLessThan(150); // target ≤ 50 ms on a dev machine; CI gets headroom
  });

  test('Generate, the report data and a custom function through Code.js, with the recording fake for the services', () => {
    const reads: string[] = [];
    const { ss, services } = appsScript(reads);
    ss.seed('คะแนน ITA', GRID_001);
    const g2 = load(services);
    expect(g2.ITA_SCORE([EX001.indicators], 2568)).toBe(96.47);
    expect(reads).toEqual([]); // a custom function reads no data file
    const result = g2.generateAnalysis({}) as { score: number; level: string; measures: number; analysisSheet: string };
    expect(result).toMatchObject({ score: 96.47, level: 'ผ่านดีเยี่ยม', measures: 8, analysisSheet: 'การวิเคราะห์ผล ITA' });
    expect(ss.getSheetByName('มาตรการ ITA')).not.toBeNull();
    const report = g2.getReportData({ digits: 'arabic' }) as { agency: string; total: number; level: string; year: number; measures: unknown[] };
    expect(report).toMatchObject({ agency: 'เทศบาลตำบลทุ่งผึ้ง', total: 96.47, level: 'ผ่านดีเยี่ยม', year: 2568 });
    expect(report.measures).toHaveLength(8);
    expect(g2.ITA_RATING(report.total, 2568, [EX001.tools])).toBe('ผ่านดีเยี่ยม');
    // Each data file is read once per execution, whatever number of calls need it.
    expect(reads.filter((n) => n === 'catalogue')).toHaveLength(1);
  });

  test('an argument error from the sidebar comes back in words naming the field', () => {
    const { ss, services } = appsScript();
    ss.seed('คะแนน ITA', GRID_001);
    const g2 = load(services);
    expect(() => g2.generateAnalysis({ target: 150 })).toThrow(
      'ค่าที่ส่งมาไม่ถูกต้อง: ค่าเป้าหมาย (150) ต้องไม่เกิน 100 / Invalid value: the target (150) must be at most 100',
    );
    // The execution log's stack names our functions, not an anonymous evaluated one.
    const stack = (() => {
      try {
        g2.generateAnalysis({ target: 150 });
      } catch (e) {
        return String((e as Error).stack);
      }
      return '';
    })();
    expect(stack).toMatch(/at parseArg \(Code\.js:\d+:\d+\)\s+at (Object\.)?generateAnalysis \(Code\.js:/);
  });
});
