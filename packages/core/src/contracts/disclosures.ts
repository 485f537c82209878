// /api/disclosures and /api/open-data: the 部门预算公开 package and the open data built from it.
import { z } from 'zod';
import type { Disclosure, Form } from '../model/index.ts';
import { findingPayload, itemsOf, timestamp, yearParam } from './common.ts';

export const disclosureFormats = ['pdf', 'docx', 'xlsx'] as const;
export type DisclosureFormat = (typeof disclosureFormats)[number];
export const disclosureExportQuery = z.object({ format: z.enum(disclosureFormats) });
/** The generation finance reviewed (optional: without it, the current generation is published). */
export const publishDisclosureBody = z
  .object({ generation: z.number().int().positive().optional() })
  .strict()
  .nullish();
export const openDataFilterQuery = z.object({ year: yearParam.optional(), orgId: z.uuid().optional() });

/** The document and the forms published beside it, declared by type (built from checked rows). */
const disclosurePayload = z.custom<Disclosure>();
const formsPayload = z.array(z.custom<Form>());

/** A publication: which generation the public sees, and when it was published. */
export const publicationMeta = z.object({
  version: z.number(),
  generation: z.number(),
  budgetVersion: z.number(),
  publishedAt: timestamp,
});
export type PublicationMeta = z.input<typeof publicationMeta>;

/**
 * The current generation with its findings (signed in): `status` is 'published' when this generation is
 * the one the public sees; `publication` is what the public sees, maybe an earlier generation.
 */
export const generatedDisclosure = z.object({
  orgId: z.string(),
  orgName: z.string(),
  year: z.number(),
  status: z.enum(['generated', 'published']),
  /** Which generation this is: finance publishes the one it reviewed. */
  generation: z.number(),
  generatedAt: timestamp,
  publishedAt: timestamp.nullable(),
  publication: publicationMeta.nullable(),
  budgetVersion: z.number(),
  disclosure: disclosurePayload,
  forms: formsPayload,
  findings: z.array(findingPayload),
});
export type GeneratedDisclosure = z.input<typeof generatedDisclosure>;

/** GET /api/public/disclosures/:orgId/:year — the published document, without the review's findings. */
export const publishedDisclosure = z.object({
  orgId: z.string(),
  orgName: z.string(),
  year: z.number(),
  status: z.literal('published'),
  version: z.number(),
  publishedAt: timestamp,
  budgetVersion: z.number(),
  disclosure: disclosurePayload,
  forms: formsPayload,
});
export type PublishedDisclosure = z.input<typeof publishedDisclosure>;

/** GET /api/public/disclosures — one stable address per department and year. */
export const publishedDisclosureItem = z.object({
  orgId: z.string(),
  year: z.number(),
  department: z.string(),
  publishedAt: z.string(),
  /** The page a person opens. */
  url: z.string(),
  /** The JSON a program reads. */
  api: z.string(),
});
export type PublishedDisclosureItem = z.input<typeof publishedDisclosureItem>;
export const publishedDisclosureList = itemsOf(publishedDisclosureItem);
