// Starts the real run command (`main.ts`) as a child process and waits for its start line, for the
// tests that need a whole server process (start-up, demo seeding, signals, crashes).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const mainFile = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface RunningServer {
  child: ChildProcess;
  /** http://host:port */
  url: string;
  /** What the server printed until it was listening (the demo passwords among it). */
  output: string;
}

/**
 * Longest a start may take before the test gives up: a hang guard only. Seeding the demo city on a loaded
 * 2-core machine took past the 100 s this was, and the run-command test failed on time, not on behaviour.
 */
const START_HANG_GUARD_MS = 600_000;

export function startMain(env: Record<string, string | undefined>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    // The readers at the test's own priority: at nice 10 an upload's reading got about a tenth of the CPU
    // of each other busy process, and on a shared machine the crash test's imports outlasted its time limit.
    // One process unless a test asks for several: `auto` would run several on PostgreSQL where the host has the
    // cores, and a test that kills "the server" must kill the process that holds its request.
    env: { IMPORT_WORKER_NICE: '0', SERVER_WORKERS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start line:\n${output}`));
    }, START_HANG_GUARD_MS);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /Jixiao server: (http:\/\/[^/]+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

/** The environment of a server on its own new PGlite folder, quiet, on a free port. */
export function pgliteEnv(dataDir: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.DEMO;
  return env;
}

/**
 * Resolves when the server prints a line matching `pattern` from now on (standard output or error); rejects
 * if the server exits first. Waits on the server's own word about its state, never on a time.
 */
export function printed(server: RunningServer, pattern: RegExp): Promise<void> {
  const { child } = server;
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = () => {
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
      child.off('exit', onExit);
    };
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) {
        done();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`the server exited (${code}) before printing ${pattern}:\n${seen}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', onExit);
  });
}
