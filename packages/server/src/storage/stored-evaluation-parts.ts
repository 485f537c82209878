// Parts of a stored self-evaluation read one by one, for reads that need only them (an indicator's history,
// next year's copy): the parts that can be read, nothing of those that cannot (an older version's shape, rows
// loaded by hand). The whole of it is read by features/self-evaluation/self-evaluation-stored.ts.
import { amountString, selfEvaluationIndicatorSchema, type SelfEvaluationIndicator } from '@jixiao/core';

/**
 * The indicators of stored data that can be read, each with its place in the stored list (which the scoring's
 * results follow): for history and next year's copy; none when the list cannot be read.
 */
export function storedIndicators(data: unknown): { indicator: SelfEvaluationIndicator; index: number }[] {
  const list = (data as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list)) return [];
  return list.flatMap((i, index) => {
    const read = selfEvaluationIndicatorSchema.safeParse(i);
    return read.success ? [{ indicator: read.data, index }] : [];
  });
}

/** The stored 全年预算数, when it can be read. */
export function storedAnnual(data: unknown): string | undefined {
  const budget = (data as { budget?: { annual?: unknown } } | null)?.budget;
  const read = amountString.safeParse(budget?.annual);
  return read.success ? read.data : undefined;
}
