// SQL for self-evaluations (with project name and unit), and the latest monitoring entry of a project.
import { and, asc, desc, eq, inArray, isNull, notExists, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { forms, monitoringEntries, monitoringRounds, orgs, selfEvaluations } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeWhere } from '../evaluation-common/evaluation-scope.ts';

export type EvaluationRow = typeof selfEvaluations.$inferSelect;
export type EvaluationWithNames = EvaluationRow & {
  projectName: string;
  projectCode: string | null;
  kind: string;
  orgName: string;
  orgPath: string;
};

const columns = {
  ev: selfEvaluations,
  projectName: forms.name,
  projectCode: forms.code,
  kind: forms.kind,
  orgName: orgs.name,
  orgPath: orgs.path,
};
const flatten = (r: {
  ev: EvaluationRow;
  projectName: string;
  projectCode: string | null;
  kind: string;
  orgName: string;
  orgPath: string;
}) => ({
  ...r.ev,
  projectName: r.projectName,
  projectCode: r.projectCode,
  kind: r.kind,
  orgName: r.orgName,
  orgPath: r.orgPath,
});

export async function insertEvaluation(ex: Executor, row: typeof selfEvaluations.$inferInsert) {
  const [r] = await ex.insert(selfEvaluations).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findEvaluation(
  ex: Executor,
  id: string,
  lock = false,
): Promise<EvaluationWithNames | undefined> {
  const q = ex
    .select(columns)
    .from(selfEvaluations)
    .innerJoin(forms, eq(forms.id, selfEvaluations.formId))
    .innerJoin(orgs, eq(orgs.id, selfEvaluations.orgId))
    .where(eq(selfEvaluations.id, id))
    .limit(1);
  const rows = lock ? await q.for('update', { of: selfEvaluations }) : await q;
  return rows[0] ? flatten(rows[0]) : undefined;
}

export async function listEvaluations(ex: Executor, actor: Actor, year: number | undefined) {
  const rows = await ex
    .select(columns)
    .from(selfEvaluations)
    .innerJoin(forms, eq(forms.id, selfEvaluations.formId))
    .innerJoin(orgs, eq(orgs.id, selfEvaluations.orgId))
    .where(
      and(
        year === undefined ? undefined : eq(selfEvaluations.year, year),
        scopeWhere(actor, selfEvaluations.orgId),
      ),
    )
    .orderBy(desc(selfEvaluations.year), asc(orgs.name), asc(forms.name));
  return rows.map(flatten);
}

export async function updateEvaluation(
  ex: Executor,
  id: string,
  version: number,
  set: Partial<typeof selfEvaluations.$inferInsert>,
) {
  const rows = await ex
    .update(selfEvaluations)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(selfEvaluations.id, id), eq(selfEvaluations.version, version)))
    .returning();
  return rows[0];
}

/** Approved project forms in the actor's scope without a self-evaluation for `year`. */
export async function listCandidates(ex: Executor, actor: Actor, year: number) {
  return ex
    .select({
      id: forms.id,
      name: forms.name,
      code: forms.code,
      year: forms.year,
      orgId: forms.orgId,
      orgName: orgs.name,
      status: forms.status,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(
      and(
        inArray(forms.kind, ['project', 'department']),
        inArray(forms.status, ['approved', 'published']),
        or(eq(forms.year, year), isNull(forms.year)),
        scopeWhere(actor, forms.orgId),
        notExists(
          ex
            .select({ one: selfEvaluations.id })
            .from(selfEvaluations)
            .where(and(eq(selfEvaluations.formId, forms.id), eq(selfEvaluations.year, year))),
        ),
      ),
    )
    .orderBy(asc(orgs.name), asc(forms.name));
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

