// Two processes of one server (here two apps over one database, as each worker of SERVER_WORKERS builds its own):
// a session revoked in one — a logout, an administrator's change of the account — is refused by the other at
// once, although the other had it in its session cache for minutes more.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { createTestApp, sessionFor, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { decodeSessionChange, encodeSessionChange } from './session-announce.ts';

describe('the session channel’s payloads', () => {
  it('carry a token, a user or everything, and read anything else as everything', () => {
    for (const change of [{ token: 'abc' }, { user: 'u-1' }, 'all'] as const)
      expect(decodeSessionChange(encodeSessionChange(change))).toEqual(change);
    expect(decodeSessionChange('t:')).toBe('all');
    expect(decodeSessionChange('something else')).toBe('all');
  });
});

describe.each(drivers)('sessions across two processes on %s', (driver) => {
  const keptFiveMinutes = { sessionCacheSeconds: 300 };
  let ctx: TestContext;
  let other: FastifyInstance;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: keptFiveMinutes });
    other = await buildApp({ config: testConfig(keptFiveMinutes), database: ctx.database });
    await other.ready();
  }, 120_000);
  afterAll(async () => {
    await other?.close();
    await ctx?.close();
  });
  /** The other process's answer to `/api/auth/me` with this session's cookie. */
  const meThere = async (cookie: string) =>
    (await other.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode;

  it('a logout in one is refused by the other', async () => {
    const session = await ctx.login('fillerA1', ctx.accounts.fillerA1.password);
    expect(await meThere(session.cookie)).toBe(200); // kept by the other process now
    expect((await session.post('/api/auth/logout')).statusCode).toBe(200);
    await vi.waitFor(async () => expect(await meThere(session.cookie)).toBe(401), { timeout: 5000 });
  });

  it('an account disabled in one is signed out of the other', async () => {
    const filler = await ctx.login('fillerB1', ctx.accounts.fillerB1.password);
    expect(await meThere(filler.cookie)).toBe(200);
    const admin = await ctx.as('admin');
    const disabled = await admin.request('PATCH', `/api/users/${ctx.accounts.fillerB1.id}`, {
      disabled: true,
    });
    expect(disabled.statusCode).toBe(200);
    await vi.waitFor(async () => expect(await meThere(filler.cookie)).toBe(401), { timeout: 5000 });
    // The session works in neither (the first process forgot it itself).
    const again = sessionFor(ctx.app, filler.cookie, filler.csrfToken);
    expect((await again.get('/api/auth/me')).statusCode).toBe(401);
  });
});
