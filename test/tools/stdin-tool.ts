/** A dev tool from node_modules run on text given on stdin, from the project's root (its config applies). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');

/** The tool's stdout; its stderr as the error when it exits with a status not in `ok`. */
export function runOnStdin(script: string, args: string[], text: string, ok: number[] = [0]): string {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, input: text, encoding: 'utf8' });
  if (r.status === null || !ok.includes(r.status)) throw new Error(r.stderr);
  return r.stdout;
}
