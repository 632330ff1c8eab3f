/**
 * Drives the BUILT dist/sidebar.html in headless Chromium, with a stand-in google.script.run that
 * records every call and answers from a per-test script. Skips (loudly) without /usr/bin/chromium.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Division, GenerateResult, ProgressSheetResult, ShareResult, SidebarState } from '../../src/gas/contract';
import { GRID_001 } from '../core/examples';
import { reportOf } from '../core/report/fixtures';
import { followedModel } from '../core/progress/fixtures';
import { readDocx } from '../report-docx/docx-text';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '../..');
const HTML = join(ROOT, 'dist/sidebar.html');
// The README's picture is refreshed with UPDATE_DOCS=1; ordinary runs write under test/.artifacts.
const SCREENSHOT = process.env.UPDATE_DOCS ? join(ROOT, 'docs/sidebar.png') : join(ROOT, 'test/.artifacts/sidebar.png');
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.warn('SIDEBAR BROWSER TESTS SKIPPED: /usr/bin/chromium not found');
const describeBrowser = hasBrowser ? describe : describe.skip;

/**
 * jest runs test files as CommonJS and cannot import an .mjs module, so the build runs in a child
 * node process that dynamic-imports scripts/build-sidebar.mjs and calls buildSidebar().
 */
async function buildPage(): Promise<void> {
  const script = pathToFileURL(join(ROOT, 'scripts/build-sidebar.mjs')).href;
  const code = `const { buildSidebar } = await import(${JSON.stringify(script)}); await buildSidebar({ outFile: 'dist/sidebar.html' });`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
}

// ------------------------------------------------------------------ fixtures

const STATE: SidebarState = {
  sheets: ['คะแนน ITA 2568', 'ข้อมูลประกอบ', 'Sheet3'],
  detected: { sourceSheet: 'คะแนน ITA 2568', year: 2568, agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง' },
  plans: ['มาตรการ ITA', 'มาตรการ ITA 2568'],
  divisions: [
    { name: 'สำนักปลัด', emails: ['palad@example.go.th'] },
    { name: 'กองคลัง', emails: ['finance@example.go.th', 'chief.finance@example.go.th'] },
  ],
};

const RESULT: GenerateResult = {
  score: 96.47,
  level: 'ผ่านดีเยี่ยม',
  levelEn: 'Pass – excellent',
  passing: 9,
  failing: 1,
  analysisSheet: 'การวิเคราะห์ผล ITA 2567',
  analysisSheetId: 1234,
  planSheet: 'มาตรการ ITA 2568',
  planSheetId: 5678,
  measures: 12,
  obsolete: 2,
  keptForWork: 1,
  oldPlan: { sheet: 'มาตรการ ITA 2568', planYear: 2568, unfinished: 4, otherAgency: false },
  warnings: [
    {
      th: 'คะแนนรวมที่คำนวณได้ต่างจากที่ประกาศ 0.02 คะแนน (ปัดเศษ)',
      en: 'The computed total differs from the published one by 0.02 (rounding)',
    },
    { th: 'ตัวชี้วัดที่ 7 ต่ำกว่าค่าเป้าหมาย', en: 'Indicator 7 is below the target' },
  ],
  path: {
    th: 'เพิ่มข้อ o12 และ o15 ให้ผ่าน จะได้ตัวชี้วัดที่ 9 ครบ 100',
    en: 'Pass items o12 and o15 to bring indicator 9 to 100',
  },
  framework: {
    th: 'กรอบที่ผู้ใช้กำหนดในแผ่นงาน กรอบการประเมิน: กรอบการประเมิน พ.ศ. 2567 ตามคู่มือของกรม',
    en: 'User definition in sheet กรอบการประเมิน: กรอบการประเมิน พ.ศ. 2567 ตามคู่มือของกรม',
  },
};

const SHARE: ShareResult = {
  shareWith: ['palad@example.go.th', 'finance@example.go.th', 'chief.finance@example.go.th'],
  divisions: [
    { name: 'สำนักปลัด', rows: 4, emails: ['palad@example.go.th'] },
    { name: 'กองคลัง', rows: 5, emails: ['finance@example.go.th', 'chief.finance@example.go.th'] },
  ],
  protectionsAdded: 2,
  protectionsRemoved: 0,
  views: ['สำนักปลัด', 'กองคลัง'],
  warnings: [
    { th: 'แถวที่ 7 ของแผนมาตรการมีผู้รับผิดชอบ "กองแผน" ซึ่งไม่อยู่ในรายชื่อหน่วยงานภายใน', en: 'Plan row 7 is owned by "กองแผน", which is not in the divisions list' },
  ],
  notes: [{ th: 'มี 3 แถวที่ยังไม่ระบุผู้รับผิดชอบ', en: '3 rows have no owner yet' }],
};

/** One scripted answer: a value, or an error message; `hold` waits for release(name). */
type Answer = { ok: unknown; delay?: number; hold?: boolean } | { error: string; stack?: string; delay?: number; hold?: boolean };
type Table = Record<string, Answer | Answer[]>;
interface Call {
  name: string;
  args: unknown[];
}

/** Runs in the page before its scripts: a google.script.run that behaves like Apps Script's. */
function installFakeServer(table: Table): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: Call[] = [];
  const pending: Record<string, (() => void)[]> = {};
  w.__calls = calls;
  w.__table = table;
  w.__release = (name: string) => {
    const waiting = pending[name] ?? [];
    pending[name] = [];
    waiting.forEach((deliver) => deliver());
    return waiting.length;
  };
  const names = [
    'getSidebarState',
    'generateAnalysis',
    'insertScoreTemplate',
    'insertFramework',
    'saveDivisions',
    'shareWithDivisions',
    'getReportData',
    'writeProgressSheet',
    'getProgressData',
    'summarizeAgencies',
  ];
  type Handler = ((value: unknown) => void) | null;
  const respond = (name: string, args: unknown[], ok: Handler, fail: Handler) => {
    // Apps Script passes arguments and results as plain data.
    calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
    const t = (w.__table as Table)[name];
    let answer: Answer | undefined;
    if (Array.isArray(t)) answer = t.length > 1 ? t.shift() : t[0];
    else answer = t;
    const a: Answer = answer ?? { error: `ไม่มีคำตอบ / No scripted answer for ${name}` };
    const deliver = () => {
      if ('error' in a) {
        const e = new Error(a.error);
        if (a.stack) e.stack = a.stack;
        fail?.(e);
      } else ok?.(JSON.parse(JSON.stringify(a.ok)));
    };
    if (a.hold) (pending[name] = pending[name] ?? []).push(deliver);
    else setTimeout(deliver, a.delay ?? 5);
  };
  const runner = (ok: Handler, fail: Handler): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, fail),
      withFailureHandler: (f: Handler) => runner(ok, f),
      withUserObject: () => r,
    };
    for (const name of names) r[name] = (...args: unknown[]) => respond(name, args, ok, fail);
    return r;
  };
  w.google = {
    script: {
      get run() {
        return runner(null, null);
      },
    },
  };
}

