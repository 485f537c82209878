// /api/orgs and /api/years: the organisation tree and the budget years.
import { z } from 'zod';
import { itemsOf, storedName, timestamp, yearField } from './common.ts';

export const orgKinds = ['finance', 'department', 'unit'] as const;
export type OrgKind = (typeof orgKinds)[number];

export const orgBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(orgKinds),
  code: z.string().max(50).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
});
export type OrgBody = z.input<typeof orgBody>;
export const orgChangeBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    code: z.string().max(50).nullable().optional(),
    parentId: z.uuid().optional(),
  })
  .strict();
export type OrgChangeBody = z.input<typeof orgChangeBody>;
export const yearBody = z.object({ year: yearField });

/** An organisation as the API answers it. */
export const orgResponse = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  kind: storedName(orgKinds),
  code: z.string().nullable(),
  path: z.string(),
  createdAt: timestamp,
});
export type Org = z.input<typeof orgResponse>;
export const orgListResponse = itemsOf(orgResponse);

export const fiscalYearResponse = z.object({ year: z.number(), status: z.string(), createdAt: timestamp });
export type FiscalYear = z.input<typeof fiscalYearResponse>;
export const fiscalYearListResponse = itemsOf(fiscalYearResponse);
