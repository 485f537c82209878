// Seeds a database with the bench's generated forms alone (no other lists), for bench/list-cpu.ts's form
// routes (detail, health, forms.*): orgs as the server bench makes them, FORMS forms (60,000 by default)
// loaded by the server's COPY loader, the bench-finance account, VACUUM ANALYZE. Usage:
//   DATABASE_URL=postgres://…/NEWDB [FORMS=60000] node --import tsx bench/detail-seed.ts
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { addBenchAccounts, seedBenchForms } from './seed-bench-forms.ts';

const database = fromPostgres(process.env.DATABASE_URL!, 4);
const { financeOrg } = await seedBenchForms(database, Number(process.env.FORMS ?? 60_000));
await addBenchAccounts(database, financeOrg, [['bench-finance', 'finance']]);
await database.close();
