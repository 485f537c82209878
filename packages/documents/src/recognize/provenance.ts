// Where each imported value came from and how sure the reading is, and the label mappings that a user
// teaches for a template (kept per organisation, so that the next file of the same template reads alone).
// Shared contract between the recognisers, the import service and the web import preview.

/** One value of an imported document and where it stood in the source. */
export interface FieldSource {
  /** JSON pointer into the form or document: /name, /budget/total, /indicators/3/target … */
  path: string;
  /** 1-based line (text) or row (sheet, table) of the source; null when unknown. */
  line: number | null;
  /** Sheet, table or page, when the source has several. */
  source: string | null;
  /** 0-based index of the cell in its row, when the value was a cell of a table row. */
  column: number | null;
  /** The label the value was read beside, as written ("项目名称", "年度资金总额"). */
  label: string | null;
  /** The text as read. */
  text: string;
  /**
   * 0..1. 1: a known label and its value in cells of one table row; lower for a label known only from a
   * close spelling, a value split out of run-together text, a column guessed from its contents.
   * The preview marks every field under UNSURE_BELOW.
   */
  confidence: number;
}

export const UNSURE_BELOW = 0.8;

import type { MappableField } from '@jixiao/core';
// The pointable fields are the model's (core), shared with the server's picks and the web's preview.
export { MAPPABLE_FIELDS, type MappableField } from '@jixiao/core';

/** A label of a template that means a field: "承担单位" → unit. Taught in the preview, kept per organisation. */
export interface LabelMapping {
  label: string;
  field: MappableField;
}

export interface RecognizeOptions {
  /** Labels taught for this organisation's templates; they win over the built-in lexicon. */
  labels?: readonly LabelMapping[];
}
