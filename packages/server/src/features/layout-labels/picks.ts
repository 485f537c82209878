// Cells the user pointed at in the import preview: each names a field of a form and a cell of the
// document; the value is read from that cell (never sent by the browser) and its label is kept so
// that it can be remembered for the template.
import type { Form } from '@jixiao/core';
import type { Pick } from '@jixiao/core/contracts';
import { labelKey, type FieldSource, type LabelMapping, type Row } from '@jixiao/documents';
import { labelError } from './layout-labels.errors.ts';
import { labelledCell } from './cell-labels.ts';
import { FIELD_NAMES, fieldsOf, pointerOf, valueForField, withField } from './form-fields.ts';

export { pickSchema, picksSchema, type Pick } from '@jixiao/core/contracts';

export interface ResolvedPick extends Pick {
  /** The label found beside the cell (or the one confirmed), null when there is none. */
  foundLabel: string | null;
  text: string;
}

/** Finds each pick's cell and label; refuses a cell that does not exist. */
export function resolvePicks(rows: readonly Row[], picks: readonly Pick[]): ResolvedPick[] {
  return picks.map((p) => {
    const cell = labelledCell(rows, p.row, p.column);
    if (!cell)
      throw labelError('bad-pick', { row: p.row, column: p.column }, '所指的单元格不存在：请重新指出位置');
    return { ...p, foundLabel: p.label ?? cell.label, text: cell.text };
  });
}

/** The picks' labels as mappings for this reading only (a confirmed label wins over a stored one). */
export function pickedLabels(picks: readonly ResolvedPick[]): LabelMapping[] {
  return picks.flatMap((p) => (p.foundLabel ? [{ label: p.foundLabel, field: p.field }] : []));
}

/** Sets each picked value on its form, with the cell as its source (sure: the user pointed at it). */
export function applyPicks(
  forms: Form[],
  sources: FieldSource[][],
  rows: readonly Row[],
  picks: readonly ResolvedPick[],
): void {
  for (const p of picks) {
    if (forms.length === 0) return; // nothing to set: the labels still take part in the reading
    const i = p.index ?? 0;
    const form = forms[i];
    if (!form) throw labelError('bad-index', { count: forms.length });
    if (!fieldsOf(form.kind).includes(p.field))
      throw labelError('bad-pick', { field: p.field }, `这张表没有“${FIELD_NAMES[p.field]}”：请选择其他字段`);
    const value = valueForField(p.field, p.text, p.foundLabel);
    if (!value.ok)
      throw labelError(
        'bad-pick',
        { field: p.field },
        `${value.reason}，不能作为“${FIELD_NAMES[p.field]}”：请重新指出位置`,
      );
    forms[i] = withField(form, p.field, value.value);
    const row = rows[p.row]!;
    const path = pointerOf(p.field);
    sources[i] = [
      ...(sources[i] ?? []).filter((s) => s.path !== path),
      {
        path,
        line: row.line ?? p.row + 1,
        source: row.source ?? null,
        column: p.column,
        label: p.foundLabel,
        text: p.text,
        confidence: 1,
      },
    ];
  }
}

/** Taught labels and picked ones, one field per label key, picked ones first (they win). */
export function mergeLabels(
  picked: readonly LabelMapping[],
  taught: readonly LabelMapping[],
): LabelMapping[] {
  const seen = new Set<string>();
  return [...picked, ...taught].filter((m) => {
    const key = labelKey(m.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
