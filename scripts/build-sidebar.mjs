// Builds the sidebar into ONE self-contained html file (Apps Script serves it with
// HtmlService.createHtmlOutputFromFile('sidebar')): sidebar/main.ts bundled by esbuild and
// sidebar/styles.css minified, both inlined into sidebar/index.html.
// Run directly: `node scripts/build-sidebar.mjs [outFile]` (default dist/sidebar.html).
import { build, transform } from 'esbuild';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const JS_MARK = '/*__SIDEBAR_JS__*/';
const CSS_MARK = '/*__SIDEBAR_CSS__*/';

/**
 * Makes bundled JS safe inside <script>…</script>: a literal '</script' would end the element and
 * '<!--' could switch the HTML parser into its escaped state. '<\/' and '\x3C' mean the same in JS
 * strings, template literals and regular expressions.
 */
export function escapeInlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/** Same for CSS inside <style>…</style>. */
export function escapeInlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function inline(template, mark, content) {
  const at = template.indexOf(mark);
  if (at < 0 || template.indexOf(mark, at + 1) >= 0) {
    throw new Error(`sidebar/index.html must contain ${mark} exactly once`);
  }
  // Split/join rather than String.replace: the bundle may hold '$&', '$1', … patterns.
  return template.slice(0, at) + content + template.slice(at + mark.length);
}

/**
 * @param {{ outFile?: string }} [options] outFile relative to the project root, or absolute.
 * @returns {Promise<{ outFile: string, bytes: number }>}
 */
export async function buildSidebar({ outFile = 'dist/sidebar.html' } = {}) {
  const target = isAbsolute(outFile) ? outFile : resolve(root, outFile);
  const [bundle, cssSource, template] = await Promise.all([
    build({
      entryPoints: [join(root, 'sidebar/main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
      absWorkingDir: root,
    }),
    readFile(join(root, 'sidebar/styles.css'), 'utf8'),
    readFile(join(root, 'sidebar/index.html'), 'utf8'),
  ]);
  const css = await transform(cssSource, { loader: 'css', minify: true, charset: 'utf8', target: 'chrome80' });
  const js = bundle.outputFiles[0].text.trim();
  let html = inline(template, CSS_MARK, escapeInlineStyle(css.code.trim()));
  html = inline(html, JS_MARK, escapeInlineScript(js));

  await mkdir(dirname(target), { recursive: true });
  // Write then rename, so a reader (a test, clasp) never sees half a file.
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, html, 'utf8');
  await rename(temp, target);
  return { outFile: target, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSidebar({ outFile: process.argv[2] || 'dist/sidebar.html' })
    .then(({ outFile, bytes }) => console.error(`${outFile} ${(bytes / 1024).toFixed(1)} KB`))
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
