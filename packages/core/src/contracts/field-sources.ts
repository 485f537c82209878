// Where an imported value stood in its document and how sure the reading is; the values the user should confirm.
// Shared by the form import's preview (imports.ts) and the 自评表 / 监控表 import (evaluation-imports.ts).
import { z } from 'zod';
import { MAPPABLE_FIELDS } from '../model/index.ts';

/** Where a value came from in the document, and how sure the reading is (0..1). */
export const fieldSource = z.object({
  /** JSON pointer into the form: /name, /budget/total, /indicators/3/target … */
  path: z.string(),
  line: z.number().nullable(),
  source: z.string().nullable(),
  column: z.number().nullable(),
  label: z.string().nullable(),
  text: z.string(),
  confidence: z.number(),
});
export type FieldSource = z.input<typeof fieldSource>;

/** A field to confirm: a required one that is empty, or a value read with a low confidence. */
export const unsureField = z.object({
  path: z.string(),
  field: z.enum(MAPPABLE_FIELDS).nullable(),
  reason: z.enum(['missing', 'low-confidence']),
  confidence: z.number().nullable(),
});
export type UnsureField = z.input<typeof unsureField>;
