// JIXIAO_TEST_CPU=<file>: each test file's CPU-seconds (user + system of its worker process and of the
// processes it started and waited for: servers, LibreOffice, the CLI) appended to <file> as
// `cpu-s <tab> wall-s <tab> path`, to find the expensive files on a machine shared with other work, where
// wall times mislead. Counted from the file's first hook to its last: its imports and collection are not.
// Linux only (/proc/self/stat).
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

/** Clock ticks a second (USER_HZ, 100 on Linux). */
const TICKS = 100;

function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // After the command name in parentheses: state is field 0, utime 11, stime 12, cutime 13, cstime 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS;
}

const log = process.env.JIXIAO_TEST_CPU;
if (log) {
  let cpu = 0;
  let wall = 0;
  beforeAll(() => {
    cpu = cpuSeconds();
    wall = performance.now();
  });
  afterAll(() => {
    const spent = (cpuSeconds() - cpu).toFixed(2);
    const took = ((performance.now() - wall) / 1000).toFixed(1);
    appendFileSync(log, `${spent}\t${took}\t${expect.getState().testPath ?? '?'}\n`);
  });
}
