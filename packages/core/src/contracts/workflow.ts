// The forms' workflow: one route per transition, history, review comments, reason codes, the 批复.
import { z } from 'zod';
import type { IndicatorValue, ProjectForm } from '../model/index.ts';
import { itemsOf, storedJson, timestamp } from './common.ts';

/** The actions a reviewer or finance takes on a form, in the order of the workflow. */
export const reviewActions = [
  'review-return',
  'review-pass',
  'finance-return',
  'approve',
  'publish',
] as const;
export const reviewAction = z.enum(reviewActions);
export type WorkflowAction = (typeof reviewActions)[number];

/**
 * The workflow actions on a form: the unit's submission, then review and finance's (server:
 * forms/form-transitions.ts says who may take each and from which state).
 */
export const formActions = ['submit', ...reviewActions] as const;
export const formAction = z.enum(formActions);
export type FormAction = (typeof formActions)[number];

/** 审核意见的原因代码 (88号 的四个维度 and the usual concrete reasons). */
export const reasonCodes = {
  'not-quantified': '指标未量化',
  'budget-mismatch': '与预算不符',
  'goal-unclear': '目标不明确',
  'indicator-missing': '指标不完整',
  'basis-wrong': '指标值确定依据不当',
  'target-too-low': '目标值偏低',
  completeness: '完整性',
  relevance: '相关性',
  appropriateness: '适当性',
  feasibility: '可行性',
  other: '其他',
} as const;
export type ReasonCode = keyof typeof reasonCodes;
export const reasonCodeList = Object.keys(reasonCodes) as [ReasonCode, ...ReasonCode[]];

/** 审核结果等级 (R-IND-14). */
export const grades = ['优', '良', '中', '差'] as const;
export type Grade = (typeof grades)[number];

/** 万元, at most six decimals (1 元 = 0.0001 万元; the 分 fit too). */
const amount = /^\d{1,12}(\.\d{1,6})?$/;
const approvedAmount = z.string().regex(amount, '批复金额须为以万元为单位的数字');

export const commentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
export const newCommentSchema = z
  .object({
    pointer: z.string().max(300).optional(),
    indicatorId: z.uuid().optional(),
    reason: z.enum(reasonCodeList),
    text: z.string().trim().min(1).max(2000),
  })
  .refine((c) => c.pointer !== undefined || c.indicatorId !== undefined, {
    message: '须指明字段（pointer）或指标（indicatorId）',
    path: ['pointer'],
  });
export type NewComment = z.input<typeof newCommentSchema>;

/** Days of each month (February 29 in a leap year): a date is checked without the clock. */
function isCalendarDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && day >= 1 && day <= days;
}
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '批复日期须为 YYYY-MM-DD')
  .refine(isCalendarDate, { message: '批复日期不是有效日期' });
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** 批复信息 finance enters when approving: printed on the 批复表 with the opinion (批复意见). */
export const approvalNoteBody = z.object({
  number: optionalText(100), // 批复文号, e.g. 某财预〔2026〕12号
  date: isoDate.optional(), // 批复日期
  handler: optionalText(50), // 经办人
  head: optionalText(50), // 负责人
});
export type ApprovalNoteBody = z.input<typeof approvalNoteBody>;

export const transitionBody = z.object({
  opinion: z.string().max(5000).optional(),
  grade: z.enum(grades).optional(),
  comments: z.array(newCommentSchema).max(200).optional(),
  approvedBudget: z
    .object({
      total: approvedAmount.optional(),
      current: approvedAmount.optional(),
      /** The sources as approved, when the approved total differs from the one asked. */
      sources: z
        .array(z.object({ name: z.string().trim().min(1).max(200), amount: approvedAmount.nullable() }))
        .max(50)
        .optional(),
    })
    .optional(),
  /** 批复 only: 批复文号, 批复日期, 经办人, 负责人. */
  approvalNote: approvalNoteBody.optional(),
});
export type TransitionBody = z.input<typeof transitionBody>;
export const commentsBody = z.object({ comments: z.array(newCommentSchema).min(1).max(200) });
export const commentsQuery = z.object({ open: z.enum(['true', 'false']).optional() });

export const reviewComment = z.object({
  id: z.uuid(),
  formId: z.uuid(),
  transitionId: z.string().nullable(),
  version: z.number(),
  pointer: z.string(),
  indicatorId: z.string().nullable(),
  reason: z.string(),
  text: z.string(),
  authorId: z.string().nullable(),
  createdAt: timestamp,
  resolvedAt: timestamp.nullable(),
  resolvedBy: z.string().nullable(),
});
export type ReviewComment = z.input<typeof reviewComment>;
export const reviewCommentsResponse = itemsOf(reviewComment);

export const transitionRecord = z.object({
  id: z.uuid(),
  action: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  version: z.number(),
  opinion: z.string().nullable(),
  grade: z.string().nullable(),
  createdAt: timestamp,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
});
export type TransitionRecord = z.input<typeof transitionRecord>;
export const historyResponse = itemsOf(transitionRecord);

export const reviewReasonsResponse = z.object({
  items: z.array(z.object({ code: z.enum(reasonCodeList), label: z.string() })),
  grades: z.array(z.enum(grades)).readonly(),
});
export type ReviewReasons = z.input<typeof reviewReasonsResponse>;

/** One approved target of a 批复, as stored with it (the indicator's slot and its approved value). */
export interface ApprovalTarget {
  indicatorId?: string;
  term?: string;
  goal?: string | null;
  level1?: string | null;
  level2?: string | null;
  name: string | null;
  target: IndicatorValue;
}
/** An approved 资金来源 line, when finance approved another total than was asked. */
export type ApprovalSource = ProjectForm['budget']['sources'][number];

/** GET /api/forms/:id/approval — the latest 批复 of a form. */
export const approvalResponse = z.object({
  id: z.string(),
  formId: z.string(),
  version: z.number(),
  budgetTotal: z.string().nullable(),
  budgetCurrent: z.string().nullable(),
  targets: storedJson<ApprovalTarget[]>(),
  sources: storedJson<ApprovalSource[] | null>(),
  approvedBy: z.string().nullable(),
  opinion: z.string().nullable(),
  /** 批复文号, 批复日期 (YYYY-MM-DD), 经办人, 负责人 as finance entered them. */
  number: z.string().nullable().optional(),
  approvedOn: z.string().nullable().optional(),
  handler: z.string().nullable().optional(),
  head: z.string().nullable().optional(),
  createdAt: timestamp,
});
export type Approval = z.input<typeof approvalResponse>;
