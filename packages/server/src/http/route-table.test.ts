// Every route declares the access it needs (STYLE.md): walk the route table; only the API
// documentation (served by its plugin) is allowed without a declaration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { createTestDatabase, drivers } from '../test-support/test-database.ts';
import Fastify from 'fastify';
import { accessAllowList, installAccessControl, roles } from './access.ts';
import { installErrorHandler } from './error-handler.ts';

describe('route table', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    // The features' driver: PostgreSQL when CI has it, where a copy of the migrated template costs far less
    // CPU than a PGlite start; the route table does not depend on it.
    database = await createTestDatabase(drivers[0]!);
    app = await buildApp({ config: testConfig(), database });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('has an access declaration on every route outside the allow-list', () => {
    expect(app.routeTable.length).toBeGreaterThan(30);
    const undeclared = app.routeTable.filter(
      (r) => r.access === undefined && !accessAllowList.some((re) => re.test(r.url)),
    );
    expect(undeclared).toEqual([]);
    for (const r of app.routeTable) {
      if (Array.isArray(r.access)) for (const role of r.access) expect(roles).toContain(role);
    }
  });

  it('keeps public routes to the short list that needs them', () => {
    const open = app.routeTable
      .filter((r) => r.access === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual([
      'GET /',
      'GET /*',
      'GET /api/health',
      'GET /api/open-data/budgets.csv',
      'GET /api/open-data/budgets.json',
      'GET /api/open-data/datapackage.json',
      'GET /api/open-data/targets.csv',
      'GET /api/open-data/targets.json',
      'GET /api/public/disclosures',
      'GET /api/public/disclosures/:orgId/:year',
      'GET /api/public/disclosures/:orgId/:year/export',
      'GET /api/public/forms',
      'GET /api/public/forms/:id',
      'GET /api/public/forms/:id/export/:format',
      'POST /api/auth/login',
    ]);
  });

  it('refuses a request to a route without a declaration (fail closed)', async () => {
    const bare = Fastify();
    installErrorHandler(bare);
    installAccessControl(bare, async () => null);
    bare.get('/api/forgotten', async () => ({ secret: true }));
    const res = await bare.inject({ method: 'GET', url: '/api/forgotten' });
    expect(res.statusCode).toBe(403);
    expect(res.json().secret).toBeUndefined();
    await bare.close();
  });
});
