// A new year's form starts from last year's: each indicator's 近两年指标值 gains last year's figure — what the
// confirmed 自评 says was achieved, else last year's target — and keeps only the two latest years.
import type { Indicator } from '../model/indicator.ts';
import type { SelfEvaluationIndicator } from './self-evaluation-model.ts';

/** What last year's 自评 reported for one indicator (by the approved indicator's id). */
export type LastYearResult = Pick<SelfEvaluationIndicator, 'indicatorId' | 'actual' | 'grade'>;

/** The figure an indicator reached in `fromYear`: the 自评's grade or actual value, else its target. */
function reached(ind: Indicator, results: ReadonlyMap<string, LastYearResult>): string | null {
  const r = ind.id ? results.get(ind.id) : undefined;
  const actual = r ? (r.grade ?? (r.actual.raw.trim() || null)) : null;
  return actual ?? (ind.target.raw.trim() || null);
}

/** Keeps the two latest years of a history keyed by year; labels that are not years (上年) are dropped. */
function lastTwo(history: Record<string, string>): Record<string, string> {
  const years = Object.keys(history)
    .filter((k) => /^\d{4}$/.test(k))
    .sort()
    .slice(-2);
  return Object.fromEntries(years.map((y) => [y, history[y]!]));
}

/**
 * The indicators of a form copied from `fromYear` into a later year: every annual indicator's history holds
 * `fromYear`'s figure. Long-term indicators keep theirs (they describe the whole period, not one year).
 */
export function carryIndicatorHistory(
  indicators: readonly Indicator[],
  fromYear: number | null,
  results: readonly LastYearResult[],
): Indicator[] {
  if (fromYear === null) return [...indicators];
  const byId = new Map(results.map((r) => [r.indicatorId, r]));
  return indicators.map((ind) => {
    if (ind.term !== 'annual') return ind;
    const value = reached(ind, byId);
    if (value === null) return ind;
    return { ...ind, history: lastTwo({ ...(ind.history ?? {}), [String(fromYear)]: value }) };
  });
}
