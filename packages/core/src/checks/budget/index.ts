// The budget checks (R-BUD-*, registry order by id) and their runner.
import type { Budget } from '../../budget/budget-model.ts';
import type { Finding } from '../../model/finding.ts';
import { runSubjectRules } from '../engine.ts';
import type { AnySubjectRule } from '../types.ts';
import { rule as rBud01 } from './r-bud-01.ts';
import { rule as rBud02 } from './r-bud-02.ts';
import { rule as rBud03 } from './r-bud-03.ts';

export const budgetRules: readonly AnySubjectRule[] = [rBud01, rBud02, rBud03];

/** The name findings of a budget carry: `某局 2025年预算`. */
export function budgetName(budget: Budget): string {
  return `${budget.department} ${budget.year}年预算`;
}

export function checkBudget(budget: Budget): Finding[] {
  return runSubjectRules(budgetRules, { kind: 'budget', budget }, budgetName(budget));
}
