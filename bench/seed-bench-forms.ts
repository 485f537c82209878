// The bench's generated forms in a database of their own, for the seed scripts of the CPU benches
// (detail-seed.ts, list-seed.ts): migrated, orgs as the server bench makes them, `projects` forms loaded by the
// server's COPY loader in batches of 1,000, analysed. The accounts are made by `addBenchAccounts` once the rest
// is in.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../packages/server/src/db/client.ts';
import { analyzeLoadedForms } from '../packages/server/src/features/forms/form-copy.ts';
import { createUser } from '../packages/server/src/features/users/users.service.ts';
import { batchForms, loadBatch, seedOrgTree } from './province-data.ts';

/** Loads `projects` forms over a unit a 30 of them; returns the finance org and the units' ids. */
export async function seedBenchForms(database: Database, projects: number) {
  const units = Math.max(10, Math.round(projects / 30));
  await database.migrate();
  const tree = await seedOrgTree(database, units);
  for (let start = 0; start < projects; start += 1000)
    await loadBatch(database, batchForms(start, Math.min(1000, projects - start), tree.orgIds, 15));
  await analyzeLoadedForms(database.db);
  return tree;
}

/** The accounts the benches sign in as (each with a random password a bench sets again), then VACUUM ANALYZE. */
export async function addBenchAccounts(
  database: Database,
  financeOrg: string,
  accounts: ReadonlyArray<readonly [string, 'finance' | 'admin']>,
) {
  const system = { actor: null, ip: null };
  for (const [username, role] of accounts)
    await database.db.transaction((tx) =>
      createUser(tx, system, {
        username,
        role,
        orgId: financeOrg,
        password: randomBytes(12).toString('base64url'),
      }),
    );
  await database.db.execute(sql`VACUUM ANALYZE`);
}
