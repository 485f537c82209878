import { defineConfig } from 'vitest/config';

// Two projects: the packages' unit and API tests, and the browser tests in e2e/ (longer time limits).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'packages',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          // A hang guard only: on a busy 2-core machine a PGlite start-up or a Chromium print can take tens of seconds.
          testTimeout: 90_000,
          pool: 'forks',
        },
      },
      'e2e/vitest.config.ts',
    ],
  },
});
