// The 项目支出绩效目标批复表 of an approved 申报表: the same project, the approved budget, the approved
// targets (matched by indicator id). What the approval page shows and what its downloads contain.
import type { ProjectForm } from '@jixiao/core';

export interface ApprovalRecord {
  budgetTotal: string | null;
  budgetCurrent: string | null;
  targets: { indicatorId?: string; target: ProjectForm['indicators'][number]['target'] }[];
}

export function approvalForm(form: ProjectForm, approval: ApprovalRecord): ProjectForm {
  const approved = new Map(
    approval.targets.flatMap((t) => (t.indicatorId ? [[t.indicatorId, t.target]] : [])),
  );
  return {
    ...form,
    formType: '批复表',
    title: '项目支出绩效目标批复表',
    budget: {
      ...form.budget,
      total: approval.budgetTotal ?? form.budget.total,
      current: approval.budgetCurrent ?? form.budget.current,
    },
    indicators: form.indicators.map((i) => {
      const target = i.id ? approved.get(i.id) : undefined;
      return target ? { ...i, target } : i;
    }),
  };
}
