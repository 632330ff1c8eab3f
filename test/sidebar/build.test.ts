/**
 * scripts/build-sidebar.mjs: one self-contained html file, script text that cannot end its own
 * <script> element. jest runs test files as CommonJS and cannot import the .mjs module, so a child
 * node process imports it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';

const ROOT = join(__dirname, '../..');
const MODULE = pathToFileURL(join(ROOT, 'scripts/build-sidebar.mjs')).href;

/** Runs `body` as an ES module with `m` = scripts/build-sidebar.mjs; returns what it prints. */
async function withModule(body: string): Promise<string> {
  const code = `const m = await import(${JSON.stringify(MODULE)});\n${body}`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
  return stdout;
}

describe('scripts/build-sidebar.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ita-sidebar-'));
  const out = join(dir, 'nested', 'sidebar.html');
  let html = '';

  beforeAll(async () => {
    const printed = await withModule(`console.log(JSON.stringify(await m.buildSidebar({ outFile: ${JSON.stringify(out)} })));`);
    expect(JSON.parse(printed)).toMatchObject({ outFile: out });
    html = readFileSync(out, 'utf8');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes one self-contained page: inline script and style, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>/i); // Prettier writes it in lower case: HTML reads both
    expect(html).toContain('<html lang="th">');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|fetch\(|XMLHttpRequest|sendBeacon|new Worker/i);
    // The bundled docx library names XML namespaces by URL (and links a help page in an error): no other address.
    const hosts = new Set([...html.matchAll(/https?:\/\/([\w.-]+)/g)].map((m) => m[1]));
    expect(
      [...hosts].filter(
        (h) => !/^(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|purl\.oclc\.org|www\.w3\.org|answers\.microsoft\.com)$/.test(h),
      ),
    ).toEqual([]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/__SIDEBAR_(JS|CSS)__/);
    expect(html).toContain('สร้างการวิเคราะห์'); // Thai kept as UTF-8, not \u escapes
    expect(html).toMatch(/font-family:\s*Sarabun,\s*['"]?Noto Sans Thai['"]?,\s*['"]?Leelawadee UI['"]?,\s*Tahoma,\s*sans-serif/);
  });

  test('the inlined script is one classic script that writes no HTML', () => {
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(() => new vm.Script(script)).not.toThrow();
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  test('escapes </script and <!-- without changing what the code means', async () => {
    const source = 'var a = "</script><!-- x"; var b = `</SCRIPT>`; var c = /<\\/script>/.test("</script>"); [a, b, c];';
    const escaped = JSON.parse(await withModule(`console.log(JSON.stringify(m.escapeInlineScript(${JSON.stringify(source)})));`));
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    expect(vm.runInNewContext(escaped)).toEqual(vm.runInNewContext(source));
    const css = await withModule(`console.log(m.escapeInlineStyle('a::after{content:"</style>"}'));`);
    expect(css).not.toMatch(/<\/style/i);
  });
});
