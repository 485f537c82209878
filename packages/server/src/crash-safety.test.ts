// Killing the server (SIGKILL, no chance to clean up) in the middle of saving an import leaves
// either every form of it or none, and the database opens again: each save is one transaction. On PGlite
// (its own data folder) and on PostgreSQL (a fresh database) when DATABASE_URL is set.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoFolder } from './demo/seed-demo.ts';
import { pgliteEnv, startMain } from './test-support/start-main.ts';
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

  // The limit is a hang guard: two server starts and two imports of forty forms took 252 s of the former
  // 300 s on a loaded 2-core machine.
  it('a save killed half-way leaves all of its forms or none', { timeout: 600_000 }, async () => {
    const password = generatePassword();
    const env = await serverEnv(driver, dir, cleanups, password);
    let server = await startMain(env);
    children.push(server.child);
    // One document holding many copies of a project form: a save of many forms in one transaction.
    const seed = readFileSync(
      demoFolder + readdirSync(demoFolder).find((f) => f.startsWith('004_'))!,
      'utf8',
    );
    let copies = 0; // the number of forms in the document, as the preview reports it
    const big = Array.from({ length: 40 }, (_, i) => seed.replace('政务服务工作', `政务服务工作${i}`)).join(
      '\n',
    );

    const session = await signIn(server.url, 'crash-filler', password);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const upload = async () => {
      const body = new FormData();
      body.append('file', new Blob([big]), 'many.txt');
      const res = await fetch(`${server.url}/api/imports`, { method: 'POST', headers, body });
      expect(res.status).toBe(201);
      const preview = (await res.json()) as { fileId: string; forms: unknown[] };
      expect(preview.forms.length).toBeGreaterThanOrEqual(40);
      copies = preview.forms.length;
      return preview.fileId;
    };
    const countForms = async (url: string, h: Record<string, string>) => {
      const res = await fetch(`${url}/api/forms?limit=1`, { headers: h });
      return ((await res.json()) as { total: number }).total;
    };
    const before = await countForms(server.url, headers);

    // A full save, timed, so that the next one can be killed about half-way.
    const first = await upload();
    const t0 = performance.now();
    const saved = await fetch(`${server.url}/api/imports/${first}/save`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(saved.status).toBe(201);
    const fullSave = performance.now() - t0;
    expect(await countForms(server.url, headers)).toBe(before + copies);

    const second = await upload();
    const inFlight = fetch(`${server.url}/api/imports/${second}/save`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => 'killed');
    await new Promise((r) => setTimeout(r, fullSave / 2));
    const exited = new Promise((resolve) => server.child.on('exit', resolve));
    server.child.kill('SIGKILL');
    await exited;
    await inFlight;

    server = await startMain(env);
    children.push(server.child);
    const again = await signIn(server.url, 'crash-filler', password);
    const after = await countForms(server.url, { cookie: again.cookie, 'x-csrf-token': again.csrfToken });
    expect([before + copies, before + 2 * copies]).toContain(after);
    const exitedCleanly = new Promise((resolve) => server.child.on('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exitedCleanly).toBe(0);
  });
});
