// Where each field of a recognised form came from and which fields the user must confirm. Sources
// come from the recogniser; a field it read without saying where gets a source found by looking for
// its text in the document, with a low confidence (a guess about the place is marked, never hidden).
import { dec, type Form } from '@jixiao/core';
import { UNSURE_BELOW, type FieldSource, type MappableField, type Row } from '@jixiao/documents';
import { fieldText, fieldsOf, pointerOf, REQUIRED_FIELDS, valueForField } from './form-fields.ts';
import { labelledCell, type LabelledCell } from './cell-labels.ts';

/** The confidence of a place found by searching the document for the value's text. */
export const LOCATED_CONFIDENCE = 0.5;

export interface UnsureField {
  path: string;
  /** The mappable field at this path, when it is one (the user can point at its cell). */
  field: MappableField | null;
  reason: 'missing' | 'low-confidence';
  confidence: number | null;
}

/** True when the cell (read as the field's value, beside its label) says the form's value. */
function sameValue(field: MappableField, value: string, cell: LabelledCell): boolean {
  const read = valueForField(field, cell.text, cell.label);
  if (!read.ok) return false;
  if (field === 'budget.total' || field === 'budget.current')
    return dec(String(read.value))?.eq(value) ?? false;
  return String(read.value) === value;
}

/** A source for a field the recogniser read without a place: the first cell holding its value. */
function located(rows: readonly Row[], field: MappableField, value: string): FieldSource {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let column = 0; column < row.cells.length; column++) {
      const cell = labelledCell(rows, r, column);
      if (!cell || !sameValue(field, value, cell)) continue;
      return {
        path: pointerOf(field),
        line: row.line ?? r + 1,
        source: row.source ?? null,
        column,
        label: cell.label,
        text: cell.text,
        confidence: LOCATED_CONFIDENCE,
      };
    }
  }
  return {
    path: pointerOf(field),
    line: null,
    source: null,
    column: null,
    label: null,
    text: value,
    confidence: LOCATED_CONFIDENCE,
  };
}

/** The recogniser's sources, completed with located ones for filled fields it said nothing about. */
export function completeSources(form: Form, recognised: readonly FieldSource[], rows: readonly Row[]) {
  const known = new Set(recognised.map((s) => s.path));
  const added: FieldSource[] = [];
  for (const field of fieldsOf(form.kind)) {
    const value = fieldText(form, field);
    if (value !== null && !known.has(pointerOf(field))) added.push(located(rows, field, value));
  }
  return [...recognised, ...added];
}

/** Fields to confirm: required ones that are empty, and every value read with a low confidence. */
export function unsureFields(form: Form, sources: readonly FieldSource[]): UnsureField[] {
  const byPath = new Map(fieldsOf(form.kind).map((f) => [pointerOf(f), f]));
  const unsure: UnsureField[] = REQUIRED_FIELDS[form.kind]
    .filter((f) => fieldText(form, f) === null)
    .map((f) => ({ path: pointerOf(f), field: f, reason: 'missing', confidence: null }));
  for (const s of sources)
    if (s.confidence < UNSURE_BELOW)
      unsure.push({
        path: s.path,
        field: byPath.get(s.path) ?? null,
        reason: 'low-confidence',
        confidence: s.confidence,
      });
  return unsure;
}
