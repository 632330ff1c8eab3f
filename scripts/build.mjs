// Builds dist/: Code.js (Apps Script, one classic script: custom functions and menu), server.html
// (the server functions, evaluated on first use), sidebar.html, catalogue.html, item-lists.html, appsscript.json, cli.js.
// `--if-needed` skips the build when every output is newer than every source.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'ITA_ADDON';
const SERVER_GLOBAL = 'ITA_SERVER';
const OUTPUTS = ['Code.js', 'server.html', 'sidebar.html', 'catalogue.html', 'item-lists.html', 'appsscript.json', 'cli.js'].map((f) => join(dist, f));
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
    entries.push({ doc: m[1], name: m[2], params });
  }
  return entries;
}

/** Top-level declarations that forward to the bundle's namespace, each with its JSDoc. */
function footer(entries) {
  return entries
    .map(
      ({ doc, name, params }) =>
        `${doc}\nfunction ${name}(${params.join(', ')}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`,
    )
    .join('\n');
}

/**
 * Data Code.js reads from an HTML file of the project on first use instead of carrying its Thai
 * text: the recommendation catalogue and the built-in item lists. Each entry: the module as
 * imported, the importer, its Apps Script stand-in, the data module, its loader, the file.
 */
const LAZY_DATA = [
  { request: './catalogue', importer: join('advice', 'index.ts'), standIn: 'src/gas/catalogue-from-html.ts', module: 'src/core/advice/catalogue.ts', load: 'loadCatalogue', file: 'catalogue.html' },
  { request: './builtin-lists', importer: join('editions', 'index.ts'), standIn: 'src/gas/lists-from-html.ts', module: 'src/core/editions/builtin-lists.ts', load: 'loadBuiltinLists', file: 'item-lists.html' },
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
export async function buildCatalogue() {
  for (const lazy of LAZY_DATA) {
    const result = await build({ entryPoints: [join(root, lazy.module)], bundle: true, format: 'cjs', platform: 'neutral', write: false });
    const module = { exports: {} };
    // eslint-disable-next-line no-new-func -- build time, in Node: our own data module run once to be written as JSON
    new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
    await writeFile(join(dist, lazy.file), JSON.stringify(module.exports[lazy.load]()));
  }
}

/** One Apps Script script: an IIFE assigning `globalName`, with the lazily loaded data stood in for. */
async function appsScriptBundle(entry, globalName) {
  const result = await build({
    entryPoints: [join(root, entry)],
    plugins: [dataFromHtml],
    bundle: true,
    format: 'iife',
    globalName,
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

export async function buildCode() {
  const entries = await readEntryPoints();
  const code = `${await appsScriptBundle('src/gas/entry-points.ts', GLOBAL)}\n${footer(entries)}`;
  await writeFile(join(dist, 'Code.js'), code);
  return entries.map((e) => e.name);
}

/**
 * dist/server.html: the server functions as one script that assigns ITA_SERVER, read and evaluated
 * by src/gas/server-loader.ts when the sidebar or a menu item calls one of them.
 */
export async function buildServer() {
  await writeFile(join(dist, 'server.html'), await appsScriptBundle('src/gas/server.ts', SERVER_GLOBAL));
}

async function buildCli() {
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

async function buildSidebarPage() {
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

async function upToDate() {
  try {
    const outs = await Promise.all(OUTPUTS.map((f) => stat(f).then((s) => s.mtimeMs)));
    const srcs = await Promise.all(SOURCES.map((p) => newestMtime(join(root, p))));
    return Math.min(...outs) > Math.max(...srcs);
  } catch {
    return false;
  }
}

async function main() {
  if (process.argv.includes('--if-needed') && (await upToDate())) return;
  await mkdir(dist, { recursive: true });
  const [names] = await Promise.all([buildCode(), buildServer(), buildCli(), buildSidebarPage(), buildCatalogue()]);
  await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const size = (await stat(join(dist, 'Code.js'))).size;
  const serverSize = (await stat(join(dist, 'server.html'))).size;
  console.error(`dist/Code.js ${(size / 1024).toFixed(1)} KB, ${names.length} entry points; dist/server.html ${(serverSize / 1024).toFixed(1)} KB`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
