// The run command: `node --import tsx packages/server/src/main.ts` starts on a new PGlite folder,
// seeds the demo city (passwords printed once), answers, and exits cleanly on SIGTERM (PGlite closed).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const mainFile = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('the run command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-main-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on PGlite with the demo data and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATA_DIR: join(dir, 'data'),
      PORT: '0',
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    delete env.DEMO;
    child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line:\n${out}`)), 100_000);
      child!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Jixiao server: (http:\/\/[^/]+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child!.on('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
    });
    expect(out).toMatch(/demo-filler\s+\S{16}/);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
    const password = /demo-finance\s+(\S{16})/.exec(out)![1]!;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-finance', password }),
    });
    expect(login.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
