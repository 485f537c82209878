// Browser tests: `npx vitest run --config e2e/vitest.config.ts` (the root config picks up packages only).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.test.ts'],
    // Hang guards, not expected times: a browser test on a loaded 2-core machine is slow, not stuck.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits on a state; its default (1 s) is a time, and a loaded machine takes longer.
    expect: { poll: { timeout: 60_000 } },
    pool: 'forks',
    // The demo city, seeded once and copied for each file's server.
    globalSetup: ['e2e/support/global-setup.ts'],
    // JIXIAO_TEST_CPU=<file> logs each file's CPU-seconds (scripts/test-cpu-setup.ts).
    setupFiles: process.env.JIXIAO_TEST_CPU ? ['scripts/test-cpu-setup.ts'] : [],
  },
});
