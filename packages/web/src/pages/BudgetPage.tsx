// 部门预算: the budget grid of a department and year.
import { BudgetWorkspace } from '../features/budget/components/BudgetWorkspace.tsx';

export function BudgetPage() {
  return <BudgetWorkspace />;
}
