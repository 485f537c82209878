// Seeds a database for the public disclosure page's benches (disclosure-ab.ts): the server bench's org tree and
// forms (FORMS, 3,000 by default: the page reads no form), and a 部门预算公开 published for each of its 100
// departments as the server bench publishes them (ten generated forms each, the page rendered and stored).
//   DATABASE_URL=postgres://…/NEWDB [FORMS=3000] node --import tsx bench/disclosure-seed.ts
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { insertPublication } from '../packages/server/src/features/disclosures/disclosures.repo.ts';
import { addBenchAccounts, seedBenchForms } from './seed-bench-forms.ts';
import { project, REGION } from './province-data.ts';

const database = fromPostgres(process.env.DATABASE_URL!, 4);
const { financeOrg, deptIds } = await seedBenchForms(database, Number(process.env.FORMS ?? 3000));
for (const [d, orgId] of deptIds.entries())
  await insertPublication(database.db, {
    regionCode: REGION,
    orgId,
    year: 2025,
    generation: 1,
    content: {
      disclosure: { title: `部门${d}2025年部门预算公开`, year: 2025, department: `部门${d}` },
      forms: Array.from({ length: 10 }, (_, k) => project(d * 10 + k, `部门${d}`, 15)),
      budget: { department: `部门${d}` },
    },
    findings: [],
    budgetVersion: 1,
  });
await addBenchAccounts(database, financeOrg, [['bench-finance', 'finance']]);
await database.close();
