/**
 * The command line's "today" in two time zones. Jest's sandbox keeps the zone it started with, so
 * the module runs in a child Node with TZ set, compiled from its source as it is.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const source = ts.transpileModule(readFileSync(join(__dirname, '../../src/cli/today.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
}).outputText;

function todayIn(zone: string, instant: string): unknown {
  const script = `const exports = {};\n${source}\nprocess.stdout.write(JSON.stringify(exports.todayHere(new Date('${instant}'))));`;
  const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('"today" on the command line is the machine\'s calendar day', () => {
  test('the same instant is 21 November in Bangkok and 20 November in London', () => {
    expect(todayIn('Asia/Bangkok', '2025-11-20T18:30:00Z')).toEqual({ y: 2025, m: 11, d: 21 });
    expect(todayIn('Europe/London', '2025-11-20T18:30:00Z')).toEqual({ y: 2025, m: 11, d: 20 });
  });
});
