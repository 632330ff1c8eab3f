#!/usr/bin/env node
/**
 * `npm run bench:code` (also the first line of `npm run bench`): how long dist/Code.js takes to
 * evaluate in a fresh Node process, as Apps Script evaluates it before every custom function's call.
 * Each run is a new process (no compile cache); prints the median and the fastest of the runs' wall
 * times and the median CPU time of the evaluation alone: on a machine shared with other work the
 * fastest run and the CPU time say what the wall time is without the others. The bound is 15 ms;
 * this is a measurement, not a test.
 * Options: --runs N (15).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const code = join(root, 'dist/Code.js');
const k = process.argv.indexOf('--runs');
const RUNS = k > 0 ? Number(process.argv[k + 1]) : 15;
const BOUND_MS = 15;

spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });

// Read first, then time compiling and running the script in an empty context (no services: the
// evaluation must not touch any).
const probe = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const text = readFileSync(process.argv[1], 'utf8');
const context = vm.createContext({});
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
new vm.Script(text, { filename: 'Code.js' }).runInContext(context);
const wall = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));
`;

const walls = [];
const cpus = [];
for (let r = 0; r < RUNS; r++) {
  const out = spawnSync(process.execPath, ['-e', probe, code], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`evaluating ${code} failed:\n${out.stderr}`);
  const { wall, cpu } = JSON.parse(out.stdout);
  walls.push(wall);
  cpus.push(cpu);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = statSync(code).size / 1024;
const wall = median(walls);
const fastest = Math.min(...walls);
console.log(
  `dist/Code.js ${kb.toFixed(0)} KB evaluates in ${wall.toFixed(1)} ms (median of ${RUNS} fresh processes; fastest ${fastest.toFixed(1)} ms; ` +
    `CPU ${median(cpus).toFixed(1)} ms; bound ${BOUND_MS} ms: median ${wall < BOUND_MS ? 'within' : 'OVER'}, fastest ${fastest < BOUND_MS ? 'within' : 'OVER'}; ` +
    `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
);
