// The cells a user points at in an import preview (a target form's or a 自评表 / 监控表's) and the document
// rows shown to point at: one shape for both imports, so that one mechanism keeps the labels.
import { z } from 'zod';
import { MAPPABLE_FIELDS } from '../model/index.ts';

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
/** A cell pointed at, as the web sends it. */
export type PickInput = z.input<typeof pickSchema>;
export const picksSchema = z.array(pickSchema).max(50);

/** A row of the document as the preview shows it (cells cut to a readable length). */
export const documentRow = z.object({
  row: z.number(),
  line: z.number(),
  source: z.string().nullable(),
  table: z.boolean(),
  cells: z.array(z.string()),
});
export type DocumentRow = z.input<typeof documentRow>;

/** The document's rows as a preview sends them (declared by type: thousands of rows are not encoded twice). */
export const previewDocument = z.object({
  items: z.custom<z.output<typeof documentRow>[]>(),
  total: z.number(),
  truncated: z.boolean(),
});

/** A pick as read: the cell's label (found or confirmed) and its text. */
export const resolvedPick = z.object({
  index: z.number(),
  field: z.enum(MAPPABLE_FIELDS),
  row: z.number(),
  column: z.number(),
  label: z.string().nullable(),
  text: z.string(),
});
