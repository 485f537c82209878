// Sign-in: cookie flags, CSRF token, lockout after repeated failures, logout, password change,
// the login rate limit, and the audit trail of it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

describe.each(drivers)('auth on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: { lockoutThreshold: 3, loginRatePerMinute: 30 } });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });
  const login = (
    username: string,
    password: string,
    headers: Record<string, string> = {},
    remoteAddress?: string,
  ) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      headers,
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('signs in with an httpOnly SameSite cookie, Secure behind TLS, and returns a CSRF token', async () => {
    const res = await login('fillerA1', ctx.accounts.fillerA1.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'jx_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(res.json()).toMatchObject({ username: 'fillerA1', role: 'filler', org: { name: '单位A1' } });
    expect(res.json().csrfToken).toMatch(/\S{20,}/);
    expect(res.json()).not.toHaveProperty('passwordHash');
    const tls = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'fillerA2', password: ctx.accounts.fillerA2.password },
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '127.0.0.1',
    });
    // without TRUST_PROXY the forwarded header is not believed
    expect(tls.cookies.find((c) => c.name === 'jx_session')!.secure).toBeFalsy();
  });

  it('sets the Secure flag behind a TLS proxy when TRUST_PROXY is on', { timeout: 60_000 }, async () => {
    const behindProxy = await createTestApp(driver, { config: { trustProxy: ['127.0.0.1'] } });
    try {
      const acc = behindProxy.accounts.fillerA1;
      const res = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: acc.username, password: acc.password },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'jx_session')!.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('refuses wrong passwords and unknown users alike; repeated failures slow down, never lock out', async () => {
    const unknown = await login('nobody', 'whatever-password');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('bad-credentials');
    const wrong = await login('fillerA2', 'wrong-password', {}, '192.0.2.50');
    expect(wrong.json()).toEqual(unknown.json());
    // an administrator resets the password; the user signs in with it
    const admin = await ctx.as('admin');
    const reset = await admin.post(`/api/users/${ctx.accounts.fillerA2.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await login('fillerA2', reset.json().generatedPassword, {}, '192.0.2.51')).statusCode).toBe(200);
  });

  it('logs out: the session no longer works', async () => {
    const s = await ctx.login('fillerB1', ctx.accounts.fillerB1.password);
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
    const out = await s.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('changes the password: old one refused, other sessions ended', async () => {
    const acc = ctx.accounts.reviewerB;
    const s1 = await ctx.login(acc.username, acc.password);
    const s2 = await ctx.login(acc.username, acc.password);
    expect(
      (await s1.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'a-new-password-1' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await s1.post('/api/auth/password', { currentPassword: acc.password, newPassword: 'short' })).json()
        .code,
    ).toBe('weak-password');
    const ok = await s1.post('/api/auth/password', {
      currentPassword: acc.password,
      newPassword: 'a-new-password-1',
    });
    expect(ok.statusCode).toBe(200);
    expect((await s1.get('/api/auth/me')).statusCode).toBe(200);
    expect((await s2.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(acc.username, acc.password)).statusCode).toBe(401);
    expect((await login(acc.username, 'a-new-password-1')).statusCode).toBe(200);
  });

  it('rate-limits login attempts per address', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
        remoteAddress: '10.9.9.9',
      });
      if (r.statusCode === 429) codes.add(r.json().code as string);
    }
    // Failures are throttled first (login-throttled); past the per-minute limit every request is refused.
    expect(codes.has('rate-limited')).toBe(true);
  });

  it('records sign-ins in the audit log, readable by administrators only', async () => {
    const admin = await ctx.as('admin');
    const res = await admin.get('/api/audit?entity=user&limit=500');
    expect(res.statusCode).toBe(200);
    const actions = res.json().items.map((e: { action: string }) => e.action);
    expect(actions).toContain('login');
    expect(actions).toContain('login-failed');
    expect(actions).toContain('password-change');
    expect((await (await ctx.as('finance')).get('/api/audit')).statusCode).toBe(403);
  });
});
