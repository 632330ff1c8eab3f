/**
 * The project's ESLint rules fire where they guard something: text handed to ESLint on stdin under
 * a real file name, so the config for that folder (and the sidebar's type information) applies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runOnStdin } from '../tools/stdin-tool';

/** `line rule` for each problem ESLint reports in `text` linted as the file `name` (status 1: problems found). */
function lint(name: string, text: string): string[] {
  const out = runOnStdin('eslint/bin/eslint.js', ['--stdin', '--stdin-filename', name, '-f', 'json'], text, [0, 1]);
  const [file] = JSON.parse(out) as { messages: { line: number; ruleId: string }[] }[];
  return file.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('ESLint', () => {
  test('no code run from a string, and no unused variable, in core', () => {
    const text = [
      "export const a = eval('1 + 1');",
      "export const b = new Function('return 1');",
      'const unused = 2;',
      'export const kept = ({ drop, ...rest }: { drop: number; keep: number }) => rest;',
      'export const tail = (_first: number, second: number) => second;',
    ].join('\n');
    expect(lint('src/core/probe.ts', text)).toEqual(['1 no-eval', '2 no-new-func', '3 @typescript-eslint/no-unused-vars']);
  });

  test('a server call in the sidebar whose promise nobody handles', () => {
    const rpc = readFileSync(join(root, 'sidebar/rpc.ts'), 'utf8');
    const lines = rpc.split('\n').length;
    const text = `${rpc}\ncall('getSidebarState');\nvoid call('getSidebarState');\ncall('getSidebarState').catch(() => undefined);\n`;
    expect(lint('sidebar/rpc.ts', text)).toEqual([`${lines + 1} @typescript-eslint/no-floating-promises`]);
  }, 120000);
});
