/**
 * The shape of the code, checked by dependency-cruiser in `npm test` (`npm run deps`).
 * Layers: core is pure TypeScript; the edges (gas, cli, sidebar, report-docx) import core, never
 * the other way. Inside core, every file stands on one floor and imports only its own floor or
 * lower ones (docs/architecture.md says what each floor holds).
 */

/** Core's floors, lowest first: paths relative to src/core, a trailing '/' meaning a whole folder. */
const FLOORS = [
  // 0: cells and words every module needs.
  ['grid.ts', 'sheet-names.ts', 'numbers.ts', 'dates.ts', 'thai-date.ts', 'errors.ts', 'thai-months.ts', 'file-name.ts'],
  // 1: what a workbook holds and how it reads: editions, frameworks, the score sheet, the forms of our sheets.
  [
    'editions/',
    'reading/',
    'framework/',
    'worth/',
    'worth.ts',
    'score.ts',
    'rating.ts',
    'score-sheet.ts',
    'sheet-input.ts',
    'settings.ts',
    'our-sheets.ts',
    'forms/',
  ],
  // 2: the analysis and the advice it picks.
  [
    'advice/',
    'analysis.ts',
    'analysis-types.ts',
    'analysis-items.ts',
    'analysis-checks.ts',
    'narrative.ts',
    'path-summary.ts',
    'custom-functions.ts',
    'divisions.ts',
    'vocabulary.ts',
  ],
  // 3: what is built from an analysis: plan, earlier years, follow-up, report, layouts, roll-up.
  ['plan/', 'history/', 'progress/', 'report/', 'layout/', 'rollup/', 'season.ts', 'sharing.ts', 'sources.ts'],
  // 4: whole runs, from a workbook's grids to the analysis and its sheets.
  ['pipeline.ts', 'pack.ts'],
];

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathOf = (entry) => `^src/core/${escapeRegex(entry)}${entry.endsWith('/') ? '' : '$'}`;
/** A floor's paths; files listed by name on another floor leave their folder's floor. */
const floorRule = (n) => {
  const own = FLOORS[n].map(pathOf);
  const elsewhere = FLOORS.flatMap((entries, k) => (k === n ? [] : entries.filter((e) => !e.endsWith('/')).map(pathOf)));
  return { path: own, pathNot: FLOORS[n].some((e) => e.endsWith('/')) ? elsewhere : [] };
};

const upward = [];
for (let n = 0; n < FLOORS.length - 1; n++) {
  const above = [];
  for (let k = n + 1; k < FLOORS.length; k++) above.push(floorRule(k));
  const from = floorRule(n);
  for (const to of above) {
    upward.push({
      name: `core-floor-${n}-up`,
      comment: `A module on core's floor ${n} imports one on a higher floor (docs/architecture.md).`,
      severity: 'error',
      from: { path: from.path, ...(from.pathNot.length ? { pathNot: from.pathNot } : {}) },
      to: { path: to.path, ...(to.pathNot.length ? { pathNot: to.pathNot } : {}) },
    });
  }
}

const unplaced = {
  name: 'core-file-without-floor',
  comment: 'Every core file stands on a floor: add it to FLOORS in .dependency-cruiser.cjs.',
  severity: 'error',
  from: { path: '^src/core/', pathNot: FLOORS.flat().map(pathOf) },
  to: {},
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make the order of evaluation matter and hide which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stays-pure',
      comment: 'Core runs in Apps Script, Node and the browser alike: no edge, no Node built-in.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/gas/', '^src/cli/', '^src/report-docx/', '^sidebar/'] },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'Core runs in Apps Script and the browser too.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'report-docx-no-edges',
      comment: 'The .docx renderer runs in the sidebar and the command line: it knows neither.',
      severity: 'error',
      from: { path: '^src/report-docx/' },
      to: { path: ['^src/gas/', '^src/cli/'] },
    },
    unplaced,
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    // Type-only imports count: a type from a higher floor ties the floors as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
