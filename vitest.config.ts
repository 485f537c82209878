import { defineConfig } from 'vitest/config';

// Two projects: the packages' unit and API tests, and the browser tests in e2e/ (longer time limits).
export default defineConfig({
  test: {
    // Three test files at a time on a 2-core machine: many tests wait on PostgreSQL, Chromium or a worker
    // thread, and two workers left the CPU half idle (measured: 22 CPU-minutes in 21 minutes of wall time).
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'packages',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          // A hang guard only: on a busy 2-core machine a PGlite start-up or a Chromium print can take tens of seconds.
          testTimeout: 90_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // Test files share a worker's loaded modules instead of importing the packages afresh for each of
          // ~250 files: measured on the unit tests, 165 → 71 CPU-seconds, the same tests passing. Nothing here
          // mocks modules (the two files that stub a global restore it), and every file opens its own
          // database, server and browser.
          isolate: false,
          // JIXIAO_TEST_CPU=<file> logs each file's CPU-seconds (scripts/test-cpu-setup.ts).
          setupFiles: process.env.JIXIAO_TEST_CPU ? ['scripts/test-cpu-setup.ts'] : [],
        },
      },
      'e2e/vitest.config.ts',
    ],
  },
});
