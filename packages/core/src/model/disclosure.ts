// Disclosure: 部门预算公开 — explanation sections, standard tables and key figures (MODEL.md).
import { z } from 'zod';

export const disclosureTableSchema = z.object({
  title: z.string(),
  unit: z.string().nullable(), // 单位: 万元
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())), // cells as published (amounts without thousands separators)
  note: z.string().nullable().optional(), // 备注 under an empty table
});
export type DisclosureTable = z.infer<typeof disclosureTableSchema>;

export const disclosureSectionSchema = z.object({ title: z.string(), text: z.string() });

export const disclosureSchema = z.object({
  kind: z.literal('disclosure'),
  formType: z.string(),
  title: z.string().nullable().optional(),
  year: z.number().int().nullable(),
  department: z.string().nullable(),
  sections: z.array(disclosureSectionSchema),
  tables: z.array(disclosureTableSchema),
  /**
   * Key totals read from text and tables, in 万元 as decimal strings, keyed by a stable name (disclosure-lexicon.ts):
   * income, expenditure, threePublic, threePublicAbroad … ; suffixed Prior (last year's budget), PriorActual (last
   * year's 决算 or 执行数), Change (signed, 万元) and ChangePercent (signed, in %) where the document states them.
   */
  figures: z.record(z.string(), z.string().nullable()),
  /**
   * The figures the explanation text states where a table states them too, in 万元 as the text has them (only
   * spellings the lexicon knows): R-PUB-13 compares them with the tables' (figures).
   */
  statedInText: z.record(z.string(), z.string()).optional(),
  /** 预算批复日期 and 公开日期 (YYYY-MM-DD) where known: the 20-day rule (R-PUB-06) reads them. */
  approvedOn: z.string().nullable().optional(),
  publishedOn: z.string().nullable().optional(),
  /**
   * A part of a package (one 三公 table, a 收支总表, a table of contents, a page of text) rather than the whole
   * 部门预算公开: the rules that need every table (R-PUB-05) do not judge it.
   */
  partial: z.boolean().optional(),
  /** For a part of a package: the tables its table of contents lists (numbering and year taken off). */
  contents: z.array(z.string()).optional(),
  /** Names of the forms published inside the disclosure (they are returned as their own forms). */
  forms: z.array(z.string()).optional(),
});
export type Disclosure = z.infer<typeof disclosureSchema>;
