// ProjectForm: 项目绩效目标申报表 / 项目申报表 / 项目支出绩效目标批复表 (MODEL.md).
import { z } from 'zod';
import { emptyLevel2Schema, goalSchema, indicatorListSchema } from './indicator.ts';
import { amountString } from './decimal-string.ts';

export const fundSourceSchema = z.object({ name: z.string(), amount: amountString.nullable() });
export const expenseDetailSchema = z.object({
  item: z.string(),
  amount: amountString.nullable(),
  basis: z.string().nullable(),
  note: z.string().nullable(),
});

/**
 * 批复信息 of a 项目支出绩效目标批复表: the finance bureau's 批复文号 and date, its 审核意见/批复意见 and who
 * signs under the 财政部门（盖章） line (经办人, 负责人). Absent on a 申报表 and on a 批复表 that says none.
 */
export const approvalNoteSchema = z.object({
  number: z.string().nullable(), // 批复文号, e.g. 某财预〔2026〕12号
  date: z.string().nullable(), // 批复日期, YYYY-MM-DD
  opinion: z.string().nullable(), // 财政部门审核意见 / 批复意见
  handler: z.string().nullable(), // 经办人
  head: z.string().nullable(), // 负责人
});
export type ApprovalNote = z.infer<typeof approvalNoteSchema>;

/** A note that says nothing is no note. */
export function isEmptyApprovalNote(note: ApprovalNote | null | undefined): boolean {
  return !note || Object.values(note).every((v) => v === null || v.trim() === '');
}

export const projectFormSchema = z.object({
  kind: z.literal('project'),
  formType: z.string(), // 表名: 申报表, 批复表, …
  title: z.string().nullable().optional(), // the title as written (extension)
  framework: z.string().nullable().optional(), // indicator framework id detected (extension)
  year: z.number().int().nullable(),
  unit: z.string().nullable(), // 申报单位
  supervisor: z.string().nullable(), // 项目主管部门
  executor: z.string().nullable(), // 项目执行单位
  name: z.string().nullable(), // 项目名称 (required: a check reports it missing)
  code: z.string().nullable(), // 项目代码
  category: z.string().nullable(), // 项目类别 / 项目类型
  nature: z.string().nullable(), // 项目性质
  leader: z.string().nullable(), // 项目负责人
  phone: z.string().nullable(), // 联系电话
  basis: z.string().nullable(), // 立项依据 / 项目申请理由
  content: z.string().nullable(), // 项目主要内容
  budget: z.object({
    total: amountString.nullable(), // 项目总预算 / 项目预算
    current: amountString.nullable(), // 项目当年预算
    sources: z.array(fundSourceSchema), // 项目资金来源 (合计 line included as written)
    history: z.string().nullable(), // 前两年预算及变动情况
  }),
  details: z.array(expenseDetailSchema), // 项目支出明细测算
  goals: z.array(goalSchema),
  indicators: indicatorListSchema,
  emptyLevel2: z.array(emptyLevel2Schema).optional(),
  /**
   * The document stops inside this form (a stored copy or excerpt cut off before the form ends): what the form
   * lacks may lie past the cut, so the rules that judge an absence (no goal, no 数量指标, a last row without
   * its value) do not judge it. Set by the readers; extension.
   */
  cutOff: z.boolean().optional(),
  opinion: z.string().nullable(), // 主管部门审核意见
  approval: approvalNoteSchema.optional(), // 批复信息 (批复表 only; extension)
  /**
   * Amounts the same file states for this project outside the form, as written (a page's list of projects
   * before their forms: 古昌镇…绿化美化项目100万元); extension, for R-DEPT-06.
   */
  mentions: z.array(z.object({ text: z.string(), amount: amountString })).optional(),
  /** Labelled fields of the document that the model has no place for (保障措施, 实施计划 …), kept as written. */
  extra: z.record(z.string(), z.string()).optional(),
});
export type ProjectForm = z.infer<typeof projectFormSchema>;

/** A project form that says nothing yet: every field null or empty (importers and editors start here). */
export function emptyProjectForm(overrides: Partial<ProjectForm> = {}): ProjectForm {
  return {
    kind: 'project',
    formType: '申报表',
    title: null,
    framework: null,
    year: null,
    unit: null,
    supervisor: null,
    executor: null,
    name: null,
    code: null,
    category: null,
    nature: null,
    leader: null,
    phone: null,
    basis: null,
    content: null,
    budget: { total: null, current: null, sources: [], history: null },
    details: [],
    goals: [],
    indicators: [],
    opinion: null,
    ...overrides,
  };
}
