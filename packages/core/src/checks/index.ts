export * from './types.ts';
export * from './subjects.ts';
export * from './run-checks.ts';
export * from './render.ts';
export { runSubjectRules, bySeverity, type CheckedSubject } from './engine.ts';
export { rules } from './rules/index.ts';
export { registry, ruleById, ruleSummaries, type RuleSummary } from './registry.ts';
export {
  changesOfListTotals,
  readBreakdowns,
  readChanges,
  type Breakdown,
  type Change,
} from './helpers/disclosure-text.ts';
export { evaluationRules, checkEvaluationDocument } from './evaluation/index.ts';
export { budgetRules, budgetName, checkBudget } from './budget/index.ts';
export { monitoringRules } from './monitoring/index.ts';
export { historyRules } from './history/index.ts';
export { checkProseReport } from './prose-report.ts';
