// /api/imports (upload, read again with picks, save) and /api/layout-mappings (taught labels).
import { z } from 'zod';
import { MAPPABLE_FIELDS, TAUGHT_ON_KINDS, type Form } from '../model/index.ts';
import { findingPayload, storedName, timestamp, yearField } from './common.ts';
import { evaluationUploadResponse } from './evaluation-imports.ts';
import { formMeta } from './forms.ts';
import { fieldSource, unsureField } from './field-sources.ts';
import { picksSchema, previewDocument, resolvedPick } from './picks.ts';

export { fieldSource, unsureField, type FieldSource, type UnsureField } from './field-sources.ts';

export { pickSchema, picksSchema, resolvedPick, type Pick, type PickInput } from './picks.ts';

/** The year the user gave in the preview for a form whose document names none (a 批复表 without 年度). */
export const importYearSchema = z.object({ index: z.number().int().min(0).max(1000), year: yearField });
export type ImportYear = z.output<typeof importYearSchema>;

export const importSaveBody = z.object({
  indices: z.array(z.number().int().min(0)).max(1000).optional(),
  picks: picksSchema.optional(),
  years: z.array(importYearSchema).max(1000).optional(),
});
export const importReadBody = z.object({ picks: picksSchema.optional() });

export const mappingListQuery = z.object({ orgId: z.uuid().optional() });
export const teachMappingBody = z.object({
  orgId: z.uuid().optional(),
  label: z.string().trim().min(1, '请填写标签').max(60, '标签不超过 60 个字'),
  field: z.enum(MAPPABLE_FIELDS),
  /** The kind of document the label is taught on: the list names the field as it prints it. */
  kind: z.enum(TAUGHT_ON_KINDS).optional(),
});
export type TeachMappingBody = z.input<typeof teachMappingBody>;

export { documentRow, previewDocument, type DocumentRow } from './picks.ts';

export const previewForm = z.object({
  index: z.number(),
  kind: z.enum(['project', 'department', 'disclosure']),
  name: z.string(),
  form: z.custom<Form>(),
  findings: z.array(findingPayload),
  errorCount: z.number(),
  sources: z.array(fieldSource),
  unsure: z.array(unsureField),
});
export type PreviewForm = z.input<typeof previewForm>;

/**
 * POST /api/imports and …/:id/read — the preview. Its parts are declared by type (`z.custom`): a preview
 * carries thousands of rows and sources, and encoding each again would cost the upload its speed.
 */
export const importPreview = z.object({
  fileId: z.string(),
  fileName: z.string(),
  size: z.number(),
  /** The file's format as sniffed (text, html, docx, xlsx, pdf …). */
  format: z.string(),
  forms: z.custom<z.output<typeof previewForm>[]>(),
  document: previewDocument,
  problem: z.object({ code: z.string(), message: z.string(), hint: z.string() }).nullable(),
  /** Labels the reader met and did not know (candidates to teach). */
  unknownLabels: z.array(z.string()),
  /**
   * Set when the file holds 自评表 / 监控表 only: the same upload answered with the evaluation import's
   * proposal (匹配确认), so the file is never sent twice. Null for target forms and re-readings.
   */
  evaluation: evaluationUploadResponse.nullable(),
  picks: z.array(resolvedPick),
});
export type ImportPreview = z.input<typeof importPreview>;

/** POST /api/imports/:id/save — the drafts made. */
export const importSaveResponse = z.object({ forms: z.array(formMeta) });

/** A template label an organisation taught: this label is that field. */
export const layoutMapping = z.object({
  id: z.string(),
  orgId: z.string(),
  label: z.string(),
  field: storedName(MAPPABLE_FIELDS),
  taughtOn: storedName(TAUGHT_ON_KINDS).nullable(),
  createdBy: z.string().nullable(),
  createdAt: timestamp,
});
export type LayoutMapping = z.input<typeof layoutMapping>;
export const layoutMappingList = z.object({ orgId: z.string(), items: z.array(layoutMapping) });
