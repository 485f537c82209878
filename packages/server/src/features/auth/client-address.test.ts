// The client address behind a proxy: only the listed proxies' X-Forwarded-For is believed, and from the
// right, so rotating the leftmost entry (which the client writes itself) does not escape the login limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

describe('TRUST_PROXY', () => {
  it('is a list of proxies: true means a proxy on this host, false none; anything else is refused', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'fd00::/8',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/配置错误[\s\S]*proxy\.example/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/配置错误/);
  });
});

describe.each(drivers)('client address behind a proxy on %s', (driver) => {
  let ctx: TestContext;
  const limit = 3;
  beforeAll(async () => {
    const { trustProxy } = loadConfig({ TRUST_PROXY: 'true' });
    ctx = await createTestApp(driver, { config: { trustProxy, loginRatePerMinute: limit } });
    ctx.app.get('/api/test/ip', { config: { access: 'public' } }, async (request) => ({ ip: request.ip }));
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const attempt = (forwardedFor: string, remoteAddress = '127.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'wrong-password' },
      headers: { 'x-forwarded-for': forwardedFor },
      remoteAddress,
    });

  it('counts a client rotating the leftmost X-Forwarded-For as one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < limit + 2; i++)
      statuses.push((await attempt(`198.51.100.${i}, 203.0.113.7`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const other = await attempt('203.0.113.8');
    expect(other.statusCode).toBe(401); // another client is not blocked
  });

  it('takes the address from the right, and believes nothing from a sender that is not a listed proxy', async () => {
    const ip = async (xff: string, remoteAddress: string) =>
      (
        await ctx.app.inject({ url: '/api/test/ip', headers: { 'x-forwarded-for': xff }, remoteAddress })
      ).json().ip as string;
    expect(await ip('1.2.3.4, 203.0.113.9', '127.0.0.1')).toBe('203.0.113.9');
    expect(await ip('1.2.3.4, 203.0.113.9, 127.0.0.1', '127.0.0.1')).toBe('203.0.113.9');
    expect(await ip('1.2.3.4', '203.0.113.50')).toBe('203.0.113.50');
  });
});
