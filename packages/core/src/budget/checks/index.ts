// The budget checks (registry sorted by id) and the runner that turns their reports into findings.
import type { Finding } from '../../model/finding.ts';
import { renderMessage } from '../../checks/render.ts';
import type { Budget } from '../budget-model.ts';
import { rule as rBud01 } from './r-bud-01.ts';
import { rule as rBud02 } from './r-bud-02.ts';
import { rule as rBud03 } from './r-bud-03.ts';
import type { BudgetRule } from './types.ts';

export type { BudgetRule, BudgetRuleReport } from './types.ts';
export const budgetRules: readonly BudgetRule[] = [rBud01, rBud02, rBud03];

export function checkBudget(budget: Budget): Finding[] {
  const form = `${budget.department} ${budget.year}年预算`;
  return budgetRules.flatMap((rule) =>
    rule.check(budget).map((r) => ({
      rule: rule.meta.id,
      severity: r.severity ?? rule.meta.severity,
      message: renderMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
      path: r.path,
      form,
      messageId: r.messageId,
    })),
  );
}
