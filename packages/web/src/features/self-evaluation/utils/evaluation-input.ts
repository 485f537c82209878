// The editable state of a self-evaluation: the stored one as the strings a unit types, and changes to it.
import type { EvaluationInput, EvaluationRowInput } from '../api/self-evaluation-api.ts';

/** The stored one as the strings a unit types: the same body the server rebuilds for an import. */
export { selfEvaluationInputOf as inputFromEvaluation } from '@jixiao/core/contracts';

export function withIndicator(
  input: EvaluationInput,
  index: number,
  change: Partial<EvaluationRowInput>,
): EvaluationInput {
  return { ...input, indicators: input.indicators.map((r, i) => (i === index ? { ...r, ...change } : r)) };
}

/** A blank override score means "no override"; a blank weight means "spread by the scheme". */
export function normalised(input: EvaluationInput): EvaluationInput {
  return {
    ...input,
    indicators: input.indicators.map((r) => ({
      ...r,
      weight: r.weight === null || r.weight.trim() === '' ? null : r.weight.trim(),
      override: r.override && r.override.score.trim() !== '' ? r.override : null,
    })),
  };
}
