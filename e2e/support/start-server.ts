// Starts the real server (node --import tsx packages/server/src/main.ts) on a free port with a temporary
// PGlite folder and the demo city; returns its URL and the demo passwords it prints once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  passwords: Record<string, string>;
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startServer(root: string, timeoutMs = 240_000): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO: 'true',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise<void>((r) => {
        const t = setTimeout(() => (child.kill('SIGKILL'), r()), 10_000);
        child.once('exit', () => (clearTimeout(t), r()));
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!out.includes('Jixiao server:')) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`server did not start:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const passwords: Record<string, string> = {};
  for (const m of out.matchAll(/^\s+(filler|reviewer|finance|admin)\s+(\S+)\s+(\S+)\s/gm))
    passwords[m[2]!] = m[3]!;
  return { url: `http://127.0.0.1:${port}`, passwords, output: () => out, stop };
}
