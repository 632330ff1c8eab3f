/** `--help`, `-h`, `help`, `COMMAND --help` and `--version`: usage on stdout, exit code 0, nothing run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runBuilt, EXAMPLE } from './helpers';

const version = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version as string;

describe('ita-analysis help', () => {
  test.each([['--help'], ['-h'], ['help']])('%s lists every command with an example, exit 0', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const command of ['analyze', 'report', 'progress', 'framework', 'rollup']) expect(r.out).toContain(`ita-analysis ${command} `);
    expect(r.out.match(/ตัวอย่าง \/ example: /g)).toHaveLength(5);
    expect(r.out).toContain('วิธีใช้ / usage:');
    expect(r.out.split('\n')[0]).toBe(`ita-analysis ${version}: วิเคราะห์ผล ITA และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส / ITA analysis and measures plan`);
  });

  test.each([
    [['analyze', '--help'], 'ita-analysis analyze INPUT.xlsx'],
    [['report', '-h'], 'ita-analysis report WORKBOOK.xlsx'],
    [['progress', '--help'], 'ita-analysis progress WORKBOOK.xlsx'],
    [['framework', '--help'], 'ita-analysis framework [--year N]'],
    [['help', 'progress'], 'ita-analysis progress WORKBOOK.xlsx'],
    [['analyze', EXAMPLE, '--help'], 'ita-analysis analyze INPUT.xlsx'],
  ])('%j prints that command only', async (args, first) => {
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('วิธีใช้ / usage:');
    expect(lines[1].startsWith(first)).toBe(true);
    expect(lines.filter((l) => l.startsWith('ita-analysis '))).toHaveLength(1);
    expect(lines[lines.length - 1]).toMatch(/^ {2}ตัวอย่าง \/ example: ita-analysis /);
  });

  test('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, out: `ita-analysis ${version}\n`, err: '' });
  });

  test('an unknown command points to --help', async () => {
    const r = await run(['anlyze', EXAMPLE]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('ไม่รู้จักคำสั่ง "anlyze" (ดูวิธีใช้ด้วย ita-analysis --help) / Unknown command "anlyze" (ita-analysis --help lists the commands)\n');
  });

  test('the built dist/cli.js: --help and --version exit 0', () => {
    const help = runBuilt(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('ita-analysis progress WORKBOOK.xlsx');
    expect(runBuilt(['--version'])).toEqual({ code: 0, out: `ita-analysis ${version}\n`, err: '' });
  });
});
