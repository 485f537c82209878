// The `jixiao` command run inside the test's own process: main() with standard output and error captured.
// A spawned `jixiao` costs a Node start and the whole TypeScript load each time (seconds on a loaded
// machine); the tests that are about the process itself (the bin, its exit status) still spawn it.
import { main } from '../cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `jixiao ...args` in this process; one at a time (standard output is borrowed while it runs). */
export function runCli(...args: string[]): Promise<CliRun> {
  return runCliIn(process.cwd(), ...args);
}

/**
 * Runs `jixiao ...args` in this process as if started in `cwd` (relative paths, the names it prints and the
 * report it writes are taken from there): the working folder is borrowed too, and given back after.
 */
export async function runCliIn(cwd: string, ...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const capture =
    (append: (s: string) => void) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  const startedIn = process.cwd();
  process.stdout.write = capture((s) => (out += s)) as typeof process.stdout.write;
  process.stderr.write = capture((s) => (err += s)) as typeof process.stderr.write;
  try {
    process.chdir(cwd);
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.chdir(startedIn);
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}
