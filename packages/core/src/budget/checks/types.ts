// The contract of a budget check: the same shape as the form checks (meta + pure check), over a Budget.
import type { Severity } from '../../model/finding.ts';
import type { Budget } from '../budget-model.ts';

export interface BudgetRuleReport {
  messageId: string;
  /** JSON pointer into the budget, e.g. /functional/3/code. */
  path: string;
  data?: Record<string, string | number | null | undefined>;
  severity?: Severity;
}

export interface BudgetRule {
  meta: { id: string; severity: Severity; description: string; messages: Record<string, string> };
  check(budget: Budget): BudgetRuleReport[];
}
