// Seeds a database for bench/list-cpu.ts and bench/list-ab-cpu.ts with every list's rows: detail-seed.ts's forms
// (orgs as the server bench makes them, FORMS forms — 60,000 by default — by the server's COPY loader), one form
// in twenty published, the other lists as the server bench writes them (province-lists.ts: self-evaluations, a
// monitoring round's entries, budgets, check batches, the audit log), the bench-finance and bench-admin accounts,
// VACUUM ANALYZE. About 11 minutes at load 18 on two cores. Usage:
//   DATABASE_URL=postgres://…/NEWDB [FORMS=60000] node --import tsx bench/list-seed.ts
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { analyzeLoadedForms } from '../packages/server/src/features/forms/form-copy.ts';
import { createUser } from '../packages/server/src/features/users/users.service.ts';
import { batchForms, loadBatch, REGION, seedOrgTree } from './server-api.bench.ts';
import { seedLists } from './province-lists.ts';

const projects = Number(process.env.FORMS ?? 60_000);
const units = Math.max(10, Math.round(projects / 30));
const database = fromPostgres(process.env.DATABASE_URL!, 4);
await database.migrate();
const system = { actor: null, ip: null };
const { financeOrg, orgIds } = await seedOrgTree(database, units);
for (let start = 0; start < projects; start += 1000)
  await loadBatch(database, batchForms(start, Math.min(1000, projects - start), orgIds, 15));
await analyzeLoadedForms(database.db);
// As the server bench publishes them.
await database.db.execute(sql`update forms set status = 'published' where abs(hashtext(id::text)) % 20 = 0`);
await seedLists(database, REGION, financeOrg, 2025);
for (const [username, role] of [
  ['bench-finance', 'finance'],
  ['bench-admin', 'admin'],
] as const)
  await database.db.transaction((tx) =>
    createUser(tx, system, {
      username,
      role,
      orgId: financeOrg,
      password: randomBytes(12).toString('base64url'),
    }),
  );
await database.db.execute(sql`VACUUM ANALYZE`);
await database.close();
