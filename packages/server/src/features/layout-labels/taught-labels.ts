// Labels taught for a template, applied to the fields the recogniser left empty: the k-th place a
// label stands goes to the k-th form that has the field and lacks it. When the recogniser already
// honours the taught labels this finds nothing left to fill.
import type { Form } from '@jixiao/core';
import type { FieldSource, LabelMapping, Row } from '@jixiao/documents';
import { findLabelled } from './cell-labels.ts';
import { fieldText, fieldsOf, pointerOf, valueForField, withField } from './form-fields.ts';

export function applyTaughtLabels(
  forms: Form[],
  sources: FieldSource[][],
  rows: readonly Row[],
  labels: readonly LabelMapping[],
): void {
  for (const { label, field } of labels) {
    const places = findLabelled(rows, label);
    let next = 0;
    forms.forEach((form, i) => {
      if (!fieldsOf(form.kind).includes(field)) return;
      const place = places[next++];
      if (!place || fieldText(form, field) !== null) return;
      const value = valueForField(field, place.text, place.label);
      if (!value.ok) return;
      forms[i] = withField(form, field, value.value);
      const row = rows[place.row]!;
      const path = pointerOf(field);
      sources[i] = [
        ...(sources[i] ?? []).filter((s) => s.path !== path),
        {
          path,
          line: row.line ?? place.row + 1,
          source: row.source ?? null,
          column: place.column,
          label: place.label,
          text: place.text,
          confidence: 1, // a label the organisation taught, with its value beside it in one row
        },
      ];
    });
  }
}
