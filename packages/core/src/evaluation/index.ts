// Monitoring and self-evaluation (issue 6): model, scoring, warning lights and next-year history checks.
// Pure: time (the reporting month) comes in as an argument.
export type { EvalError, EvalErrorCode, Result as EvalResult } from './result.ts';
export * from './dictionaries.ts';
export * from './monitoring-model.ts';
export * from './self-evaluation-model.ts';
export {
  directionOf,
  readPair,
  readTarget,
  DIRECTION_LABEL,
  type Direction,
  type NumericPair,
} from './quantities.ts';
export * from './score-types.ts';
export { readWeight, scoreQuantitative } from './score-quantitative.ts';
export * from './score-qualitative.ts';
export * from './score-indicator.ts';
export * from './score-execution.ts';
export * from './weights.ts';
export * from './grades.ts';
export * from './score-self-evaluation.ts';
export * from './monitoring-lights.ts';
export * from './monitoring-findings.ts';
export * from './history-checks.ts';
export * from './approved-rows.ts';
export * from './department-weights.ts';
export * from './carry-forward.ts';
