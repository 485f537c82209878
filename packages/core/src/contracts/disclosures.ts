// /api/disclosures and /api/open-data: the 部门预算公开 package and the open data built from it.
import { z } from 'zod';
import { yearParam } from './common.ts';

export const disclosureFormats = ['pdf', 'docx', 'xlsx'] as const;
export type DisclosureFormat = (typeof disclosureFormats)[number];
export const disclosureExportQuery = z.object({ format: z.enum(disclosureFormats) });
/** The generation finance reviewed (optional: without it, the current generation is published). */
export const publishDisclosureBody = z
  .object({ generation: z.number().int().positive().optional() })
  .strict()
  .nullish();
export const openDataFilterQuery = z.object({ year: yearParam.optional(), orgId: z.uuid().optional() });
