#!/usr/bin/env node
/**
 * `npm run bench`: the roll-up at national scale on this machine (not a timed test). Generates a
 * table of 8,300 agencies over three years (the table a warehouse export would give, as CSV), then
 * times the built command line as a user runs it:
 *   1. `rollup` of the 8,300 agencies: workbook and report, wall seconds and peak memory (max RSS);
 *   2. `rollup --packs --jobs 2` of 1,000 agencies: each agency's workbook and report, wall seconds
 *      and milliseconds per agency (the roll-up of the same table, timed alone, is subtracted).
 * Options: --agencies N (8300), --packs N (1000), --jobs N (2).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};
const AGENCIES = option('--agencies', 8300);
const PACKS = option('--packs', 1000);
const JOBS = option('--jobs', 2);
const YEARS = [2566, 2567, 2568];

const work = mkdtempSync(join(tmpdir(), 'ita-bench-'));
spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });

// The test suite's generator, bundled for Node: the same seeded figures the tests check.
await build({
  entryPoints: [join(root, 'test/tools/agencies.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(work, 'agencies.cjs'),
  logLevel: 'warning',
});
const gen = createRequire(import.meta.url)(join(work, 'agencies.cjs'));
const table = (n, years) => {
  const path = join(work, `agencies-${n}.csv`);
  writeFileSync(path, gen.toCsv(gen.agencyTable({ agencies: n, years, provinces: 76, items: true, abbreviateLater: true })));
  return path;
};
// Peak memory and CPU time (all threads) of the command's own process, written when it exits: on a
// shared machine the CPU time says what the wall time would be with the cores to itself.
const preload = join(work, 'usage.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.ITA_BENCH_RSS, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1e6}`); });\n",
);

function timed(label, args) {
  const rss = join(work, 'rss.txt');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', preload, join(root, 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ITA_BENCH_RSS: rss },
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr.split('\n').slice(-5).join('\n'));
    throw new Error(`${label} failed (exit ${r.status})`);
  }
  const [kb, cpu] = readFileSync(rss, 'utf8').split(' ').map(Number);
  return { seconds, mb: kb / 1024, cpu };
}

const national = table(AGENCIES, YEARS);
const rows = AGENCIES * YEARS.length;
const roll = timed('rollup', ['rollup', national, '--group-by', 'province', '--out', join(work, 'national.xlsx'), '--report', join(work, 'national.docx')]);
const load = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
console.log(
  `roll-up of ${AGENCIES} agencies (${rows} rows, ${YEARS.length} years), workbook and report: ${roll.seconds.toFixed(2)} s wall, ` +
    `${roll.cpu.toFixed(2)} s CPU, peak memory ${roll.mb.toFixed(0)} MB (goal: under 10 s and 1 GB; ${load()})`,
);

const small = table(PACKS, YEARS.slice(1));
const alone = timed('rollup', ['rollup', small, '--out', join(work, 'packs.xlsx')]);
const packs = timed('packs', ['rollup', small, '--out', join(work, 'packs.xlsx'), '--packs', join(work, 'packs'), '--jobs', String(JOBS)]);
const perAgency = ((packs.seconds - alone.seconds) * 1000) / PACKS;
const cpuPerAgency = ((packs.cpu - alone.cpu) * 1000) / PACKS;
console.log(
  `packs of ${PACKS} agencies with --jobs ${JOBS}: ${packs.seconds.toFixed(2)} s in all, ${(packs.seconds - alone.seconds).toFixed(2)} s for the packs, ` +
    `${perAgency.toFixed(1)} ms of wall time per agency (goal: 40 ms or less), ${cpuPerAgency.toFixed(1)} ms of CPU per agency, ` +
    `peak memory ${packs.mb.toFixed(0)} MB (${load()})`,
);
rmSync(work, { recursive: true, force: true });