// ------------------------------------------------------------------ helpers

let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(table: Table, context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 300, height: 900 } }));
  if (!context) contexts.push(ctx);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.addInitScript(installFakeServer, table);
  await page.goto(pathToFileURL(HTML).href);
  return page;
}

/** A page whose state has loaded. */
async function ready(table: Table = {}): Promise<Page> {
  const page = await open({ getSidebarState: { ok: STATE }, ...table });
  await page.waitForSelector('#generate:not([disabled])');
  return page;
}

function calls(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => ((window as unknown as { __calls: Call[] }).__calls ?? []).filter((c) => c.name === n).map((c) => c.args), name);
}

async function waitForCall(page: Page, name: string, count = 1): Promise<unknown[][]> {
  await page.waitForFunction(([n, k]) => ((window as unknown as { __calls: Call[] }).__calls ?? []).filter((c) => c.name === n).length >= (k as number), [
    name,
    count,
  ] as const);
  return calls(page, name);
}

const release = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __release: (n: string) => number }).__release(n), name);

/** Opens a collapsed section by its heading, as the coordinator would. */
async function openSection(page: Page, name: string): Promise<void> {
  const section = page.locator(`details[data-section="${name}"]`);
  if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').first().click();
  await page.waitForSelector(`details[data-section="${name}"][open]`);
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

// ------------------------------------------------------------------ tests

describeBrowser('sidebar (dist/sidebar.html in Chromium)', () => {
  beforeAll(async () => {
    await buildPage();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterEach(async () => {
    while (contexts.length) await contexts.pop()?.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('load: button waits for the state, then shows the detected sheet, year and agency', async () => {
    const page = await open({ getSidebarState: { ok: STATE, hold: true } });
    await waitForCall(page, 'getSidebarState');
    await expect(page.locator('#generate').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#insert-template').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#loading').isVisible()).resolves.toBe(true);
    expect(await text(page, '#title')).toBe('การวิเคราะห์ผล ITA');

    expect(await release(page, 'getSidebarState')).toBe(1);
    await page.waitForSelector('#generate:not([disabled])');
    expect(await page.locator('#source-sheet').inputValue()).toBe('คะแนน ITA 2568');
    const options = await page.locator('#source-sheet option').allTextContents();
    expect(options.slice(1)).toEqual(STATE.sheets);
    expect(await page.locator('#agency').inputValue()).toBe('องค์การบริหารส่วนตำบลบ้านตัวอย่าง');
    expect(await page.locator('#year').inputValue()).toBe('2568');
    expect(await page.locator('#plan-year').inputValue()).toBe('2569');
    expect(await page.locator('#target').inputValue()).toBe('85');
    expect(await page.locator('#loading').isVisible()).toBe(false);
    expect(await page.locator('label[for="year"]').innerText()).toBe('ปีงบประมาณ (พ.ศ.)');
    expect(await text(page, '#generate')).toBe('สร้างการวิเคราะห์');
    expect(await page.locator('.division-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['สำนักปลัด', 'กองคลัง']);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  test('generate sends the shown options (Thai digits → 2567), shows progress, then the result', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT, hold: true } });
    await page.locator('#year').fill('๒๕๖๗');
    expect(await page.locator('#plan-year').inputValue()).toBe('2568'); // follows the year
    await page.locator('#generate').click();

    const [args] = await waitForCall(page, 'generateAnalysis');
    expect(args).toEqual([{ sourceSheet: 'คะแนน ITA 2568', year: 2567, target: 85, planYear: 2568, agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง' }]);
    expect(await page.locator('#year').inputValue()).toBe('2567');
    expect(await page.locator('#generate').isDisabled()).toBe(true);
    expect(await page.locator('#progress').isVisible()).toBe(true);
    expect(await text(page, '#progress')).toContain('กำลังสร้างการวิเคราะห์…');
    expect(await page.locator('#progress .spinner').count()).toBe(1);

    await release(page, 'generateAnalysis');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.locator('#progress').isVisible()).toBe(false);
    expect(await page.locator('#generate').isDisabled()).toBe(false);
    expect(await text(page, '.score-value')).toBe('96.47');
    expect(await text(page, '.level-badge')).toBe('ผ่านดีเยี่ยม');
    expect(await text(page, '[data-stat="passing"] .stat-value')).toBe('9');
    expect(await text(page, '[data-stat="failing"] .stat-value')).toBe('1');
    expect(await text(page, '[data-stat="measures"] .stat-value')).toBe('12');
    expect(await text(page, '.path-text')).toBe(RESULT.path!.th);
    expect(await text(page, '.obsolete-count')).toBe('มาตรการที่ไม่จำเป็นแล้วตามผลล่าสุด 2 มาตรการ (คงไว้ในแผนเพราะเริ่มดำเนินการแล้ว 1 มาตรการ)');
    expect(await text(page, '.old-plan')).toBe('แผนปีก่อนเก็บไว้ที่แผ่นงาน มาตรการ ITA 2568 ยังไม่แล้วเสร็จ 4 มาตรการ');
    expect(await texts(page, '.warning-list li')).toEqual(RESULT.warnings.map((w) => w.th));
    expect(await text(page, '.framework-used')).toBe(`กรอบการประเมินที่ใช้: ${RESULT.framework!.th}`);
    const links = await page
      .locator('a.sheet-link')
      .evaluateAll((els) =>
        els.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), gid: a.getAttribute('data-gid'), target: a.getAttribute('target') })),
      );
    expect(links).toEqual([
      { text: 'การวิเคราะห์ผล ITA 2567', href: '#gid=1234', gid: '1234', target: '_top' },
      { text: 'มาตรการ ITA 2568', href: '#gid=5678', gid: '5678', target: '_top' },
    ]);
    // Fits 300 px: no horizontal scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(299, 899); // no hover state in the picture
    await page.screenshot({ path: SCREENSHOT });
  });

  test('empty fields are left out; C.E. years become B.E.; a score rounds to 2 decimals', async () => {
    const page = await ready({ generateAnalysis: { ok: { ...RESULT, score: 90.1, warnings: [], path: undefined } } });
    await page.locator('#source-sheet').selectOption('');
    await page.locator('#agency').fill('  ');
    await page.locator('#year').fill('2025');
    await page.locator('#plan-year').fill('');
    await page.locator('#target').fill('๙๐');
    await page.locator('#generate').click();
    const [args] = await waitForCall(page, 'generateAnalysis');
    expect(args).toEqual([{ year: 2568, target: 90 }]);
    expect(await page.locator('#year').inputValue()).toBe('2568');
    expect(await text(page, '#year-note')).toBe('แปลง ค.ศ. 2025 เป็น พ.ศ. 2568 แล้ว');
    await page.waitForSelector('#result:not([hidden])');
    expect(await text(page, '.score-value')).toBe('90.10');
    expect(await page.locator('.warning-list').count()).toBe(0);
    expect(await page.locator('.path').count()).toBe(0);
  });

  test('the approval date typed the Thai way (๒๐ พ.ย. ๒๕๖๘) is shown back in B.E. and sent as a day', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT } });
    await page.locator('#approval-date').fill('๒๐/๑๑/๒๕๖๘');
    expect(await text(page, '#approval-date-echo')).toBe('วันที่ 20 พฤศจิกายน 2568');
    await page.locator('#approval-date').fill('31 ก.พ. 2569');
    expect(await text(page, '#approval-date-echo')).toBe('อ่านวันที่ไม่ได้ โปรดพิมพ์ เช่น 20 พ.ย. 2568 หรือ 20/11/2568');
    await page.locator('#generate').click();
    expect(await calls(page, 'generateAnalysis')).toEqual([]);
    await page.locator('#approval-date-picker').fill('2025-11-21');
    expect(await page.locator('#approval-date').inputValue()).toBe('21 พ.ย. 2568');
    await page.locator('#generate').click();
    const [args] = await waitForCall(page, 'generateAnalysis');
    expect(args).toEqual([expect.objectContaining({ approvalDate: '2025-11-21' })]);
  });

  test('the approval date and keep-up measures travel with Generate', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT } });
    await page.locator('#approval-date').fill('2025-11-20');
    await page.locator('#include-keep').check();
    await page.locator('#generate').click();
    const [args] = await waitForCall(page, 'generateAnalysis');
    expect(args).toEqual([expect.objectContaining({ approvalDate: '2025-11-20', includeKeep: true })]);
  });

  test('invalid year or target shows a message by the field and sends nothing', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT } });
    await page.locator('#year').fill('2500');
    await page.locator('#target').fill('150');
    await page.locator('#generate').click();
    await page.waitForSelector('#year-error:not([hidden])');
    expect(await text(page, '#year-error')).toContain('ปีงบประมาณต้องอยู่ระหว่าง พ.ศ. 2561–2643');
    expect(await text(page, '#target-error')).toContain('ค่าเป้าหมายต้องเป็นตัวเลข 0–100');
    expect(await page.locator('#year').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('year');
    await page.locator('#year').fill('abc');
    await page.locator('#insert-template').click();
    expect(await text(page, '#year-error')).toContain('โปรดระบุปีเป็นตัวเลข');
    await page.waitForTimeout(50);
    expect(await calls(page, 'generateAnalysis')).toEqual([]);
    expect(await calls(page, 'insertScoreTemplate')).toEqual([]);

    await page.locator('#year').fill('2568');
    await page.locator('#plan-year').fill('2569');
    await page.locator('#target').fill('85.5');
    await page.locator('#generate').click();
    const [args] = await waitForCall(page, 'generateAnalysis');
    expect(args[0]).toMatchObject({ year: 2568, planYear: 2569, target: 85.5 });
    expect(await page.locator('#year-error').isVisible()).toBe(false);
    expect(await page.locator('#year').getAttribute('aria-invalid')).toBeNull();
  });

  test('failure shows the Thai half of the message in an alert, never a stack', async () => {
    const page = await ready({
      generateAnalysis: [
        {
          error: 'ไม่พบตารางคะแนนในแผ่นงาน "คะแนน ITA 2568" / No score table found in the sheet "คะแนน ITA 2568"',
          stack: 'Error: x\n    at generateAnalysis (Code:1:2345)\n    at __GS_INTERNAL_top_function_call__.gs:1:8',
        },
        { error: 'Exception: ใช้เวลานานเกินไป / Took too long\n    at readGrid (Code:1:99)' },
      ],
    });
    await page.locator('#generate').click();
    const alert = page.locator('[role="alert"]');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.locator('#alert-text').innerText()).toBe('ไม่พบตารางคะแนนในแผ่นงาน "คะแนน ITA 2568"');
    const all = await alert.innerText();
    expect(all).not.toMatch(/ at |Code:|Error|No score/);
    expect(await page.locator('#result').isVisible()).toBe(false);
    expect(await page.locator('#generate').isDisabled()).toBe(false);

    await page.locator('#lang-en').click();
    expect(await alert.locator('#alert-text').innerText()).toBe('No score table found in the sheet "คะแนน ITA 2568"');
    await page.locator('#lang-th').click();

    await page.locator('#generate').click();
    await waitForCall(page, 'generateAnalysis', 2);
    await page.waitForFunction(() => document.getElementById('alert-text')?.textContent === 'ใช้เวลานานเกินไป');
    expect(await alert.innerText()).not.toMatch(/readGrid|Exception/);
    await page.locator('#alert-dismiss').click();
    expect(await alert.isVisible()).toBe(false);
  });

  test("busy → call → render: while a call runs its panel's buttons are off; a failure shows the server's words and gives them back", async () => {
    const error = 'แผ่นงาน "หน่วยงานภายใน" ถูกป้องกัน แก้ไขไม่ได้ / The sheet "หน่วยงานภายใน" is protected';
    const page = await ready({ saveDivisions: { error, hold: true } });
    await openSection(page, 'divisions');
    await page.locator('#division-save').click();
    await waitForCall(page, 'saveDivisions');
    const buttons = ['#division-add', '#division-save', '#division-share', '#division-reapply'];
    for (const b of buttons) expect(await page.locator(b).isDisabled()).toBe(true);
    expect(await page.locator('#division-save').getAttribute('aria-busy')).toBe('true');
    expect(await text(page, '#division-progress')).toBe('กำลังบันทึกรายชื่อ…');
    // Another panel's buttons stay usable.
    expect(await page.locator('#generate').isDisabled()).toBe(false);
    await release(page, 'saveDivisions');
    await page.locator('[role="alert"]').waitFor({ state: 'visible' });
    expect(await text(page, '#alert-text')).toBe('แผ่นงาน "หน่วยงานภายใน" ถูกป้องกัน แก้ไขไม่ได้');
    expect(await page.locator('#alert-retry').isVisible()).toBe(false);
    for (const b of buttons) expect(await page.locator(b).isDisabled()).toBe(false);
    expect(await page.locator('#division-save').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('#division-progress').isVisible()).toBe(false);
    expect(await page.locator('#division-status').isVisible()).toBe(false);
    // The rows typed are kept.
    expect(await page.locator('.division-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['สำนักปลัด', 'กองคลัง']);
  });

  test('sections: only the analysis is open at first; the one used last opens next time', async () => {
    const page = await ready();
    const sections = () =>
      page
        .locator('details[data-section]')
        .evaluateAll((ds) => ds.map((d) => `${(d as HTMLElement).dataset.section}${(d as HTMLDetailsElement).open ? ' open' : ''}`));
    expect(await sections()).toEqual(['analysis open', 'divisions', 'report', 'followup', 'rollup', 'framework']);
    // Each heading is the summary of its section, in the chosen language.
    expect(await page.locator('details[data-section] > summary').allInnerTexts()).toEqual([
      'การวิเคราะห์และแผนมาตรการ',
      'หน่วยงานภายใน',
      'รายงานสำหรับเผยแพร่',
      'ติดตามผลการดำเนินการตามมาตรการ',
      'สรุปหลายหน่วยงาน',
      'กรอบการประเมิน',
    ]);
    await page.locator('#h-report').click();
    await page.locator('details[data-section="analysis"] > summary').click();
    expect(await sections()).toEqual(['analysis', 'divisions', 'report open', 'followup', 'rollup', 'framework']);
    await page.reload();
    await page.waitForSelector('#generate:not([disabled])', { state: 'attached' });
    expect(await sections()).toEqual(['analysis', 'divisions', 'report open', 'followup', 'rollup', 'framework']);
    // Opened with the keyboard, as a button.
    await page.locator('details[data-section="divisions"] > summary').focus();
    await page.keyboard.press('Enter');
    await page.reload();
    await page.waitForSelector('#generate:not([disabled])', { state: 'attached' });
    expect(await sections()).toEqual(['analysis', 'divisions open', 'report', 'followup', 'rollup', 'framework']);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  test('sections: with one open the page is under 900 px tall at 300 px (2,735 px with every panel shown before)', async () => {
    const page = await ready();
    const heights: Record<string, number> = {};
    for (const name of ['analysis', 'divisions', 'report', 'followup', 'rollup', 'framework']) {
      heights[name] = await page.evaluate((n) => {
        for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-section]'))) d.open = d.dataset.section === n;
        return Math.ceil(document.body.getBoundingClientRect().height);
      }, name);
    }
    console.log(`sidebar height at 300 px with one section open: ${JSON.stringify(heights)}`);
    // The divisions' list grows with its rows (two here); every other section has a fixed form.
    const { divisions, ...fixed } = heights;
    for (const h of Object.values(fixed)) expect(h).toBeLessThan(900);
    expect(divisions).toBeLessThan(1000);
    expect(heights.analysis).toBeGreaterThan(700); // the form itself is shown, not only the headings
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  test('sections: a result that arrives in a closed section opens it', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT, hold: true } });
    await page.locator('#generate').click();
    await waitForCall(page, 'generateAnalysis');
    await page.locator('details[data-section="analysis"] > summary').click();
    await openSection(page, 'divisions');
    expect(await page.locator('details[data-section="analysis"]').getAttribute('open')).toBeNull();
    await release(page, 'generateAnalysis');
    await page.waitForSelector('details[data-section="analysis"][open] #result:not([hidden])');
    expect(await text(page, '.score-value')).toBe('96.47');
    // Where the work was done is what opens next time.
    await page.reload();
    await page.waitForSelector('#generate:not([disabled])');
    expect(await page.locator('details[data-section][open]').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.section))).toEqual(['analysis']);
  });

  test('sections: where storage is denied (the Apps Script iframe may), the analysis opens and nothing breaks', async () => {
    const ctx = await browser.newContext({ viewport: { width: 300, height: 900 } });
    contexts.push(ctx);
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const page = await open({ getSidebarState: { ok: STATE } }, ctx);
    await page.waitForSelector('#generate:not([disabled])');
    await openSection(page, 'rollup');
    await page.reload();
    await page.waitForSelector('#generate:not([disabled])');
    expect(await page.locator('details[data-section][open]').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.section))).toEqual(['analysis']);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  test('a failed load offers a retry', async () => {
    const page = await open({
      getSidebarState: [{ error: 'ไม่สามารถอ่านสเปรดชีตได้ / Cannot read the spreadsheet' }, { ok: STATE }],
    });
    await page.locator('[role="alert"]').waitFor({ state: 'visible' });
    expect(await text(page, '#alert-text')).toBe('ไม่สามารถอ่านสเปรดชีตได้');
    expect(await page.locator('#generate').isDisabled()).toBe(true);
    await page.locator('#alert-retry').click();
    await page.waitForSelector('#generate:not([disabled])');
    expect(await page.locator('[role="alert"]').isVisible()).toBe(false);
    expect(await page.locator('#year').inputValue()).toBe('2568');
  });

  test('English switch changes labels, shows levelEn, and is remembered', async () => {
    const page = await ready({ generateAnalysis: { ok: RESULT } });
    await page.locator('#generate').click();
    await page.waitForSelector('#result:not([hidden])');
    await page.locator('#lang-en').click();
    expect(await page.locator('#lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text(page, '#title')).toBe('ITA results analysis');
    expect(await text(page, '#generate')).toBe('Generate analysis');
    expect(await text(page, '#insert-template')).toBe('Insert score template');
    expect(await page.locator('label[for="year"]').innerText()).toBe('Fiscal year (B.E.)');
    expect(await text(page, '#h-divisions')).toBe('Divisions');
    // A closed section's words change too.
    expect(await page.locator('#division-save').textContent()).toBe('Save list');
    expect(await page.locator('#division-share').textContent()).toBe('Share with divisions');
    expect(await text(page, '.level-badge')).toBe('Pass – excellent');
    expect(await texts(page, '.warning-list li')).toEqual(RESULT.warnings.map((w) => w.en));
    expect(await text(page, '.path-text')).toBe(RESULT.path!.en);
    expect(await page.locator('#source-sheet option').first().innerText()).toBe('(Detect automatically)');
    expect(await page.locator('#source-sheet').inputValue()).toBe('คะแนน ITA 2568');

    // A new page in the same browser profile starts in English.
    const again = await open({ getSidebarState: { ok: STATE } }, page.context());
    await again.waitForSelector('#generate:not([disabled])');
    expect(await text(again, '#generate')).toBe('Generate analysis');
    await again.locator('#lang-th').click();
    expect(await text(again, '#generate')).toBe('สร้างการวิเคราะห์');
  });

  test('hostile text from the server renders as literal text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const evil2 = '"><script>window.__pwned=2</script>';
    const state: SidebarState = {
      sheets: [evil, 'คะแนน'],
      detected: { sourceSheet: evil, year: 2568, agency: evil2 },
      divisions: [{ name: evil, emails: [evil2] }],
      plans: [evil, evil2],
    };
    const page = await open({
      getSidebarState: { ok: state },
      generateAnalysis: [
        {
          ok: {
            ...RESULT,
            level: evil,
            analysisSheet: evil,
            planSheet: evil2,
            warnings: [{ th: evil, en: evil }],
            path: { th: evil2, en: evil2 },
          },
        },
        { error: `${evil} / ${evil2}` },
      ],
      shareWithDivisions: {
        ok: { ...SHARE, shareWith: [evil], divisions: [{ name: evil, rows: 1, emails: [] }], notes: [{ th: evil, en: evil }], views: [evil] },
      },
    });
    await page.waitForSelector('#generate:not([disabled])');
    await openSection(page, 'divisions');
    expect(await page.locator('#source-sheet').inputValue()).toBe(evil);
    expect(await page.locator('#agency').inputValue()).toBe(evil2);
    await page.locator('#generate').click();
    await page.waitForSelector('#result:not([hidden])');
    expect(await text(page, '.level-badge')).toBe(evil);
    expect(await texts(page, '.warning-list li')).toEqual([evil]);
    expect(await page.locator('a.sheet-link').allTextContents()).toEqual([evil, evil2]);
    expect(await text(page, '.path-text')).toBe(evil2);

    await page.locator('#generate').click();
    await page.locator('[role="alert"]').waitFor({ state: 'visible' });
    expect(await text(page, '#alert-text')).toBe(evil);

    // Share (the hostile e-mail must be fixed first; the division name is sent as typed).
    await page.locator('.division-emails').fill('ok@example.go.th');
    await page.locator('#division-share').click();
    await page.waitForSelector('#share-result:not([hidden])');
    expect(await page.locator('#share-addresses').inputValue()).toBe(evil);
    expect(await text(page, '.share-division-name')).toBe(evil);
    const [shareArgs] = await waitForCall(page, 'shareWithDivisions');
    expect(shareArgs).toEqual([[{ name: evil, emails: ['ok@example.go.th'] }]]);

    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
  });

  test('divisions: add, edit and remove rows, then save sends the edited list', async () => {
    const saved: Division[] = [
      { name: 'สำนักปลัด (งานบริหารทั่วไป)', emails: ['palad@example.go.th'] },
      { name: 'กองช่าง', emails: ['a@example.go.th', 'b@example.go.th', 'c@example.go.th'] },
    ];
    const page = await ready({ saveDivisions: { ok: saved } });
    await openSection(page, 'divisions');
    await page.locator('.division-name').first().fill('สำนักปลัด (งานบริหารทั่วไป)');
    await page.getByRole('button', { name: 'ลบ กองคลัง' }).click();
    expect(await page.locator('.division').count()).toBe(1);
    await page.locator('#division-add').click();
    expect(await page.locator('.division').count()).toBe(2);
    // The new row's name field has focus.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('division-name'))).toBe(true);
    await page.keyboard.type('กองช่าง');
    await page.locator('.division-emails').nth(1).fill('a@example.go.th, b@example.go.th\nc@example.go.th\n');
    // A blank row is ignored.
    await page.locator('#division-add').click();
    await page.locator('#division-save').click();

    const [args] = await waitForCall(page, 'saveDivisions');
    expect(args).toEqual([saved]);
    await page.waitForSelector('#division-status:not([hidden])');
    expect(await text(page, '#division-status')).toBe('บันทึกรายชื่อแล้ว 2 หน่วยงาน');
    expect(await page.locator('.division-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(saved.map((d) => d.name));
  });

  test('an invalid e-mail or a missing name blocks saving and sharing', async () => {
    const page = await ready({ saveDivisions: { ok: [] }, shareWithDivisions: { ok: SHARE } });
    await openSection(page, 'divisions');
    await page.locator('.division-emails').nth(1).fill('finance@example.go.th, not-an-email');
    await page.locator('#division-save').click();
    const error = page.locator('.division').nth(1).locator('.field-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toContain('อีเมลไม่ถูกต้อง: not-an-email');
    expect(await page.locator('.division-emails').nth(1).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^division-emails-/);
    await page.locator('#division-share').click();
    await page.waitForTimeout(50);
    expect(await calls(page, 'saveDivisions')).toEqual([]);
    expect(await calls(page, 'shareWithDivisions')).toEqual([]);

    await page.locator('.division-emails').nth(1).fill('finance@example.go.th');
    await page.locator('.division-name').first().fill('');
    await page.locator('#division-save').click();
    expect(await page.locator('.division').first().locator('.field-error').innerText()).toContain('โปรดระบุชื่อกอง/สำนัก');
    await page.waitForTimeout(50);
    expect(await calls(page, 'saveDivisions')).toEqual([]);

    await page.locator('.division-name').first().fill('สำนักปลัด');
    await page.locator('#division-save').click();
    await waitForCall(page, 'saveDivisions');
  });

  test('share shows the addresses to share the file with, rows per division and notes', async () => {
    const page = await ready({ shareWithDivisions: { ok: SHARE, hold: true } });
    await openSection(page, 'divisions');
    await page.locator('#division-share').click();
    const [args] = await waitForCall(page, 'shareWithDivisions');
    expect(args).toEqual([STATE.divisions]);
    expect(await page.locator('#division-share').isDisabled()).toBe(true);
    expect(await text(page, '#division-progress')).toContain('กำลัง');
    await release(page, 'shareWithDivisions');
    await page.waitForSelector('#share-result:not([hidden])');
    expect(await page.locator('#share-addresses').inputValue()).toBe(SHARE.shareWith.join(', '));
    expect(await text(page, '#share-result .note')).toContain('ปุ่ม “แชร์” ของ Google');
    expect(await texts(page, '.share-division-list li')).toEqual(['สำนักปลัด\n4 แถว', 'กองคลัง\n5 แถว']);
    expect(await texts(page, '#share-result .notes li')).toEqual([
      'แถวที่ 7 ของแผนมาตรการมีผู้รับผิดชอบ "กองแผน" ซึ่งไม่อยู่ในรายชื่อหน่วยงานภายใน',
      'มี 3 แถวที่ยังไม่ระบุผู้รับผิดชอบ',
    ]);
    expect(await page.locator('#division-share').isDisabled()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.locator('#lang-en').click();
    expect(await text(page, '#share-result .note')).toContain('Share button');
  });

  test('re-apply rights after a sort: Share with the saved list (no list sent), the disagreement shown first', async () => {
    const found = { th: 'พบ 2 แถวที่สิทธิ์แก้ไขไม่ตรงกับผู้รับผิดชอบในแถว (แถวที่ 4, 9)', en: '2 rows had edit rights that did not match their owner (rows 4, 9)' };
    const page = await ready({ shareWithDivisions: { ok: { ...SHARE, warnings: [found] } } });
    await openSection(page, 'divisions');
    expect(await text(page, '#division-reapply')).toBe('ปรับสิทธิ์ตามผู้รับผิดชอบปัจจุบัน');
    await page.locator('.division-emails').nth(1).fill('not-an-email');
    await page.locator('#division-reapply').click();
    // The rows typed in the panel are not what is applied: the list saved in the sheet is.
    expect(await waitForCall(page, 'shareWithDivisions')).toEqual([[]]);
    await page.waitForSelector('#share-result:not([hidden])');
    expect((await texts(page, '#share-result .notes li'))[0]).toBe(found.th);
  });

  test("the follow-up panel lets the coordinator pick last year's kept plan", async () => {
    const page = await ready({
      writeProgressSheet: {
        ok: { sheet: 'ติดตามมาตรการ ITA', sheetId: 7, round: 'รอบ 12 เดือน', counts: { done: 1, onTrack: 0, atRisk: 0, late: 3, cancelled: 0, total: 4 } },
      },
    });
    await openSection(page, 'followup');
    expect(await page.locator('#followup-plan-field').isVisible()).toBe(true);
    expect(await page.locator('#followup-plan option').allTextContents()).toEqual(['มาตรการ ITA', 'มาตรการ ITA 2568']);
    await page.locator('#followup-plan').selectOption('มาตรการ ITA 2568');
    await page.locator('#followup-round-12').check();
    await page.locator('#followup-sheet').click();
    const [args] = await waitForCall(page, 'writeProgressSheet');
    expect(args[0]).toMatchObject({ round: '12', plan: 'มาตรการ ITA 2568' });
  });

  test('insert template sends year and agency, then selects the new sheet', async () => {
    const page = await ready({ insertScoreTemplate: { ok: { sheet: 'คะแนน ITA 2569', sheetId: 42 } } });
    await page.locator('#year').fill('2569');
    await page.locator('#insert-template').click();
    const [args] = await waitForCall(page, 'insertScoreTemplate');
    expect(args).toEqual([{ year: 2569, agency: 'องค์การบริหารส่วนตำบลบ้านตัวอย่าง' }]);
    await page.waitForSelector('#template-result:not([hidden])');
    expect(await text(page, '#template-result')).toContain('คะแนน ITA 2569');
    expect(await page.locator('#template-result a.sheet-link').getAttribute('href')).toBe('#gid=42');
    expect(await page.locator('#source-sheet').inputValue()).toBe('คะแนน ITA 2569');
  });
  test('report panel: sends the form, digits and signers, renders the .docx in the page and downloads it', async () => {
    const model = reportOf(GRID_001, { form: 'memo' });
    const page = await ready({ getReportData: { ok: model, hold: true } });
    await openSection(page, 'report');
    expect(await text(page, '#h-report')).toBe('รายงานสำหรับเผยแพร่');
    await page.locator('#report-form-memo').check();
    await page.locator('#report-internal').check();
    await page.locator('#report-doc-date').fill('20 พ.ย. 2568');
    await page.locator('.report-people summary').click();
    await page.locator('#report-preparer-name').fill(' นางสาวสมใจ ใจดี ');
    const download = page.waitForEvent('download');
    await page.locator('#report-download').click();
    const [args] = await waitForCall(page, 'getReportData');
    expect(args).toEqual([
      { form: 'memo', digits: 'thai', fields: { preparerName: 'นางสาวสมใจ ใจดี' }, audience: 'internal', docDate: '2025-11-20', sourceSheet: 'คะแนน ITA 2568' },
    ]);
    expect(await page.locator('#report-download').isDisabled()).toBe(true);
    expect(await page.locator('#report-progress').isVisible()).toBe(true);
    await release(page, 'getReportData');
    const file = await download;
    expect(file.suggestedFilename()).toBe('ita-report-เทศบาลตำบลทุ่งผึ้ง-2568.docx');
    mkdirSync(join(ROOT, 'test/.artifacts'), { recursive: true });
    const saved = join(ROOT, 'test/.artifacts/sidebar-report.docx');
    await file.saveAs(saved);
    const d = await readDocx(readFileSync(saved));
    expect(d.lines).toContain('บันทึกข้อความ');
    expect(d.text).toContain('ได้คะแนนรวม ๙๖.๔๗ คะแนน อยู่ในระดับ “ผ่านดีเยี่ยม”');
    for (const r of model.measures) expect(d.lines).toContain(r.measure);
    await page.waitForSelector('#report-status:not([hidden])');
    expect(await text(page, '#report-status')).toBe('ดาวน์โหลด ita-report-เทศบาลตำบลทุ่งผึ้ง-2568.docx แล้ว (8 มาตรการ)');
    expect(await page.locator('#report-download').isDisabled()).toBe(false);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  test("report panel: Arabic digits switch, and the server's error in the chosen language", async () => {
    const error =
      'ยังไม่มีแผ่นงาน "การวิเคราะห์ผล ITA" ในสเปรดชีตนี้: โปรดกด "สร้างการวิเคราะห์" ก่อนจัดทำรายงาน / There is no "การวิเคราะห์ผล ITA" sheet in this spreadsheet yet: generate the analysis before the report';
    const page = await ready({ getReportData: { error } });
    await openSection(page, 'report');
    await page.locator('#report-arabic').check();
    await page.locator('#report-download').click();
    const [args] = await waitForCall(page, 'getReportData');
    expect(args).toEqual([{ form: 'report', digits: 'arabic', fields: {}, sourceSheet: 'คะแนน ITA 2568' }]);
    await page.waitForSelector('#alert:not([hidden])');
    expect(await text(page, '#alert-text')).toBe('ยังไม่มีแผ่นงาน "การวิเคราะห์ผล ITA" ในสเปรดชีตนี้: โปรดกด "สร้างการวิเคราะห์" ก่อนจัดทำรายงาน');
    await page.locator('#lang-en').click();
    expect(await text(page, '#alert-text')).toBe('There is no "การวิเคราะห์ผล ITA" sheet in this spreadsheet yet: generate the analysis before the report');
    expect(await text(page, '#report-download')).toBe('Download document (.docx)');
  });
  test('follow-up panel: the 12-month round writes the follow-up sheet and links to it', async () => {
    const result: ProgressSheetResult = {
      sheet: 'ติดตามมาตรการ ITA',
      sheetId: 77,
      round: 'รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569',
      counts: { total: 14, done: 3, onTrack: 0, atRisk: 0, late: 9, unread: 1, cancelled: 1 },
      warnings: [{ th: 'แผ่นงาน "มาตรการ ITA" เซลล์ L5: อ่านสถานะ "รอ" ไม่ได้', en: 'sheet "มาตรการ ITA" cell L5: the status "รอ" cannot be read' }],
    };
    const page = await ready({ writeProgressSheet: { ok: result, hold: true } });
    await openSection(page, 'followup');
    expect(await text(page, '#h-followup')).toBe('ติดตามผลการดำเนินการตามมาตรการ');
    await page.locator('#followup-round-12').check();
    await page.locator('#followup-sheet').click();
    const [args] = await waitForCall(page, 'writeProgressSheet');
    expect(args).toEqual([{ round: '12', digits: 'thai', fields: {} }]);
    expect(await page.locator('#followup-download').isDisabled()).toBe(true);
    expect(await text(page, '#followup-busy')).toBe('กำลังเขียนแผ่นงานติดตาม…');
    await release(page, 'writeProgressSheet');
    await page.waitForSelector('#followup-result:not([hidden])');
    expect(await text(page, '#followup-result p:first-child')).toBe(
      'เขียนแผ่นงานติดตามแล้ว (รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569): ล่าช้ากว่ากำหนด 9 เสี่ยงล่าช้า 0 แล้วเสร็จ 3 จาก 14 มาตรการ',
    );
    expect(await text(page, '#followup-result p:nth-child(2)')).toBe('อ่านสถานะที่หน่วยงานรายงานไม่ได้ 1 มาตรการ นับแยกไว้ โปรดให้หน่วยงานเลือกสถานะจากรายการ');
    expect(await page.locator('#followup-result a.sheet-link').getAttribute('href')).toBe('#gid=77');
    expect(await text(page, '#followup-result li')).toBe('แผ่นงาน "มาตรการ ITA" เซลล์ L5: อ่านสถานะ "รอ" ไม่ได้');
    await page.locator('#lang-en').click();
    expect(await text(page, '#followup-result p:first-child')).toBe(
      'Follow-up sheet written (รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2569): 9 late, 0 at risk, 3 done of 14 measures',
    );
    expect(await text(page, '#followup-result p:nth-child(2)')).toBe(
      'Measures whose status cannot be read: 1, counted apart; ask the divisions to choose a status from the list',
    );
    expect(await text(page, '#followup-result li')).toBe('sheet "มาตรการ ITA" cell L5: the status "รอ" cannot be read');
  });

  test('follow-up panel: a chosen day, Arabic digits and a signer; the report is rendered in the page and downloaded', async () => {
    const model = followedModel({ kind: 'date', day: { y: 2026, m: 2, d: 10 } }, { digits: 'arabic' });
    const page = await ready({ getProgressData: { ok: model } });
    await openSection(page, 'report');
    await openSection(page, 'followup');
    await page.locator('#report-arabic').check();
    await page.locator('.report-people summary').click();
    await page.locator('#report-preparer-name').fill('นางสาวสมใจ ใจดี');
    await page.locator('#followup-date').fill('2026-02-10');
    expect(await page.locator('#followup-round-date').isChecked()).toBe(true);
    const download = page.waitForEvent('download');
    await page.locator('#followup-download').click();
    const [args] = await waitForCall(page, 'getProgressData');
    expect(args).toEqual([{ round: '2026-02-10', digits: 'arabic', fields: { preparerName: 'นางสาวสมใจ ใจดี' } }]);
    const file = await download;
    expect(file.suggestedFilename()).toBe('ita-progress-องค์การบริหารส่วนตำบลบ้านตัวอย่าง-2569-2026-02-10.docx');
    const saved = join(ROOT, 'test/.artifacts/sidebar-progress.docx');
    await file.saveAs(saved);
    const d = await readDocx(readFileSync(saved));
    expect(d.lines[d.lines.indexOf('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน') + 1]).toBe('ณ วันที่ 10 กุมภาพันธ์ 2569');
    expect(d.text).toContain('ล่าช้ากว่ากำหนด 4 มาตรการ และยกเลิก 1 มาตรการ');
    await page.waitForSelector('#followup-result:not([hidden])');
    expect(await text(page, '#followup-result')).toBe(
      'ดาวน์โหลด ita-progress-องค์การบริหารส่วนตำบลบ้านตัวอย่าง-2569-2026-02-10.docx แล้ว (ล่าช้ากว่ากำหนด 4 จาก 14 มาตรการ)',
    );
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });

  test("follow-up panel: a blank day asks for today; the server's error shows in an alert", async () => {
    const error =
      'ไม่พบแผ่นงานมาตรการ ("มาตรการ ITA") ในสเปรดชีตนี้: โปรดสร้างการวิเคราะห์และแผนมาตรการก่อนติดตามผล / No measures plan sheet ("มาตรการ ITA") in this spreadsheet: generate the analysis and the plan before following it up';
    const page = await ready({ writeProgressSheet: { error } });
    await openSection(page, 'followup');
    await page.locator('#followup-round-date').check();
    await page.locator('#followup-sheet').click();
    const [args] = await waitForCall(page, 'writeProgressSheet');
    expect(args).toEqual([{ digits: 'thai', fields: {} }]);
    await page.waitForSelector('#alert:not([hidden])');
    expect(await text(page, '#alert-text')).toBe('ไม่พบแผ่นงานมาตรการ ("มาตรการ ITA") ในสเปรดชีตนี้: โปรดสร้างการวิเคราะห์และแผนมาตรการก่อนติดตามผล');
    expect(await page.locator('#followup-sheet').isDisabled()).toBe(false);
  });

  test("framework: copies the form year's built-in framework for an agency group, then links to the new sheet", async () => {
    const done = { sheet: 'กรอบการประเมิน', sheetId: 77, framework: 'เกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568)', group: 'สถานศึกษา' };
    const page = await ready({
      insertFramework: [
        { ok: done, hold: true },
        { error: 'แผ่นงาน กรอบการประเมิน เซลล์ A7 กำหนดกรอบการประเมินของปี พ.ศ. 2569 ไว้แล้ว / กรอบการประเมิน cell A7 already defines 2569' },
      ],
    });
    await openSection(page, 'framework');
    expect(await text(page, '#h-framework')).toBe('กรอบการประเมิน');
    await page.locator('#year').fill('๒๕๖๙');
    await page.locator('#framework-group').fill('  สถานศึกษา ');
    await page.locator('#framework-insert').click();
    const [args] = await waitForCall(page, 'insertFramework');
    expect(args).toEqual([{ year: 2569, group: 'สถานศึกษา' }]);
    expect(await page.locator('#framework-insert').isDisabled()).toBe(true);
    expect(await text(page, '#framework-progress')).toContain('กำลังคัดลอกเกณฑ์ลงแผ่นงาน');
    await release(page, 'insertFramework');
    await page.waitForSelector('#framework-result:not([hidden])');
    expect(await text(page, '.framework-done')).toBe(
      'คัดลอกเกณฑ์ พ.ศ. 2569 (ใช้เกณฑ์ปี 2568) กลุ่มหน่วยงานสถานศึกษา ลงแผ่นงาน “กรอบการประเมิน” แล้ว แก้ไขตามคู่มือการประเมินของหน่วยงาน แล้วกดสร้างการวิเคราะห์ (ประเภทหน่วยงานในแผ่นงานคะแนนต้องตรงกับกลุ่มหน่วยงาน)',
    );
    expect(await page.locator('#framework-result a.sheet-link').getAttribute('href')).toBe('#gid=77');
    expect(await page.locator('#source-sheet option').allTextContents()).toContain('กรอบการประเมิน');
    // A second copy of the same year is refused by the server: its Thai words, naming the cell.
    await page.locator('#framework-insert').click();
    await page.locator('[role="alert"]').waitFor({ state: 'visible' });
    expect(await text(page, '#alert-text')).toBe('แผ่นงาน กรอบการประเมิน เซลล์ A7 กำหนดกรอบการประเมินของปี พ.ศ. 2569 ไว้แล้ว');
    // An invalid year in the form sends nothing, and the closed analysis section opens to say why.
    await page.locator('#year').fill('2500');
    await page.locator('details[data-section="analysis"] > summary').click();
    await page.locator('#framework-insert').click();
    await page.waitForSelector('details[data-section="analysis"][open] #year-error:not([hidden])');
    expect(await text(page, '#year-error')).toBe('ปีงบประมาณต้องอยู่ระหว่าง พ.ศ. 2561–2643');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('year');
    await page.waitForTimeout(50);
    expect(await calls(page, 'insertFramework')).toHaveLength(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });
  test('roll-up: summarises the agencies grouped by district, links to the overview, lists rows left out as text', async () => {
    const done = {
      sheets: ['สรุปผล ITA หลายหน่วยงาน', 'อันดับผล ITA'],
      sheetId: 91,
      year: 2568,
      previousYear: 2567,
      agencies: 119,
      mean: 82.634,
      reaching: 55,
      followUp: 64,
      leftOut: [
        {
          th: 'แผ่นงาน "ตาราง" เซลล์ C8: ไม่ใช่ตัวเลข ("<b>9O</b>") จึงไม่นำมาคำนวณ',
          en: 'sheet "ตาราง" cell C8: is not a number ("<b>9O</b>"); left out of the figures',
        },
      ],
    };
    const page = await ready({ summarizeAgencies: [{ ok: done, hold: true }] });
    await openSection(page, 'rollup');
    expect(await text(page, '#h-rollup')).toBe('สรุปหลายหน่วยงาน');
    // The table is chosen among the spreadsheet's sheets (default: every sheet we did not write).
    expect(await page.locator('#rollup-sheet option').allTextContents()).toEqual(['ทุกแผ่นงานที่ไม่ได้สร้างจากโปรแกรม', 'คะแนน ITA 2568', 'ข้อมูลประกอบ', 'Sheet3']);
    await page.locator('#rollup-sheet').selectOption('ข้อมูลประกอบ');
    await page.locator('#rollup-group').selectOption('district');
    await page.locator('#rollup-run').click();
    const [args] = await waitForCall(page, 'summarizeAgencies');
    expect(args).toEqual([{ sourceSheet: 'ข้อมูลประกอบ', groupBy: 'district' }]);
    expect(await page.locator('#rollup-run').isDisabled()).toBe(true);
    expect(await text(page, '#rollup-progress')).toContain('กำลังสรุปผลของหน่วยงาน');
    await release(page, 'summarizeAgencies');
    await page.waitForSelector('#rollup-result:not([hidden])');
    expect(await text(page, '.rollup-done')).toBe('สรุปผลปีงบประมาณ พ.ศ. 2568 ของหน่วยงาน 119 แห่ง คะแนนเฉลี่ย 82.63 ถึงค่าเป้าหมาย 55 แห่ง ต้องติดตาม 64 แห่ง');
    expect(await page.locator('#rollup-result a.sheet-link').getAttribute('href')).toBe('#gid=91');
    // Sheet text enters as text: the angle brackets are shown, not parsed.
    expect(await page.locator('.rollup-left-list li').allTextContents()).toEqual(['แผ่นงาน "ตาราง" เซลล์ C8: ไม่ใช่ตัวเลข ("<b>9O</b>") จึงไม่นำมาคำนวณ']);
    expect(await page.locator('.rollup-left-list b').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });
});
