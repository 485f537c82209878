// Seeds a database with the bench's generated forms alone (no other lists), for bench/list-cpu.ts's form
// routes (detail, health, forms.*): orgs as the server bench makes them, FORMS forms (60,000 by default)
// loaded by the server's COPY loader, the bench-finance account, VACUUM ANALYZE. Usage:
//   DATABASE_URL=postgres://…/NEWDB [FORMS=60000] node --import tsx bench/detail-seed.ts
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { analyzeLoadedForms } from '../packages/server/src/features/forms/form-copy.ts';
import { createUser } from '../packages/server/src/features/users/users.service.ts';
import { batchForms, loadBatch, seedOrgTree } from './server-api.bench.ts';

const projects = Number(process.env.FORMS ?? 60_000);
const units = Math.max(10, Math.round(projects / 30));
const database = fromPostgres(process.env.DATABASE_URL!, 4);
await database.migrate();
const system = { actor: null, ip: null };
const { financeOrg, orgIds } = await seedOrgTree(database, units);
for (let start = 0; start < projects; start += 1000)
  await loadBatch(database, batchForms(start, Math.min(1000, projects - start), orgIds, 15));
await analyzeLoadedForms(database.db);
await database.db.transaction((tx) =>
  createUser(tx, system, {
    username: 'bench-finance',
    role: 'finance',
    orgId: financeOrg,
    password: randomBytes(12).toString('base64url'),
  }),
);
await database.db.execute(sql`VACUUM ANALYZE`);
await database.close();
