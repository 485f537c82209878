// /api/public: what anyone may read — published forms.
import { z } from 'zod';
import { formKinds, formListItem, listOffset, storedForm } from './forms.ts';
import { approvalResponse } from './workflow.ts';

export const publicListQuery = z.object({
  year: z.coerce.number().int().optional(),
  kind: z.enum(formKinds).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Numbered pages, capped as the forms list's (MAX_LIST_OFFSET): deeper pages by `cursor`. */
  offset: listOffset,
  /** The `nextCursor` of the previous page (keyset pagination, any depth; offset ignored). */
  cursor: z.string().max(200).optional(),
});

/** A published form in the public list: its budget is the approved one when finance approved it. */
export const publicFormItem = formListItem.extend({ budgetApproved: z.boolean().optional() });
export type PublicFormItem = z.input<typeof publicFormItem>;
export const publicFormList = z.object({
  items: z.array(publicFormItem),
  /** Published forms matching the filter: counted on the first page only (null on a page asked by cursor). */
  total: z.number().nullable(),
  totalCapped: z.boolean(),
  /** Where the next page starts (pass it as `cursor`); null on the last page. */
  nextCursor: z.string().nullable(),
});
export type PublicFormList = z.input<typeof publicFormList>;

/** GET /api/public/forms/:id — a published form and its latest 批复. */
export const publicForm = storedForm.extend({ approval: approvalResponse.nullable() });
export type PublicForm = z.input<typeof publicForm>;
