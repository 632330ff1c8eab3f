/**
 * Prettier's options are the code's own (single quotes, lines up to 160 columns), and the README's
 * hand-wrapped Thai tables are left alone: text handed to Prettier on stdin under a real file name.
 */
import { runOnStdin } from '../tools/stdin-tool';

const format = (name: string, text: string) => runOnStdin('prettier/bin/prettier.cjs', ['--stdin-filepath', name], text);

describe('Prettier', () => {
  test('keeps a call of 120 columns on one line, with single quotes', () => {
    const call = `export const line = describeRow({ sheet: 'แผนมาตรการ ITA', row: 12, column: 'ผู้รับผิดชอบ', value: 'สำนักปลัด' }, 'th');\n`;
    expect(call.length).toBeGreaterThan(100);
    expect(format('src/core/probe.ts', call.replace(/'/g, '"'))).toBe(call);
  });

  test('breaks a call past 160 columns', () => {
    const args = Array.from({ length: 16 }, (_, i) => `argument${i}`).join(', ');
    expect(format('src/core/probe.ts', `f(${args});\n`).split('\n')).toHaveLength(16 + 3);
  });

  test('leaves Markdown alone', () => {
    const table = '| ลักษณะ | ครบกำหนด |\n|---|---|\n| งานครั้งเดียว | ภายใน 1 เดือน |\n';
    expect(format('README.md', table)).toBe(table);
  });
});
