// The demo city: seeded once into a new database, the seed files kept, one account per role with a
// random password that works; and the API documentation is served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { queryRows, type Database } from '../db/client.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';
import { seedDemo } from './seed-demo.ts';

describe.each(storageDrivers)('demo data on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('seeds a new database once, with working demo accounts', { timeout: 120_000 }, async () => {
    const result = await seedDemo(database);
    expect(result).not.toBeNull();
    expect(result!.accounts.map((a) => a.role).sort()).toEqual([
      'admin',
      'filler',
      'filler',
      'finance',
      'reviewer',
      'reviewer',
      'reviewer',
    ]);
    // One reviewer per 主管部门, each at its department.
    expect(result!.accounts.filter((a) => a.role === 'reviewer').map((a) => [a.username, a.org])).toEqual([
      ['demo-reviewer', '鄂州市行政审批局'],
      ['demo-reviewer-data', '鄂州市数据局'],
      ['demo-reviewer-dxh', '武汉市东西湖区行政审批局'],
    ]);
    for (const a of result!.accounts) expect(a.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(result!.accounts.map((a) => a.password)).size).toBe(7);
    // A monitoring round is open for the approved projects (issue 6).
    const entries = await queryRows<{ n: string | number }>(
      database.db,
      sql`select count(*) as n from monitoring_entries`,
    );
    expect(Number(entries[0]!.n)).toBeGreaterThan(0);
    expect(await seedDemo(database)).toBeNull();

    const orgs = await queryRows<{ name: string }>(database.db, sql`select name from orgs`);
    for (const name of ['鄂州市行政审批局', '鄂州市数据局', '武汉市东西湖区行政审批局'])
      expect(orgs.map((o) => o.name)).toContain(name);
    const files = await queryRows<{ n: string | number }>(database.db, sql`select count(*) as n from files`);
    expect(Number(files[0]!.n)).toBe(5);

    const app = await buildApp({ config: testConfig(), database });
    try {
      const filler = result!.accounts.find((a) => a.role === 'filler')!;
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: filler.username, password: filler.password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'jx_session')!;
      const list = await app.inject({
        method: 'GET',
        url: '/api/forms',
        headers: { cookie: `jx_session=${cookie.value}` },
      });
      expect(list.statusCode).toBe(200);
      for (const f of list.json().items) expect(f.orgName).toBe('鄂州市行政审批局（本级）');
      const pub = await app.inject({ method: 'GET', url: '/api/public/forms' });
      expect(pub.statusCode).toBe(200);
      // The department whose seed is a whole 部门预算公开 has its budget imported and the disclosure published.
      const disclosures = (await app.inject({ method: 'GET', url: '/api/public/disclosures' })).json().items;
      expect(disclosures.map((d: { department: string; year: number }) => [d.department, d.year])).toEqual([
        ['武汉市东西湖区行政审批局', 2020],
      ]);
      const published = (await app.inject({ method: 'GET', url: disclosures[0].api })).json();
      expect(published.disclosure.figures.income).toBe('4804.64');
      expect(published.forms.length).toBe(6);

      const docs = await app.inject({ method: 'GET', url: '/api/docs' });
      expect([200, 302]).toContain(docs.statusCode);
      const openapi = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(openapi.statusCode).toBe(200);
      const doc = openapi.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(doc.paths['/api/forms/{id}']).toBeDefined();
      expect(doc.paths['/api/forms']['post'].requestBody).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
