// EvaluationDocument: a 自评表 or 监控表 read on its own (kind decides which), and the name findings use for it.
import { z } from 'zod';
import { selfEvaluationDocumentSchema } from './self-evaluation-document.ts';
import { monitoringDocumentSchema } from './monitoring-document.ts';

export const evaluationDocumentSchema = z.discriminatedUnion('kind', [
  selfEvaluationDocumentSchema,
  monitoringDocumentSchema,
]);
export type EvaluationDocument = z.infer<typeof evaluationDocumentSchema>;

/** The name a finding uses for a 自评表 / 监控表: the project (or department) name. */
export function evaluationDocumentName(doc: EvaluationDocument): string {
  return doc.name ?? doc.unit ?? (doc.kind === 'monitoring' ? '（未命名监控表）' : '（未命名自评表）');
}
