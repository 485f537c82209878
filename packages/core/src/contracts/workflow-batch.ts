// The batch workflow (POST /api/workflow/batch): one action and one opinion for many forms, answered
// form by form.
import { z } from 'zod';
import { approvalNoteBody, reviewAction, reviewActions, type WorkflowAction } from './workflow.ts';

/** The actions a reviewer or finance takes on a selection (submission stays one form at a time). */
export const batchActions = reviewActions;
export type BatchAction = WorkflowAction;

/** A batch is bounded so that one request stays a matter of seconds. */
export const BATCH_LIMIT = 200;

export const batchRequest = z.object({
  action: reviewAction,
  formIds: z
    .array(z.uuid())
    .min(1, '请至少选择一张表单')
    .max(BATCH_LIMIT, `一次最多处理 ${BATCH_LIMIT} 张表单`),
  opinion: z.string().max(5000).optional(),
  /** 批复 only: one 批复文件 (文号, 日期, 经办人, 负责人) often covers the projects of a selection. */
  approvalNote: approvalNoteBody.optional(),
});
export type BatchRequest = z.input<typeof batchRequest>;

export const batchItem = z.object({
  formId: z.uuid(),
  /** The form's name, when the person may see the form. */
  name: z.string().nullable(),
  outcome: z.enum(['done', 'skipped']),
  /** The status after the action (done) or as it stands (skipped, when visible). */
  status: z.string().nullable(),
  /** Why it was skipped: the error code for programs and the Chinese reason for people. */
  code: z.string().optional(),
  message: z.string().optional(),
});
export type BatchItem = z.output<typeof batchItem>;

export const batchResponse = z.object({
  action: reviewAction,
  done: z.number().int(),
  skipped: z.number().int(),
  items: z.array(batchItem),
});
export type BatchResponse = z.output<typeof batchResponse>;
