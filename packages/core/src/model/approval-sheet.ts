// The 项目支出绩效目标批复表 of an approved 申报表: the same project with the approved budget, the approved
// 资金来源 (when finance approved another total) and the approved targets (matched by indicator id); an
// emptied 二级 slot is no target. What the approval page shows, what its downloads contain and what the
// public reads — one function for the server and the web.
import type { Form, ProjectForm } from './index.ts';
import { isBlankIndicator } from './indicator.ts';
import { isEmptyApprovalNote, type ApprovalNote } from './project-form.ts';

export interface ApprovalRecord {
  budgetTotal: string | null;
  budgetCurrent: string | null;
  /** [{ indicatorId, target, … }] as stored with the 批复. */
  targets: unknown;
  sources?: unknown;
  /** 批复文号, 批复日期 (YYYY-MM-DD), 批复意见, 经办人, 负责人 as finance entered them. */
  number?: string | null;
  approvedOn?: string | null;
  opinion?: string | null;
  handler?: string | null;
  head?: string | null;
}

/** The 批复信息 printed on the sheet, or null when finance entered none. */
export function approvalNoteOf(approval: ApprovalRecord): ApprovalNote | null {
  const note: ApprovalNote = {
    number: approval.number ?? null,
    date: approval.approvedOn ?? null,
    opinion: approval.opinion ?? null,
    handler: approval.handler ?? null,
    head: approval.head ?? null,
  };
  return isEmptyApprovalNote(note) ? null : note;
}

type Target = { indicatorId?: string; target?: ProjectForm['indicators'][number]['target'] };
type Source = ProjectForm['budget']['sources'][number];

export function approvalForm<F extends Form>(form: F, approval: ApprovalRecord | null | undefined): F {
  if (form.kind !== 'project' || !approval) return form;
  const targets = (Array.isArray(approval.targets) ? approval.targets : []) as Target[];
  const approved = new Map(
    targets.flatMap((t) => (t.indicatorId && t.target ? [[t.indicatorId, t.target] as const] : [])),
  );
  const sources = Array.isArray(approval.sources) ? (approval.sources as Source[]) : null;
  const note = approvalNoteOf(approval);
  const project: ProjectForm = {
    ...form,
    ...(note ? { approval: note } : {}),
    formType: '批复表',
    title: '项目支出绩效目标批复表',
    budget: {
      ...form.budget,
      total: approval.budgetTotal ?? form.budget.total,
      current: approval.budgetCurrent ?? form.budget.current,
      sources: sources ?? form.budget.sources,
    },
    indicators: form.indicators
      .filter((i) => !isBlankIndicator(i))
      .map((i) => {
        const target = i.id ? approved.get(i.id) : undefined;
        return target ? { ...i, target } : i;
      }),
  };
  return project as F;
}
