// An app over a fresh database with a small organisation tree and one account per role and place:
//   财政局(root) ─ 部门A ─ 单位A1, 单位A2
//                └ 部门B ─ 单位B1
// `ctx.as(name)` signs in and returns a session that sends the cookie and CSRF token.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Finding, Form } from '@jixiao/core';
import { buildApp } from '../app.ts';
import type { DocumentReader } from '../documents/document-reader.ts';
import { testConfig, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Role } from '../http/access.ts';
import { createOrg } from '../features/orgs/orgs.service.ts';
import { createUser } from '../features/users/users.service.ts';
import { generatePassword } from '../features/auth/password.ts';
import { createTestDatabase, type Driver } from './test-database.ts';

/** The test city's 财政区划代码 (its root's code): every row the tests write is of this region. */
export const TEST_REGION = '429901';

export const orgNames = ['root', 'deptA', 'unitA1', 'unitA2', 'deptB', 'unitB1'] as const;
export type OrgName = (typeof orgNames)[number];

export const accountPlan = {
  fillerA1: { role: 'filler', org: 'unitA1' },
  fillerA2: { role: 'filler', org: 'unitA2' },
  fillerB1: { role: 'filler', org: 'unitB1' },
  fillerDeptA: { role: 'filler', org: 'deptA' },
  reviewerA: { role: 'reviewer', org: 'deptA' },
  reviewerB: { role: 'reviewer', org: 'deptB' },
  finance: { role: 'finance', org: 'root' },
  admin: { role: 'admin', org: 'root' },
} as const satisfies Record<string, { role: Role; org: OrgName }>;
export type AccountName = keyof typeof accountPlan;

export interface Session {
  csrfToken: string;
  cookie: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  orgs: Record<OrgName, string>;
  accounts: Record<
    AccountName,
    { id: string; username: string; password: string; orgId: string; role: Role }
  >;
  as(name: AccountName): Promise<Session>;
  login(username: string, password: string): Promise<Session>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  /** Replaces the real checks (so workflow tests do not depend on which rules exist yet). */
  checkForm?: (form: Form) => Finding[];
  /** The app's clock (throttling, clean-ups). */
  clock?: () => Date;
  /** Reads uploads some other way than the default worker pool (e.g. in-process, to show what the pool prevents). */
  documents?: DocumentReader;
}

export function sessionFor(app: FastifyInstance, cookie: string, csrfToken: string): Session {
  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrfToken },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body),
    put: (url, body) => request('PUT', url, body),
  };
}

export async function createTestApp(driver: Driver, opts: TestAppOptions = {}): Promise<TestContext> {
  const database = await createTestDatabase(driver);
  const config = testConfig({ loginRatePerMinute: 1000, ...opts.config });
  const app = await buildApp({
    config,
    database,
    ...(opts.checkForm ? { checkForm: opts.checkForm } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.documents ? { documents: opts.documents } : {}),
  });
  const system = { actor: null, ip: null };
  const db = database.db;
  const orgs = {} as Record<OrgName, string>;
  const accounts = {} as TestContext['accounts'];
  await db.transaction(async (tx) => {
    orgs.root = (
      await createOrg(tx, system, { name: '测试市财政局', kind: 'finance', code: TEST_REGION })
    ).id;
    orgs.deptA = (await createOrg(tx, system, { name: '部门A', kind: 'department', parentId: orgs.root })).id;
    orgs.unitA1 = (await createOrg(tx, system, { name: '单位A1', kind: 'unit', parentId: orgs.deptA })).id;
    orgs.unitA2 = (await createOrg(tx, system, { name: '单位A2', kind: 'unit', parentId: orgs.deptA })).id;
    orgs.deptB = (await createOrg(tx, system, { name: '部门B', kind: 'department', parentId: orgs.root })).id;
    orgs.unitB1 = (await createOrg(tx, system, { name: '单位B1', kind: 'unit', parentId: orgs.deptB })).id;
    for (const [name, plan] of Object.entries(accountPlan) as [
      AccountName,
      (typeof accountPlan)[AccountName],
    ][]) {
      const password = generatePassword();
      const { user } = await createUser(tx, system, {
        username: name,
        role: plan.role,
        orgId: orgs[plan.org],
        password,
      });
      accounts[name] = { id: user.id, username: name, password, orgId: orgs[plan.org], role: plan.role };
    }
  });
  const login = async (username: string, password: string): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'jx_session');
    return sessionFor(app, `jx_session=${cookie!.value}`, res.json().csrfToken as string);
  };
  const sessions = new Map<AccountName, Session>();
  return {
    app,
    database,
    orgs,
    accounts,
    login,
    as: async (name) => {
      let s = sessions.get(name);
      if (!s) {
        s = await login(name, accounts[name].password);
        sessions.set(name, s);
      }
      return s;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
