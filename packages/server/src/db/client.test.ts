// The PGlite folder lock: refused while another live process holds it, taken over when stale.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './client.ts';

describe('lockDataDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the lock, writes its pid and releases it', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'jixiao.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'jixiao.lock'))).toBe(false);
  });

  it('refuses a folder held by another live process', () => {
    writeFileSync(join(dir, 'jixiao.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/正被另一个 Jixiao 进程/);
    rmSync(join(dir, 'jixiao.lock'));
  });

  it('takes over a lock left by a process that died', () => {
    writeFileSync(join(dir, 'jixiao.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'jixiao.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
