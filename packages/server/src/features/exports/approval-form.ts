// The 项目支出绩效目标批复表 of an approved 申报表: the project with the approved budget and targets
// (matched by indicator id). Department and disclosure forms are exported as they are.
import type { Form } from '@jixiao/core';

export interface ApprovalRecord {
  budgetTotal: string | null;
  budgetCurrent: string | null;
  targets: unknown;
}

type Target = { indicatorId?: string; target?: unknown };

export function approvalForm(form: Form, approval: ApprovalRecord | null | undefined): Form {
  if (form.kind !== 'project' || !approval) return form;
  const targets = (Array.isArray(approval.targets) ? approval.targets : []) as Target[];
  const approved = new Map(
    targets.flatMap((t) => (t.indicatorId && t.target ? [[t.indicatorId, t.target]] : [])),
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
      return target ? { ...i, target: target as typeof i.target } : i;
    }),
  };
}
