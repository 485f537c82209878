// Sign-in throttling: no answer tells whether an account exists, and no one can lock an account out — a
// stream of wrong passwords for 财政 makes its owner wait seconds at most, from any address. An address that
// keeps guessing is slowed down whatever account it tries. The app's clock is moved by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { ACCOUNT_DELAY_CAP_SECONDS, delaySeconds } from './login-throttle.ts';

describe('delaySeconds', () => {
  it('is free up to the threshold, then doubles, up to the cap', () => {
    expect([4, 5, 6, 7, 8, 20].map((n) => delaySeconds(n, 5, 30))).toEqual([0, 1, 2, 4, 8, 30]);
    expect(delaySeconds(1000, 5, 900)).toBe(900);
  });
});

describe.each(drivers)('login throttle on %s', (driver) => {
  let ctx: TestContext;
  let now = Date.parse('2026-03-02T09:00:00Z');
  const threshold = 5;
  beforeAll(async () => {
    ctx = await createTestApp(driver, {
      config: { lockoutThreshold: threshold, lockoutMinutes: 15 },
      clock: () => new Date(now),
    });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });
  const attempt = (username: string, password: string, remoteAddress: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const answer = (r: Awaited<ReturnType<typeof attempt>>) => ({
    status: r.statusCode,
    body: r.json() as object,
  });

  it('answers an existing and an unknown account alike, before and after the threshold', async () => {
    const seen: Record<string, object[]> = { finance: [], 'no-such-user': [] };
    for (const name of Object.keys(seen)) {
      const address = name === 'finance' ? '198.51.100.1' : '198.51.100.2';
      for (let i = 0; i < threshold + 2; i++)
        seen[name]!.push(answer(await attempt(name, 'wrong-password', address)));
    }
    expect(seen.finance).toEqual(seen['no-such-user']);
    expect(seen.finance!.slice(0, threshold)).toEqual(
      Array(threshold).fill({ status: 401, body: { code: 'bad-credentials', message: '用户名或密码错误' } }),
    );
    expect(seen.finance![threshold]).toEqual({
      status: 429,
      body: { code: 'login-throttled', message: '登录失败次数过多，请 1 秒后再试', retryAfterSeconds: 1 },
    });
  });

  it('cannot lock finance out: after a stream of failures the owner waits at most the cap, from anywhere', async () => {
    // An attacker fails on 'finance' as fast as the delays allow, from many addresses.
    let waited = 0;
    for (let i = 0; i < 20; i++) {
      const r = await attempt('finance', 'wrong-password', `203.0.113.${i + 1}`);
      if (r.statusCode === 429) {
        const wait = r.json().retryAfterSeconds as number;
        expect(wait).toBeLessThanOrEqual(ACCOUNT_DELAY_CAP_SECONDS);
        now += wait * 1000;
        waited += wait;
      } else expect(r.statusCode).toBe(401);
    }
    expect(waited).toBeGreaterThan(0);
    // The owner, right after the last failure, is asked to wait at most the cap, never 15 minutes…
    const owner = await attempt('finance', ctx.accounts.finance.password, '192.0.2.10');
    if (owner.statusCode === 429) {
      expect(owner.json().retryAfterSeconds).toBeLessThanOrEqual(ACCOUNT_DELAY_CAP_SECONDS);
      now += ACCOUNT_DELAY_CAP_SECONDS * 1000;
    }
    // …and then signs in.
    expect((await attempt('finance', ctx.accounts.finance.password, '192.0.2.10')).statusCode).toBe(200);
  });

  it('slows an address that guesses at many accounts, and no one else', async () => {
    now += 60 * 60_000; // earlier failures forgotten
    const guesser = '198.51.100.77';
    for (let i = 0; i < threshold; i++)
      expect((await attempt(`user${i}`, 'wrong-password', guesser)).statusCode).toBe(401);
    const blocked = await attempt('fillerA1', ctx.accounts.fillerA1.password, guesser);
    expect([blocked.statusCode, blocked.json().code]).toEqual([429, 'login-throttled']);
    expect((await attempt('fillerA1', ctx.accounts.fillerA1.password, '198.51.100.78')).statusCode).toBe(200);
    now += 2000;
    expect((await attempt('fillerA2', ctx.accounts.fillerA2.password, guesser)).statusCode).toBe(200);
  });
});
