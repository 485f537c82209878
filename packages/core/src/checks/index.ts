export * from './types.ts';
export * from './run-checks.ts';
export * from './render.ts';
export { rules } from './rules/index.ts';
export { readBreakdowns, readChanges, type Breakdown, type Change } from './helpers/disclosure-text.ts';
export { evaluationRules, checkEvaluationDocument, type EvaluationRule, type EvaluationRuleMeta } from './evaluation/index.ts';
