// Seeds a database for bench/list-cpu.ts and bench/list-ab-cpu.ts with every list's rows: detail-seed.ts's forms
// (orgs as the server bench makes them, FORMS forms — 60,000 by default — by the server's COPY loader), one form
// in twenty published, the other lists as the server bench writes them (province-lists.ts: self-evaluations, a
// monitoring round's entries, budgets, check batches, the audit log), the bench-finance and bench-admin accounts,
// VACUUM ANALYZE. About 11 minutes at load 18 on two cores. Usage:
//   DATABASE_URL=postgres://…/NEWDB [FORMS=60000] node --import tsx bench/list-seed.ts
import { sql } from 'drizzle-orm';
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { REGION } from './province-data.ts';
import { seedLists } from './province-lists.ts';
import { addBenchAccounts, seedBenchForms } from './seed-bench-forms.ts';

const database = fromPostgres(process.env.DATABASE_URL!, 4);
const { financeOrg } = await seedBenchForms(database, Number(process.env.FORMS ?? 60_000));
// As the server bench publishes them.
await database.db.execute(sql`update forms set status = 'published' where abs(hashtext(id::text)) % 20 = 0`);
await seedLists(database, REGION, financeOrg, 2025);
await addBenchAccounts(database, financeOrg, [
  ['bench-finance', 'finance'],
  ['bench-admin', 'admin'],
]);
await database.close();
