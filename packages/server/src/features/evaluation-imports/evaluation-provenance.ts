// Where the values of an uploaded 自评表 / 监控表 stood and which of them the user should confirm beside the
// document before they are written into a project: the reader's sources (documents' evaluation-sources.ts),
// and the values it printed but could not place in the document, or placed without certainty.
import type { EvaluationDocument } from '@jixiao/core';
import { UNSURE_BELOW, type FieldSource } from '@jixiao/documents';
import type { UnsureField } from '@jixiao/core/contracts';

/** The printed values the match card shows, by JSON pointer: the head, the budget and each indicator's row. */
function shownValues(doc: EvaluationDocument): Array<[string, string | null]> {
  const head: Array<[string, string | null]> = [
    ['/name', doc.name],
    ['/unit', doc.unit],
    ['/department', doc.department],
    ['/budget/annual', doc.budget.annual],
    ['/budget/executed', doc.budget.executed],
  ];
  const rows =
    doc.kind === 'monitoring'
      ? doc.indicators.flatMap((ind, n): Array<[string, string | null]> => [
          [`/indicators/${n}/name`, ind.name],
          [`/indicators/${n}/target`, ind.target.raw],
          [`/indicators/${n}/actualToDate`, ind.actualToDate.raw],
          [`/indicators/${n}/deviationReason`, ind.deviationReason],
        ])
      : doc.indicators.flatMap((ind, n): Array<[string, string | null]> => [
          [`/indicators/${n}/name`, ind.name],
          [`/indicators/${n}/target`, ind.target.raw],
          [`/indicators/${n}/actual`, ind.actual.raw],
          [`/indicators/${n}/weight`, ind.weight],
          [`/indicators/${n}/score`, ind.score],
          [`/indicators/${n}/deviationReason`, ind.deviationReason],
        ]);
  return [...head, ...rows];
}

/**
 * The document's sources and its values to confirm: a missing project name (nothing to match it by), a value
 * read with a low confidence, and a value printed that the reader could not find again in the document (its
 * place unknown: confidence null).
 */
export function evaluationProvenance(
  doc: EvaluationDocument,
  sources: readonly FieldSource[],
): { sources: FieldSource[]; unsure: UnsureField[] } {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const unsure: UnsureField[] = [];
  if (!doc.name) unsure.push({ path: '/name', field: null, reason: 'missing', confidence: null });
  for (const [path, value] of shownValues(doc)) {
    if (!value) continue;
    const source = byPath.get(path);
    if (!source) unsure.push({ path, field: null, reason: 'low-confidence', confidence: null });
    else if (source.confidence < UNSURE_BELOW)
      unsure.push({ path, field: null, reason: 'low-confidence', confidence: source.confidence });
  }
  return { sources: [...sources], unsure };
}
