// The demo city's budgets: a department whose seed is a whole 部门预算公开 gets its budget data derived from
// it, the disclosure generated from that budget with the department's approved forms, and published.
import { budgetFromDisclosure, type Disclosure, type Form } from '@jixiao/core';
import type { Executor } from '../db/client.ts';
import { saveBudget } from '../features/budgets/budgets.repo.ts';
import { insertPublication, upsertDisclosure } from '../features/disclosures/disclosures.repo.ts';
import { buildDisclosure } from '../features/disclosures/disclosures.service.ts';

/** Returns the year published, or null when the forms hold no disclosure with tables. */
export async function seedDemoBudget(
  tx: Executor,
  regionCode: string,
  orgId: string,
  forms: readonly Form[],
  now: Date,
): Promise<number | null> {
  const source = forms.find(
    (f): f is Disclosure => f.kind === 'disclosure' && f.tables.length > 0 && f.year !== null,
  );
  if (!source) return null;
  const budget = budgetFromDisclosure(source, forms);
  const row = await saveBudget(tx, regionCode, orgId, budget, null, 1);
  if (!row) throw new Error(`演示预算已存在：${budget.department} ${budget.year}`);
  const published = forms.filter((f) => f.kind !== 'disclosure');
  const { disclosure, findings } = buildDisclosure(budget, published);
  const d = await upsertDisclosure(tx, {
    regionCode,
    budgetId: row.id,
    orgId,
    year: budget.year,
    content: { disclosure, forms: published, budget },
    findings,
    budgetVersion: 1,
  });
  await insertPublication(tx, {
    regionCode,
    orgId,
    year: budget.year,
    generation: d.generation,
    content: d.content,
    findings,
    budgetVersion: 1,
    publishedBy: null,
    publishedAt: now,
  });
  return budget.year;
}
