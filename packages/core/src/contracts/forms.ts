// /api/forms: list, create, read, save (409 on a stale version), versions, diff, copy.
import { z } from 'zod';
import { formSchema, type Form, type Indicator } from '../model/index.ts';
import { idParams, itemsOf, timestamp, yearField } from './common.ts';

export const formStatuses = ['draft', 'submitted', 'returned', 'passed', 'approved', 'published'] as const;
export type FormStatusName = (typeof formStatuses)[number];
/** A form's state as people read it (the web's tags, the server's messages). */
export const formStatusLabels: Record<FormStatusName, string> = {
  draft: '草稿',
  submitted: '已提交待审核',
  returned: '已退回',
  passed: '审核通过待批复',
  approved: '已批复',
  published: '已公开',
};
export const formKinds = ['project', 'department', 'disclosure'] as const;

/** The canonical form plus what storage needs: a year a database column can hold. */
export const storableFormSchema = formSchema.superRefine((form, ctx) => {
  if (form.year !== null && (form.year < 1900 || form.year > 2200)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: '年度须在 1900–2200 之间' });
  }
});
export type StorableForm = z.output<typeof storableFormSchema>;

/**
 * A form in an answer: the server built it from checked rows, so it is declared by type only (encoding
 * a large form through every refinement again would cost time and could refuse an older stored form).
 */
export const formPayload = z.custom<Form>();

export const formVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().positive() });
/**
 * The deepest row a page by number (`offset`) may start at. Skipping rows costs the database each one skipped
 * (at 60,000 forms the last page by offset read 59,950 index entries, ten times a first page); a page after a
 * cursor costs what the first one does at any depth, and deeper pages are asked that way. 2,000 (40 pages of
 * 50): a skip of 10,000 index entries was the dearest list page of the server bench, twice a skip of 2,000
 * in the backend (docs/scale.md, thirty-fourth session); the web pages by cursor, and above the lists' exact
 * count (1,000) a total — so the last page's number — is an estimate anyway.
 */
export const MAX_LIST_OFFSET = 2_000;

/** A list's `offset` (numbered pages), capped at MAX_LIST_OFFSET: deeper, the message names `cursor`. */
export const listOffset = z.coerce
  .number()
  .int()
  .min(0)
  .max(MAX_LIST_OFFSET, {
    error: `按页码翻页最多从第 ${MAX_LIST_OFFSET} 条开始：更靠后的页请按上一页返回的 nextCursor 翻页（cursor=）`,
  })
  .default(0);

export const formListQuery = z.object({
  year: z.coerce.number().int().optional(),
  status: z.enum(formStatuses).optional(),
  kind: z.enum(formKinds).optional(),
  orgId: z.uuid().optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Numbered pages: page n costs the database n pages of reading; `cursor` does not. At most MAX_LIST_OFFSET. */
  offset: listOffset,
  /** The `nextCursor` of the previous page: the page after it, from an index at any depth (offset ignored). */
  cursor: z.string().max(200).optional(),
});
/** GET /api/forms's query as the web sends it (each part may be left out). */
export type FormListQuery = Partial<z.output<typeof formListQuery>>;
export const createFormBody = z.object({ form: storableFormSchema });
export const saveFormBody = z.object({ baseVersion: z.number().int().positive(), form: storableFormSchema });
export const formDiffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
export const copyFormBody = z.object({ year: yearField });
export { idParams as formIdParams };

/** What a form is, first in its meta and in a row of the list (the order the answers write them in). */
const formHead = {
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  year: z.number().nullable(),
  kind: z.string(),
  formType: z.string(),
  name: z.string(),
};

export const formMeta = z.object({
  ...formHead,
  status: z.string(),
  version: z.number(),
  sourceFileId: z.string().nullable(),
  copiedFromId: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type FormMeta = z.input<typeof formMeta>;

export const storedForm = z.object({ meta: formMeta, form: formPayload });
export type StoredForm = z.input<typeof storedForm>;
/** GET /api/forms/:id also says which workflow actions the reader may take (the buttons). */
export type StoredFormWithActions = StoredForm & { actions: string[] };

/** A row of GET /api/forms (served pre-encoded; see the route). */
export const formListItem = z.object({
  ...formHead,
  code: z.string().nullable().optional(),
  status: z.string(),
  version: z.number(),
  budgetTotal: z.string().nullable().optional(),
  budgetCurrent: z.string().nullable().optional(),
  updatedAt: timestamp,
});
export type FormListItem = z.input<typeof formListItem>;
export const formListResponse = z.object({
  items: z.array(formListItem),
  /** Forms matching the filter: counted on the first page only (null on a page asked by cursor). */
  total: z.number().nullable(),
  /** The total is the database's estimate (beyond the exact count's limit), not a count. */
  totalCapped: z.boolean(),
  /** Where the next page starts (pass it as `cursor`); null on the last page. */
  nextCursor: z.string().nullable(),
});
export type FormListResponse = z.input<typeof formListResponse>;

export const formVersion = z.object({
  version: z.number(),
  createdAt: timestamp,
  createdBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type FormVersion = z.input<typeof formVersion>;
export const formVersionsResponse = itemsOf(formVersion);

export const formVersionResponse = z.object({
  version: z.number(),
  createdAt: timestamp,
  createdBy: z.string().nullable(),
  form: formPayload,
});
export type FormVersionResponse = z.input<typeof formVersionResponse>;

const fieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.input<typeof fieldChange>;
const indicatorPayload = z.custom<Indicator>();
export const formDiffResponse = z.object({
  from: z.number(),
  to: z.number(),
  fields: z.array(fieldChange),
  indicators: z.object({
    added: z.array(indicatorPayload),
    removed: z.array(indicatorPayload),
    changed: z.array(
      z.object({ id: z.string(), name: z.string().nullable(), changes: z.array(fieldChange) }),
    ),
    moved: z.array(z.object({ id: z.string(), from: z.number(), to: z.number() })),
  }),
});
export type FormDiff = z.input<typeof formDiffResponse>;
