#!/usr/bin/env node
// The project's test command: runs vitest, then prints one plain line `N passed, N failed` (what CI reads)
// and exits non-zero on any failure.
//
// Order: the web build first (the browser tests drive it), then the static checks and vitest side by side.
// The tests wait on PostgreSQL, Chromium, LibreOffice and worker threads much of the time, so on a 2-core
// machine the static checks fill what the tests leave idle instead of running before them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Only the bundling: the web package's own `build` script also type-checks it (tsc -p packages/web), which
// the statics below do beside the tests — running it here too type-checked the web app twice, on the
// critical path before the tests start.
const build = ['build web (vite build)', ['npm', 'exec', '-w', '@jixiao/web', '--', 'vite', 'build']];
// Each counted as one test: strict types and lint rules (the layering and the I/O seam of core).
const statics = [
  ['lint (eslint)', ['npx', 'eslint', '.']],
  ['format (prettier --check)', ['npx', 'prettier', '--check', '.']],
  ['typecheck (tsc --noEmit, strict)', ['npx', 'tsc', '-p', 'tsconfig.json']],
  ['typecheck web (tsc -p packages/web)', ['npx', 'tsc', '-p', 'packages/web']],
  ['typecheck e2e (tsc -p e2e)', ['npx', 'tsc', '-p', 'e2e']],
];
const withStatics = !process.argv.includes('--no-static');

/** Runs a command to its end, keeping what it printed. */
function runCaptured([bin, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(bin, args);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ status: 1, output: String(e) }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs a command with its output on this terminal. */
function runInherited([bin, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: 'inherit', env: process.env });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

const results = [];
const record = (name, r) => results.push({ name, ...r });

if (withStatics) record(build[0], await runCaptured(build[1]));

const dir = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
// JIXIAO_TEST_REPORT=<file> keeps vitest's JSON report (per-file and per-test durations) for measuring the suite.
// JIXIAO_TEST_CPU=<file> appends each test file's CPU-seconds to <file> (scripts/test-cpu-setup.ts): wall times
// mislead on a shared machine.
const report = process.env.JIXIAO_TEST_REPORT || join(dir, 'vitest.json');
const passThrough = process.argv.slice(2).filter((a) => a !== '--no-static');
const vitestArgs = [
  'npx',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...passThrough,
];

const staticsDone = (async () => {
  if (!withStatics) return;
  for (const [name, cmd] of statics) record(name, await runCaptured(cmd));
})();
const vitestStatus = await runInherited(vitestArgs);
await staticsDone;

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} catch {
  failed = Math.max(failed, 1); // no report: vitest itself failed
}
rmSync(dir, { recursive: true, force: true });
if (vitestStatus !== 0 && failed === 0) failed = 1;

process.stdout.write('\n');
for (const r of results) {
  if (r.status === 0) {
    passed++;
    process.stdout.write(`✓ ${r.name}\n`);
  } else {
    failed++;
    process.stdout.write(`✗ ${r.name}\n${r.output.replace(/.*Unknown user config "nodedir".*\n/g, '')}\n`);
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
