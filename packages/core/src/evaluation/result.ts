// Results of the evaluation functions: a value, or errors as data with a stable code and a Chinese message
// (STYLE.md "parsers return results, not exceptions").

export type EvalErrorCode =
  | 'target-empty'
  | 'target-not-numeric'
  | 'negative-target'
  | 'actual-not-numeric'
  | 'actual-ambiguous'
  | 'unit-mismatch'
  | 'invalid-weight'
  | 'missing-grade'
  | 'override-invalid'
  | 'override-out-of-band'
  | 'override-without-reason'
  | 'invalid-amount'
  | 'negative-amount'
  | 'executed-over-budget'
  | 'zero-budget'
  | 'invalid-month'
  | 'unknown-level1'
  | 'weights-over-group'
  | 'weights-sum'
  | 'invalid-band-set'
  /** Nothing typed yet (未填报): a neutral state, not a warning. */
  | 'not-reported';

export interface EvalError {
  code: EvalErrorCode;
  /** Chinese, says what is wrong and what to change. */
  message: string;
  /** JSON pointer into the evaluated record, when the error belongs to one field. */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: EvalError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: EvalErrorCode, message: string, path?: string): Result<T> {
  return { ok: false, errors: [path === undefined ? { code, message } : { code, message, path }] };
}

/** Adds a path prefix to every error of a failed result (a field-level error inside a record). */
export function atPath<T>(result: Result<T>, path: string): Result<T> {
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => ({ ...e, path: path + (e.path ?? '') })) };
}
