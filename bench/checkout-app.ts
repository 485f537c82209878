// A checkout's server app over DATABASE_URL with its caches off, signed in as bench-finance: the detail benches'
// harness (detail-ab-cpu.ts runs two checkouts in one process, detail-inject-cpu.ts one). Each checkout's own
// modules are loaded, so two trees' code can be compared side by side.

/** The app of the checkout at `checkout` (its packages/server/src), ready, and the cookie of a bench-finance session. */
export async function checkoutApp(checkout: string, password: string) {
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
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench-finance', password },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  return { app, database, cookie };
}
