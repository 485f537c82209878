// Budget data held by national classification codes, and the 部门预算公开 generated from it.
export * from './budget-model.ts';
export * from './budget-totals.ts';
export * from './generate-tables.ts';
export * from './generate-text.ts';
export * from './generate-disclosure.ts';
export * from './budget-from-disclosure.ts';
export * from './recode-unit.ts';
export * from './forms-from-budget.ts';
