// Killing the server (SIGKILL, no chance to clean up) in the middle of saving an import leaves none of its
// forms, and the database opens again: each save is one transaction. The server is stopped at a known state
// — every form of the save written, none committed — by the test-only failpoint `save-before-commit`
// (reliability/failpoint.ts), and killed there. On PGlite (its own data folder) and on PostgreSQL (a fresh
// database) when DATABASE_URL is set.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoFolder } from './demo/seed-demo.ts';
import { pgliteEnv, printed, startMain } from './test-support/start-main.ts';
import { failpointLine } from './reliability/failpoint.ts';
import {
  createTestDatabase,
  migratedPgliteFolder,
  storageDrivers,
  type Driver,
} from './test-support/test-database.ts';
import { openDatabase, type Database } from './db/client.ts';
import { createOrg } from './features/orgs/orgs.service.ts';
import { createUser } from './features/users/users.service.ts';
import { generatePassword } from './features/auth/password.ts';

async function signIn(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}`);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Signs the one account of this test in: its unit, under a finance root, on a database already migrated. */
async function addFiller(db: Database['db'], password: string): Promise<void> {
  const system = { actor: null, ip: null };
  const root = await createOrg(db, system, { name: '测试市财政局', kind: 'finance' });
  const unit = await createOrg(db, system, { name: '测试单位', kind: 'unit', parentId: root.id });
  await createUser(db, system, { username: 'crash-filler', role: 'filler', orgId: unit.id, password });
}

/**
 * A server environment on a new database of the driver holding one filler account. No demo city: seeding
 * it (fifteen imports, seven password hashes) was most of this test's time and none of what it checks.
 */
async function serverEnv(driver: Driver, dir: string, cleanups: (() => Promise<void>)[], password: string) {
  if (driver === 'pglite') {
    const dataDir = join(dir, 'data');
    await migratedPgliteFolder(dataDir);
    const database = await openDatabase({ dataDir });
    try {
      await addFiller(database.db, password);
    } finally {
      await database.close();
    }
    return { ...pgliteEnv(dataDir), DEMO: 'false' };
  }
  const database = await createTestDatabase('postgres');
  // The server opens its own pool; this handle only drops the database at the end.
  cleanups.push(() => database.close());
  await addFiller(database.db, password);
  return { ...process.env, DATABASE_URL: database.url, DEMO: 'false', PORT: '0', LOG_LEVEL: 'warn' };
}

describe.each(storageDrivers)('crash safety on %s', (driver) => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-crash-'));
  const children: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const c of cleanups) await c();
    rmSync(dir, { recursive: true, force: true });
  });

  // The limit is a hang guard: two server starts on a loaded 2-core machine.
  it(
    'a save killed with every form written and none committed leaves none of them',
    { timeout: 300_000 },
    async () => {
      const password = generatePassword();
      const env = await serverEnv(driver, dir, cleanups, password);
      let server = await startMain({ ...env, NODE_ENV: 'test', JIXIAO_FAILPOINT: 'save-before-commit' });
      children.push(server.child);
      // One document holding a project form three times, under three names: a save of three forms in one transaction.
      const seed = readFileSync(
        demoFolder + readdirSync(demoFolder).find((f) => f.startsWith('001_'))!,
        'utf8',
      );
      const names = ['甲', '乙', '丙'].map((n) => `政务服务提升工作经费${n}`);
      const document = names.map((name) => seed.replace('政务服务提升工作经费', name)).join('\n');

      const session = await signIn(server.url, 'crash-filler', password);
      const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
      const body = new FormData();
      body.append('file', new Blob([document]), 'three.txt');
      const res = await fetch(`${server.url}/api/imports`, { method: 'POST', headers, body });
      expect(res.status).toBe(201);
      const preview = (await res.json()) as { fileId: string; forms: { name: string }[] };
      expect(preview.forms.map((f) => names.findIndex((n) => f.name.includes(n)))).toEqual([0, 1, 2]);
      const save = (url: string, h: Record<string, string>) =>
        fetch(`${url}/api/imports/${preview.fileId}/save`, {
          method: 'POST',
          headers: { ...h, 'content-type': 'application/json' },
          body: '{}',
        });
      const formNames = async (url: string, h: Record<string, string>) => {
        const list = await fetch(`${url}/api/forms?limit=100`, { headers: h });
        const page = (await list.json()) as { total: number; items: { name: string }[] };
        return { total: page.total, names: page.items.map((f) => f.name) };
      };
      expect((await formNames(server.url, headers)).total).toBe(0);

      // The save stops at the failpoint, in its transaction, and the server is killed there.
      const stopped = printed(server, new RegExp(failpointLine('save-before-commit')));
      const inFlight = save(server.url, headers).then(
        (r) => r.status,
        () => 'killed',
      );
      await stopped;
      const exited = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGKILL');
      await exited;
      expect(await inFlight).toBe('killed');

      // Started again (the failpoint unarmed): nothing of the killed save, and the same upload saves whole.
      server = await startMain(env);
      children.push(server.child);
      const again = await signIn(server.url, 'crash-filler', password);
      const h = { cookie: again.cookie, 'x-csrf-token': again.csrfToken };
      expect(await formNames(server.url, h)).toEqual({ total: 0, names: [] });
      const saved = await save(server.url, h);
      expect(saved.status).toBe(201);
      const after = await formNames(server.url, h);
      expect(after.total).toBe(preview.forms.length);
      expect(after.names.sort()).toEqual(preview.forms.map((f) => f.name).sort());
      const exitedCleanly = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGTERM');
      expect(await exitedCleanly).toBe(0);
    },
  );
});
