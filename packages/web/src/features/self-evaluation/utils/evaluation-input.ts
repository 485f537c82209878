// The editable state of a self-evaluation: the stored one as the strings a unit types, and changes to it.
import type { NewSelfEvaluation } from '@jixiao/core';
import type { EvaluationInput, EvaluationRowInput } from '../api/self-evaluation-api.ts';

export function inputFromEvaluation(data: NewSelfEvaluation, version: number): EvaluationInput {
  return {
    version,
    budget: { ...data.budget },
    goals: data.goals.map((g) => ({ ...g })),
    indicators: data.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      weight: i.weight,
      actual: i.actual.raw,
      grade: i.grade,
      override: i.override,
      deviationAnalysis: i.deviationAnalysis,
    })),
    conclusions: { ...data.conclusions },
  };
}

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
