// The run command: `node --import tsx packages/server/src/main.ts` starts on a new PGlite folder,
// seeds the demo city (passwords printed once), answers, and exits cleanly on SIGTERM (PGlite closed).
import type { ChildProcess } from 'node:child_process';
import { pgliteEnv, startMain } from './test-support/start-main.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('the run command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-main-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on PGlite with the demo data and stops on SIGTERM', { timeout: 660_000 }, async () => {
    const server = await startMain(pgliteEnv(join(dir, 'data')));
    child = server.child;
    const { url, output: out } = server;
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
