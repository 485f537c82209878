// /api/imports (upload, read again with picks, save) and /api/layout-mappings (taught labels).
import { z } from 'zod';
import { MAPPABLE_FIELDS } from '../model/index.ts';
import { yearField } from './common.ts';

/** A cell the user pointed at in the preview: the field it holds; the value is read on the server. */
export const pickSchema = z.object({
  /** The form the value is for (its index in the preview); the first form when omitted. */
  index: z.number().int().min(0).max(1000).optional(),
  field: z.enum(MAPPABLE_FIELDS),
  row: z.number().int().min(0).max(1_000_000),
  column: z.number().int().min(0).max(1000),
  /** The label as the user confirmed it, when the cell before the value is not the label. */
  label: z.string().trim().min(1).max(100).optional(),
});
export type Pick = z.output<typeof pickSchema>;
export const picksSchema = z.array(pickSchema).max(50);

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
});
export type TeachMappingBody = z.input<typeof teachMappingBody>;
