/**
 * The layer rules of .dependency-cruiser.cjs (run by `npm run deps` in `npm test`): the real tree
 * passes, and a copy of it with a forbidden import planted fails naming the rule.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(dir: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [CRUISE, 'src', 'sidebar', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A copy of the tree depcruise reads, changed by `plant`. */
function plantedCopy(plant: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-deps-'));
  for (const entry of ['src', 'sidebar', 'tsconfig.base.json', '.dependency-cruiser.cjs']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  plant(dir);
  return dir;
}

describe('the layer rules', () => {
  test('the tree as it is passes', () => {
    const r = cruise(ROOT);
    expect(r.out).toContain('no dependency violations found');
    expect(r.status).toBe(0);
  });

  test('a core file importing src/gas and node:fs, and a floor-0 module importing the layout, fail', () => {
    const dir = plantedCopy((d) => {
      writeFileSync(
        join(d, 'src/core/planted.ts'),
        "import { readFileSync } from 'node:fs';\nimport { today } from '../gas/sheets-io';\nexport const planted = [today, readFileSync];\n",
      );
      appendFileSync(join(d, 'src/core/errors.ts'), "\nexport type { SheetSpec as Planted } from './layout/model';\n");
    });
    try {
      const r = cruise(dir);
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(/error core-stays-pure: src\/core\/planted\.ts → src\/gas\/sheets-io\.ts/);
      expect(r.out).toMatch(/error core-no-node-builtins: src\/core\/planted\.ts → (node:)?fs/);
      expect(r.out).toMatch(/error core-file-without-floor: src\/core\/planted\.ts/);
      expect(r.out).toMatch(/error core-floor-0-up: src\/core\/errors\.ts → src\/core\/layout\/model\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an import cycle fails', () => {
    const dir = plantedCopy((d) => appendFileSync(join(d, 'src/core/grid.ts'), "\nexport { ANALYSIS_SHEET as Planted } from './sheet-names';\n"));
    try {
      writeFileSync(join(dir, 'src/core/sheet-names.ts'), `import type { Grid } from './grid';\nexport type PlantedGrid = Grid;\n`, { flag: 'a' });
      const r = cruise(dir);
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(/error no-circular: src\/core\/(grid|sheet-names)\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
