// SQL for self-evaluations (with project name and unit), and the latest monitoring entry of a project.
import { and, asc, desc, eq, notExists } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { forms, monitoringEntries, monitoringRounds, orgs, selfEvaluations } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeWhere } from '../evaluation-common/evaluation-scope.ts';
import {
  findProjectRow,
  flattenProjectRow,
  listApprovedForms,
  selectProjectRows,
  versionedWrite,
  type WithProjectNames,
} from '../evaluation-common/project-rows.ts';

export type EvaluationRow = typeof selfEvaluations.$inferSelect;
export type EvaluationWithNames = WithProjectNames<EvaluationRow>;

export async function insertEvaluation(ex: Executor, row: typeof selfEvaluations.$inferInsert) {
  const [r] = await ex.insert(selfEvaluations).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findEvaluation(
  ex: Executor,
  id: string,
  lock = false,
): Promise<EvaluationWithNames | undefined> {
  return findProjectRow(ex, selfEvaluations, id, lock);
}

export async function listEvaluations(ex: Executor, actor: Actor, year: number | undefined) {
  const rows = await selectProjectRows(ex, selfEvaluations)
    .where(
      and(
        year === undefined ? undefined : eq(selfEvaluations.year, year),
        scopeWhere(actor, selfEvaluations.orgId),
      ),
    )
    .orderBy(desc(selfEvaluations.year), asc(orgs.name), asc(forms.name));
  return rows.map((r) => flattenProjectRow<EvaluationRow>(r));
}

/** Writes a self-evaluation only if it is still at `version` (optimistic concurrency). */
export const updateEvaluation = versionedWrite(selfEvaluations);

/** Approved project forms in the actor's scope without a self-evaluation for `year`. */
export async function listCandidates(ex: Executor, actor: Actor, year: number) {
  return listApprovedForms(
    ex,
    ['project', 'department'],
    year,
    and(
      scopeWhere(actor, forms.orgId),
      notExists(
        ex
          .select({ one: selfEvaluations.id })
          .from(selfEvaluations)
          .where(and(eq(selfEvaluations.formId, forms.id), eq(selfEvaluations.year, year))),
      ),
    ),
  );
}

/** The latest monitoring entry of a project in a year (its forecasts seed the actuals, R-MON-06). */
export async function latestMonitoring(ex: Executor, formId: string, year: number) {
  const [row] = await ex
    .select({ data: monitoringEntries.data })
    .from(monitoringEntries)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringEntries.roundId))
    .where(and(eq(monitoringEntries.formId, formId), eq(monitoringRounds.year, year)))
    .orderBy(desc(monitoringRounds.month), desc(monitoringRounds.createdAt))
    .limit(1);
  return row;
}
