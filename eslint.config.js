// ESLint flat config: typescript-eslint recommended, plus the I/O seam of core (STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import featureCycles from './scripts/eslint/feature-cycles.js';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'data/**', '**/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts written in plain JavaScript.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net'],
              message: 'core is pure: no I/O (ARCHITECTURE.md).',
            },
            {
              group: [
                '@jixiao/documents',
                '@jixiao/documents/*',
                '@jixiao/server',
                '@jixiao/server/*',
                '@jixiao/web',
                '@jixiao/web/*',
                '**/documents/src/**',
                '**/server/src/**',
                '**/web/src/**',
              ],
              message: 'core imports nothing from the other packages.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'core takes time as an argument.' }],
    },
  },
  {
    // No import cycle anywhere: a feature that needs another's piece takes it from a shared room
    // (server/src/shared, storage, http), never in a loop (issue 15).
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx'] } },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // No loop between the server's feature folders either, through whichever files (issue 15).
    files: ['packages/server/src/features/**/*.ts'],
    plugins: { local: featureCycles },
    rules: { 'local/no-feature-cycle': 'error' },
  },
  {
    files: ['packages/documents/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@jixiao/server', '@jixiao/server/*', '@jixiao/web', '@jixiao/web/*'],
              message: 'documents imports core only (ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@jixiao/web', '@jixiao/web/*'],
              message: 'the server imports documents and core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.ts', 'packages/web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@jixiao/server', '@jixiao/server/*', '@jixiao/documents', '@jixiao/documents/*'],
              message: 'the web imports core only (the contract is @jixiao/core/contracts).',
            },
            { group: ['**/server/src/**', '**/documents/src/**'], message: 'the web imports core only.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Vitest runs with isolate: false, so a test file imported by another registers its tests in whichever file
      // loads it first in that worker: counted twice or not at all. Helpers shared by tests live in plain modules.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/\\.test(\\.tsx?)?$/]',
          message:
            'Do not import a test file: move what it shares into a helper module (test-files.ts and the like).',
        },
      ],
    },
  },
);
