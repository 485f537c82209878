#!/usr/bin/env node
// The project's test command: runs vitest, then prints one plain line `N passed, N failed` (what CI reads)
// and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Static checks first, each counted as one test: strict types and lint rules (the I/O seam of core).
const statics = [
  ['lint (eslint)', ['eslint', '.']],
  ['typecheck (tsc --noEmit, strict)', ['tsc', '-p', 'tsconfig.json']],
  ['typecheck web (tsc -p packages/web)', ['tsc', '-p', 'packages/web']],
  ['typecheck e2e (tsc -p e2e)', ['tsc', '-p', 'e2e']],
  // The browser tests in e2e/ drive the built web app.
  ['build web (vite build)', ['npm', 'run', 'build', '-w', '@jixiao/web']],
];
let staticPassed = 0;
let staticFailed = 0;
if (!process.argv.includes('--no-static')) {
  // Each static check runs on one core: two at a time use both of a 2-core machine.
  const results = await runAtMost(2, statics, ([, cmd]) => {
    const [bin, ...rest] = cmd[0] === 'npm' ? cmd : ['npx', ...cmd];
    return runCommand(bin, rest);
  });
  statics.forEach(([name], i) => {
    const r = results[i];
    if (r.status === 0) {
      staticPassed++;
      process.stdout.write(`✓ ${name}\n`);
    } else {
      staticFailed++;
      process.stdout.write(`✗ ${name}\n${r.output.replace(/.*Unknown user config "nodedir".*\n/g, '')}\n`);
    }
  });
}

/** Runs a command to its end, keeping what it printed. */
function runCommand(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(bin, args);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ status: 1, output: String(e) }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Maps items through an async function, at most `limit` at once, keeping their order. */
async function runAtMost(limit, items, fn) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const dir = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
const report = join(dir, 'vitest.json');
const passThrough = process.argv.slice(2).filter((a) => a !== '--no-static');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...passThrough];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

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
passed += staticPassed;
failed += staticFailed;
const status = run.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
