// ESLint 10 flat config with typescript-eslint 8. `npm run lint`, and part of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's globals for the build scripts and jest's own config files (plain JS, no tsconfig). */
const node = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};
const commonjs = { module: 'writable', require: 'readonly', __dirname: 'readonly', __filename: 'readonly' };

export default defineConfig(
  { ignores: ['dist/', 'out/', 'coverage/', '.tsbuild/', 'node_modules/', 'test/.artifacts/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // No code is ever run from a string (the Apps Script bundle included).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // A leading underscore marks a parameter or element kept for its position (callbacks, tuples);
      // `({ source, ...rest }) => rest` is how the code leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Type-aware rules where a lost promise means a button that never leaves its busy state. Only
    // the sidebar: type-aware linting of every folder took 77 s on this 2-core machine, 22 s without.
    files: ['sidebar/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The recording fake stands in for Apps Script's chained builders through a Proxy: untyped on purpose.
    files: ['test/gas/fake-sheets.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: node } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { ...node, ...commonjs } } },
);
