// The login rate limit is held in the database: two server processes over one database share it,
// and a window that is over starts again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';
import type { Database } from '../db/client.ts';
import { countRequest, pruneRateLimits } from './db-rate-limit-store.ts';

describe.each(storageDrivers)('database rate-limit store on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('counts requests in a window and starts a new one when it is over', async () => {
    expect(await countRequest(database.db, 'k1', 60_000)).toMatchObject({ current: 1 });
    const second = await countRequest(database.db, 'k1', 60_000);
    expect(second.current).toBe(2);
    expect(second.ttl).toBeGreaterThan(50_000);
    expect(second.ttl).toBeLessThanOrEqual(60_000);
    await countRequest(database.db, 'k2', 1);
    await new Promise((r) => setTimeout(r, 20));
    expect((await countRequest(database.db, 'k2', 1)).current).toBe(1);
    await pruneRateLimits(database.db, 0);
    expect((await countRequest(database.db, 'k1', 60_000)).current).toBe(1);
  });

  it('is shared by two server processes over the same database', async () => {
    const config = testConfig({ loginRatePerMinute: 4 });
    const a = await buildApp({ config, database });
    const b = await buildApp({ config, database });
    try {
      const attempt = (app: typeof a) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'wrong-password' },
          remoteAddress: '10.1.2.3',
        });
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await attempt(a)).statusCode, (await attempt(b)).statusCode);
      // Four attempts are allowed in all, whichever process receives them; the rest are refused.
      expect(codes.filter((c) => c === 401)).toHaveLength(4);
      const refused = await attempt(a);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().message).toMatch(/请求过于频繁/);
      // Another address is not affected.
      const other = await a.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'wrong-password' },
        remoteAddress: '10.1.2.4',
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
