// ESLint flat config: typescript-eslint recommended, plus the I/O seam of core (STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net'], message: 'core is pure: no I/O (ARCHITECTURE.md).' },
            { group: ['@jixiao/documents', '@jixiao/server', '@jixiao/web'], message: 'core imports nothing from the other packages.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'core takes time as an argument.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
