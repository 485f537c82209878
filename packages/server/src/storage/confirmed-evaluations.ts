// The confirmed self-evaluations of given forms, newest year first: read by the self-evaluation history and
// by the forms feature when a form is carried into the next year (so neither feature imports the other).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { selfEvaluations } from '../db/schema.ts';

export async function evaluationsOfForms(ex: Executor, formIds: string[]) {
  if (formIds.length === 0) return [];
  return ex
    .select()
    .from(selfEvaluations)
    .where(and(inArray(selfEvaluations.formId, formIds), eq(selfEvaluations.status, 'confirmed')))
    .orderBy(desc(selfEvaluations.year));
}
