// Test helpers for the evaluation tests: unwrap a result or fail the test with its errors.
import { expect } from 'vitest';
import type { EvalErrorCode, Result } from './result.ts';

export function value<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected a value, got ${JSON.stringify(r.errors)}`);
  return r.value;
}

export function errorCodes<T>(r: Result<T>): EvalErrorCode[] {
  if (r.ok) expect.fail(`expected errors, got ${JSON.stringify(r.value)}`);
  return r.errors.map((e) => e.code);
}

export function firstError<T>(r: Result<T>): { code: EvalErrorCode; message: string; path?: string } {
  if (r.ok) expect.fail(`expected errors, got ${JSON.stringify(r.value)}`);
  return r.errors[0]!;
}
