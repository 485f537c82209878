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

export function startMain(env: Record<string, string | undefined>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), 100_000);
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
