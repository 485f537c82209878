// The run command as a server of two processes (SERVER_WORKERS=2, node:cluster) on PostgreSQL: both serve one
// session, a logout in one is refused by the other at once, a form saved through one is read anew by the other,
// login failures count across them, the scheduled clean-up runs once, a worker that dies is started again, and
// SIGTERM stops every process. Each request goes on a connection of its own, which the primary hands to the
// workers in turn. Needs DATABASE_URL.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOrg } from '../features/orgs/orgs.service.ts';
import { createUser } from '../features/users/users.service.ts';
import { generatePassword } from '../features/auth/password.ts';
import { printed, startMain, type RunningServer } from '../test-support/start-main.ts';
import { createTestDatabase, postgresUrl } from '../test-support/test-database.ts';
import type { Database } from '../db/client.ts';
import { sampleProject } from '../test-support/sample-forms.ts';

interface Answer {
  status: number;
  body: string;
  cookie: string | undefined;
}

/** One request on a new connection (closed after it): successive requests reach the workers in turn. */
function ask(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
) {
  return new Promise<Answer>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      `${base}${path}`,
      {
        method,
        agent: false,
        headers: {
          ...headers,
          connection: 'close',
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            body: text,
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.runIf(postgresUrl())('a server of two processes on PostgreSQL', () => {
  const password = generatePassword();
  let database: Database;
  let server: RunningServer;
  let base: string;
  let log = '';
  const workerPids = (text: string) =>
    [...text.matchAll(/服务进程 (\d+) 已(?:重新)?启动/g)].map((m) => Number(m[1]));
  const signIn = async () => {
    const r = await ask(base, 'POST', '/api/auth/login', {}, { username: 'cluster-filler', password });
    expect(r.status).toBe(200);
    return { cookie: r.cookie!, csrf: (JSON.parse(r.body) as { csrfToken: string }).csrfToken };
  };
  /** The statuses of `n` requests for the signed-in account, each on a new connection. */
  const statusesOf = async (cookie: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await ask(base, 'GET', '/api/auth/me', { cookie })).status);
    return out;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const system = { actor: null, ip: null };
    const root = await createOrg(database.db, system, { name: '测试市财政局', kind: 'finance' });
    const unit = await createOrg(database.db, system, { name: '测试单位', kind: 'unit', parentId: root.id });
    await createUser(database.db, system, {
      username: 'cluster-filler',
      role: 'filler',
      orgId: unit.id,
      password,
    });
    server = await startMain({
      ...process.env,
      DATABASE_URL: (database as Database & { url: string }).url,
      SERVER_WORKERS: '2',
      DEMO: 'false',
      PORT: '0',
      LOG_LEVEL: 'warn',
      IMPORT_WORKERS_WARM: 'false',
      // Kept five minutes: a revoked session refused at once can only have been heard, not timed out.
      SESSION_CACHE_SECONDS: '300',
      FORM_CACHE_SECONDS: '300',
      LOCKOUT_THRESHOLD: '2',
    });
    base = server.url;
    // Everything it prints from now on, beside what it printed until it listened.
    log = server.output;
    server.child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    server.child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  }, 660_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    for (const pid of workerPids(log)) if (running(pid)) process.kill(pid, 'SIGKILL');
    await database?.close();
  });

  it('starts two workers and runs the scheduled clean-up once, in the primary', () => {
    expect(new Set(workerPids(server.output)).size).toBe(2);
    expect(server.output).toMatch(/2 个服务进程/);
    const rounds = [...server.output.matchAll(/定时清理 \(scheduled clean-up, pid (\d+)\)/g)];
    expect(rounds.map((m) => Number(m[1]))).toEqual([server.child.pid]);
  });

  it('serves one session from both workers, and a logout in one is refused by both at once', async () => {
    const { cookie, csrf } = await signIn();
    expect(await statusesOf(cookie, 4)).toEqual([200, 200, 200, 200]); // each worker keeps it now
    const out = await ask(base, 'POST', '/api/auth/logout', { cookie, 'x-csrf-token': csrf });
    expect(out.status).toBe(200);
    await vi.waitFor(async () => expect(await statusesOf(cookie, 4)).toEqual([401, 401, 401, 401]), {
      timeout: 5000,
    });
  });

  it('reads a form saved through one worker anew in the other, which had it kept', async () => {
    const { cookie, csrf } = await signIn();
    const write = { cookie, 'x-csrf-token': csrf };
    const created = await ask(base, 'POST', '/api/forms', write, {
      form: sampleProject({ name: '两个进程' }),
    });
    expect(created.status, created.body).toBe(201);
    const { meta, form } = JSON.parse(created.body) as { meta: { id: string }; form: object };
    const names = async () => {
      const out: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await ask(base, 'GET', `/api/forms/${meta.id}`, { cookie });
        out.push((JSON.parse(r.body) as { form: { name: string } }).form.name);
      }
      return out;
    };
    expect(await names()).toEqual(['两个进程', '两个进程', '两个进程', '两个进程']); // kept by each worker
    const saved = await ask(base, 'PUT', `/api/forms/${meta.id}`, write, {
      baseVersion: 1,
      form: { ...form, name: '两个进程（改）' },
    });
    expect(saved.status, saved.body).toBe(200);
    await vi.waitFor(async () => expect(new Set(await names())).toEqual(new Set(['两个进程（改）'])), {
      timeout: 5000,
    });
  });

  it('starts again a worker that dies, logging it, and goes on serving', async () => {
    const [victim] = workerPids(log);
    const restarted = printed(server, /已重新启动/);
    process.kill(victim!, 'SIGKILL');
    await restarted;
    const statuses = await Promise.all([1, 2, 3, 4].map(() => ask(base, 'GET', '/api/health')));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 200]);
  });

  it('counts login failures across the workers', async () => {
    const wrong = { username: 'cluster-filler', password: `${password}x` };
    // Two failures, one in each worker: alone, each worker would have seen one, under the threshold of two.
    expect((await ask(base, 'POST', '/api/auth/login', {}, wrong)).status).toBe(401);
    expect((await ask(base, 'POST', '/api/auth/login', {}, wrong)).status).toBe(401);
    const third = await ask(base, 'POST', '/api/auth/login', {}, { username: 'cluster-filler', password });
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body)).toMatchObject({ code: 'login-throttled' });
  });

  it('stops every process on SIGTERM', { timeout: 120_000 }, async () => {
    const exited = new Promise<number | null>((resolve) => server.child.on('exit', (code) => resolve(code)));
    const pids = workerPids(log);
    expect(pids.filter(running)).toHaveLength(2); // the survivor and the one started again
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pids.filter(running)).toEqual([]);
  });
});
