// /api/self-evaluations: create from an approved project, fill, import, the workflow steps.
import { z } from 'zod';
import { yearField } from './common.ts';

export const selfEvaluationCreateBody = z.object({ formId: z.uuid(), year: yearField.optional() });
/** A workflow step names the version the actor saw (optimistic concurrency, as for forms). */
export const evaluationTransitionBody = z.object({
  version: z.number().int().positive(),
  opinion: z.string().trim().max(2000).optional(),
});
export type EvaluationTransitionBody = z.input<typeof evaluationTransitionBody>;
