// The administrators' commands against a real database folder (PGlite) and, when DATABASE_URL is
// set, a fresh PostgreSQL database: org add, user add (password printed once), backup, restore.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, drivers } from '../test-support/test-database.ts';
import { run as orgAdd } from './org-add.ts';
import { run as userAdd } from './user-add.ts';
import { run as backup } from './backup.ts';
import { run as restore } from './restore.ts';

describe.each(drivers)('admin commands on %s', (driver) => {
  let dir: string;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  let closeDb: (() => Promise<void>) | undefined;
  let out: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jx-cli-'));
    if (driver === 'postgres') {
      const database = await createTestDatabase('postgres');
      process.env.DATABASE_URL = database.url;
      closeDb = () => database.close();
    } else {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = join(dir, 'data');
    }
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  }, 120_000);
  afterEach(() => {
    out = [];
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await closeDb?.();
    process.env.DATABASE_URL = saved.DATABASE_URL;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    process.env.DATA_DIR = saved.DATA_DIR;
    if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds organisations and users, refusing bad arguments', { timeout: 120_000 }, async () => {
    expect(await orgAdd(['--name', '某市财政局', '--kind', 'finance'])).toBe(0);
    expect(await orgAdd(['--name', '某部门', '--kind', 'department', '--parent', '某市财政局'])).toBe(0);
    expect(await orgAdd(['--name', '某单位', '--kind', 'unit', '--parent', '某市财政局/某部门'])).toBe(0);
    expect(await orgAdd(['--name', '重复', '--kind', 'nonsense'])).toBe(1);
    expect(await orgAdd(['--name', '孤儿', '--kind', 'unit', '--parent', '不存在'])).toBe(1);
    out = [];
    expect(await userAdd(['--username', 'alice', '--role', 'filler', '--org', '某单位'])).toBe(0);
    const line = out.find((l) => l.includes('初始密码'));
    expect(line).toMatch(/初始密码（只显示这一次）: \S{12,}/);
    expect(await userAdd(['--username', 'alice', '--role', 'filler', '--org', '某单位'])).toBe(1);
    expect(await userAdd(['--username', 'bob', '--role', 'king', '--org', '某单位'])).toBe(1);
  });

  it('backs up and restores', { timeout: 120_000 }, async () => {
    const file = join(dir, 'b.gz');
    expect(await backup([file])).toBe(0);
    expect(await backup([file])).toBe(1); // never overwrites
    expect(await restore([file])).toBe(1); // not empty
    expect(await restore([file, '--force'])).toBe(0);
    expect(out.join('\n')).toMatch(/已恢复 \d+ 行/);
    expect(await restore([join(dir, 'missing.gz')])).toBe(1);
  });

  it('says so when the database cannot be opened', { timeout: 60_000 }, async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    try {
      out = [];
      expect(await backup([join(dir, 'never.gz')])).toBe(1);
      expect(out.join('\n')).toMatch(/无法连接数据库/);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
