// Builds dist/: Code.js (Apps Script: one classic script holding the custom functions, the menu and
// every server function), sidebar.html, catalogue.html, item-lists.html (data Code.js reads on first
// use and JSON.parses), appsscript.json, cli.js.
// `--if-needed` skips the build when every output is newer than every source; `--out DIR` writes
// into DIR instead of dist/ (the bundle test builds afresh there, so a stale dist/ cannot pass).
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = 'ITA_ADDON';
const FILES = ['Code.js', 'sidebar.html', 'catalogue.html', 'item-lists.html', 'appsscript.json', 'cli.js'];
const SOURCES = ['src', 'sidebar', 'scripts', 'appsscript.json', 'package.json'];

/** Reads the JSDoc + signature of every `export function` in src/gas/entry-points.ts. */
export async function readEntryPoints() {
  const text = await readFile(join(root, 'src/gas/entry-points.ts'), 'utf8');
  const entries = [];
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export function (\w+)\(([^)]*)\)/g;
  for (const m of text.matchAll(re)) {
    const params = m[3]
      .split(',')
      .map((p) => p.trim().split(/[?:]/)[0].trim())
      .filter(Boolean);
    entries.push({ doc: m[1], name: m[2], params, target: `${GLOBAL}.${m[2]}` });
  }
  return entries;
}

/** One top-level function per entry of the server functions' table (src/gas/server-functions.ts). */
async function serverEntries() {
  const { SERVER_FUNCTIONS } = await loadModule('src/gas/server-functions.ts');
  return Object.entries(SERVER_FUNCTIONS).map(([name, d]) => ({
    doc: `/** ${d.doc} */`,
    name,
    params: d.arg ? [d.arg.name] : [],
    target: `${GLOBAL}.server().${name}`,
  }));
}

/** Top-level declarations that forward to the bundle, each with its JSDoc. */
export function footer(entries) {
  const seen = new Set();
  for (const { name } of entries) {
    if (seen.has(name)) throw new Error(`${name} is declared both in src/gas/entry-points.ts and in src/gas/server-functions.ts`);
    seen.add(name);
  }
  return entries
    .map(({ doc, name, params, target }) => `${doc}\nfunction ${name}(${params.join(', ')}) {\n  return ${target}.apply(this, arguments);\n}\n`)
    .join('\n');
}

/** A module of ours bundled for Node and loaded: the build reads declarations and data from the sources. */
async function loadModule(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'ita-build-'));
  const file = join(dir, 'module.cjs');
  try {
    await build({ entryPoints: [join(root, entry)], bundle: true, format: 'cjs', platform: 'node', outfile: file, logLevel: 'warning' });
    return createRequire(import.meta.url)(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Data Code.js reads from an HTML file of the project on first use instead of carrying its Thai
 * text: the recommendation catalogue and the built-in item lists. Each entry: the module as
 * imported, the importer, its Apps Script stand-in, the data module, its loader, the file.
 */
const LAZY_DATA = [
  {
    request: './catalogue',
    importer: join('advice', 'index.ts'),
    standIn: 'src/gas/catalogue-from-html.ts',
    module: 'src/core/advice/catalogue.ts',
    load: 'loadCatalogue',
    file: 'catalogue.html',
  },
  {
    request: './builtin-lists',
    importer: join('editions', 'index.ts'),
    standIn: 'src/gas/lists-from-html.ts',
    module: 'src/core/editions/builtin-lists.ts',
    load: 'loadBuiltinLists',
    file: 'item-lists.html',
  },
];

const dataFromHtml = {
  name: 'data-from-html',
  setup(b) {
    b.onResolve({ filter: /^\.\/(catalogue|builtin-lists)$/ }, (args) => {
      const lazy = LAZY_DATA.find((d) => d.request === args.path && args.importer.endsWith(d.importer));
      return lazy ? { path: join(root, lazy.standIn) } : undefined;
    });
  },
};

/** dist/catalogue.html and dist/item-lists.html: the data as JSON, for HtmlService to hand to Code.js. */
export async function buildCatalogue(dist) {
  for (const lazy of LAZY_DATA) {
    const module = await loadModule(lazy.module);
    await writeFile(join(dist, lazy.file), JSON.stringify(module[lazy.load]()));
  }
}

/**
 * The Apps Script bundle: an IIFE assigning ITA_ADDON, with the lazily loaded data stood in for.
 * Whitespace and syntax are minified, identifiers are not: an error in Apps Script's execution log
 * names the function it happened in (one whose name clashes is renamed, headerOf2; keepNames would
 * restore it for 24 KB more and about 0.5 ms more per evaluation, which every custom function pays).
 */
async function appsScriptBundle(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    plugins: [dataFromHtml],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

export async function buildCode(dist) {
  const entries = [...(await readEntryPoints()), ...(await serverEntries())];
  const code = `${await appsScriptBundle('src/gas/entry-points.ts')}\n${footer(entries)}`;
  await writeFile(join(dist, 'Code.js'), code);
  return entries.map((e) => e.name);
}

async function buildCli(dist) {
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['exceljs'],
    outfile: join(dist, 'cli.js'),
    banner: { js: '#!/usr/bin/env node' },
    charset: 'utf8',
    logLevel: 'warning',
  });
}

async function buildSidebarPage(dist) {
  const { buildSidebar } = await import('./build-sidebar.mjs');
  await buildSidebar({ outFile: join(dist, 'sidebar.html') });
}

async function newestMtime(path) {
  const s = await stat(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

async function upToDate(dist) {
  try {
    const outs = await Promise.all(FILES.map((f) => stat(join(dist, f)).then((s) => s.mtimeMs)));
    const srcs = await Promise.all(SOURCES.map((p) => newestMtime(join(root, p))));
    return Math.min(...outs) > Math.max(...srcs);
  } catch {
    return false;
  }
}

async function main() {
  const out = process.argv.indexOf('--out');
  const dist = out > 0 ? resolve(process.argv[out + 1]) : join(root, 'dist');
  if (process.argv.includes('--if-needed') && (await upToDate(dist))) return;
  await mkdir(dist, { recursive: true });
  const [names] = await Promise.all([buildCode(dist), buildCli(dist), buildSidebarPage(dist), buildCatalogue(dist)]);
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  // Earlier builds wrote the server code apart; clasp pushes every file of dist/, so it must go.
  await rm(join(dist, 'server.html'), { force: true });
  const size = (await stat(join(dist, 'Code.js'))).size;
  console.error(`${join(dist, 'Code.js')} ${(size / 1024).toFixed(1)} KB, ${names.length} top-level functions`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
