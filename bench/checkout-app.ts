// A checkout's server app over DATABASE_URL with its caches off, signed in as bench-finance: the detail benches'
// harness (detail-ab-cpu.ts runs two checkouts in one process, detail-inject-cpu.ts one). Each checkout's own
// modules are loaded, so two trees' code can be compared side by side.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { fromPostgres, queryRows, type Database } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';

/**
 * A fresh password set for the bench-finance account of the bench's data (and for bench-admin, where the seed
 * made it: list-seed.ts), and the ids of its first 1,000 forms.
 */
export async function benchFinanceLogin() {
  const admin = fromPostgres(process.env.DATABASE_URL!, 2);
  const password = randomBytes(12).toString('base64url');
  const [user] = await queryRows<{ id: string }>(
    admin.db,
    sql`select id from users where username = 'bench-finance'`,
  );
  const hash = await hashPassword(password);
  await setPasswordHash(admin.db, user!.id, hash);
  const [benchAdmin] = await queryRows<{ id: string }>(
    admin.db,
    sql`select id from users where username = 'bench-admin'`,
  );
  if (benchAdmin) await setPasswordHash(admin.db, benchAdmin.id, hash);
  const formIds = (
    await queryRows<{ id: string }>(admin.db, sql`select id from forms order by id limit 1000`)
  ).map((r) => r.id);
  return { admin, password, formIds };
}

/**
 * The app of the checkout at `checkout` (its packages/server/src), ready, and the cookie of a bench-finance
 * session (`adminCookie`: a bench-admin one, empty where there is no such account). `addRoutes` registers a
 * bench's own routes on it before it is ready (list-variants.ts).
 */
export async function checkoutApp(
  checkout: string,
  password: string,
  addRoutes?: (app: FastifyInstance, database: Database) => Promise<void>,
) {
  const server = `${checkout}/packages/server/src`;
  const { buildApp } = (await import(`${server}/app.ts`)) as typeof import('../packages/server/src/app.ts');
  const { testConfig } = (await import(
    `${server}/config.ts`
  )) as typeof import('../packages/server/src/config.ts');
  const { fromPostgres } = (await import(
    `${server}/db/client.ts`
  )) as typeof import('../packages/server/src/db/client.ts');
  const database = fromPostgres(process.env.DATABASE_URL!, 10);
  const app = await buildApp({
    config: testConfig({ loginRatePerMinute: 100000, formCacheSeconds: 0 }),
    database,
  });
  if (addRoutes) await addRoutes(app, database);
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench-finance', password },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const adminLogin = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench-admin', password },
  });
  const adminCookie =
    adminLogin.statusCode === 200 ? String(adminLogin.headers['set-cookie']).split(';')[0]! : '';
  return { app, database, cookie, adminCookie };
}
