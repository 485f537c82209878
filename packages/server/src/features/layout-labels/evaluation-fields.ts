// The head fields of an imported 自评表 / 监控表 a user can point at (名称, 实施单位, 主管部门, 年度, 年度预算), and
// how a taught label or a picked cell sets them: the same picks and layout mappings as a target form's
// (picks.ts, taught-labels.ts), written into the evaluation document instead of a form.
import { mappableFieldName, type EvaluationDocument, type MappableField } from '@jixiao/core';
import type { FieldSource, LabelMapping, Row } from '@jixiao/documents';
import { findLabelled } from './cell-labels.ts';
import { valueForField } from './form-fields.ts';
import { labelError } from './layout-labels.errors.ts';
import { mergeLabels, pickedLabels, type ResolvedPick } from './picks.ts';

/**
 * Each pointable field and where it sits in the document: a form's 主管部门 is the table's department,
 * its 项目总预算 the table's 年度预算 (全年预算数).
 */
const POINTERS: Partial<Record<MappableField, string>> = {
  name: '/name',
  unit: '/unit',
  supervisor: '/department',
  year: '/year',
  'budget.total': '/budget/annual',
};

export const EVALUATION_FIELDS = Object.keys(POINTERS) as MappableField[];

function textOf(doc: EvaluationDocument, field: MappableField): string | null {
  if (field === 'budget.total') return doc.budget.annual;
  if (field === 'supervisor') return doc.department;
  if (field === 'year') return doc.year === null ? null : String(doc.year);
  if (field === 'name' || field === 'unit') return doc[field];
  return null;
}

/** The document with the field set from a cell's text, or the reason the text cannot be that field. */
function withValue(
  doc: EvaluationDocument,
  field: MappableField,
  text: string,
  label: string | null,
): { ok: true; doc: EvaluationDocument } | { ok: false; reason: string } {
  const value = valueForField(field, text, label);
  if (!value.ok) return value;
  const copy = structuredClone(doc);
  // The amount in 万元, as the reader keeps the table's own figures ("150万" → 150): a cell under a label in 元
  // is converted, never taken as so many 万元.
  if (field === 'budget.total') copy.budget.annual = String(value.value);
  else if (field === 'supervisor') copy.department = String(value.value);
  else if (field === 'year') copy.year = Number(value.value);
  else if (field === 'name' || field === 'unit') copy[field] = String(value.value);
  return { ok: true, doc: copy };
}

function sourceOf(
  rows: readonly Row[],
  field: MappableField,
  place: { row: number; column: number; label: string | null; text: string },
): FieldSource {
  const row = rows[place.row]!;
  return {
    path: POINTERS[field]!,
    line: row.line ?? place.row + 1,
    source: row.source ?? null,
    column: place.column,
    label: place.label,
    text: place.text,
    confidence: 1, // the user pointed at it, or the organisation taught its label
  };
}

function setSource(sources: FieldSource[][], i: number, source: FieldSource) {
  sources[i] = [...(sources[i] ?? []).filter((s) => s.path !== source.path), source];
}

/** Taught labels fill the fields the reader left empty: the k-th place a label stands goes to the k-th table. */
export function applyEvaluationLabels(
  docs: EvaluationDocument[],
  sources: FieldSource[][],
  rows: readonly Row[],
  labels: readonly LabelMapping[],
): void {
  for (const { label, field } of labels) {
    if (!POINTERS[field]) continue;
    const places = findLabelled(rows, label);
    docs.forEach((doc, i) => {
      const place = places[i];
      if (!place || textOf(doc, field) !== null) return;
      const set = withValue(doc, field, place.text, place.label);
      if (!set.ok) return;
      docs[i] = set.doc;
      setSource(sources, i, sourceOf(rows, field, place));
    });
  }
}

/** Sets each picked cell's value on its table (a pick wins over what was read). */
export function applyEvaluationPicks(
  docs: EvaluationDocument[],
  sources: FieldSource[][],
  rows: readonly Row[],
  picks: readonly ResolvedPick[],
): void {
  for (const p of picks) {
    const i = p.index ?? 0;
    const doc = docs[i];
    if (!doc) throw labelError('bad-index', { count: docs.length });
    // Named as the table prints the field (实施单位, not a form's 申报单位).
    const name = mappableFieldName(p.field, doc.kind);
    if (!POINTERS[p.field])
      throw labelError('bad-pick', { field: p.field }, `自评表、监控表没有“${name}”：请选择其他字段`);
    const set = withValue(doc, p.field, p.text, p.foundLabel);
    if (!set.ok)
      throw labelError('bad-pick', { field: p.field }, `${set.reason}，不能作为“${name}”：请重新指出位置`);
    docs[i] = set.doc;
    setSource(sources, i, sourceOf(rows, p.field, { ...p, label: p.foundLabel }));
  }
}

/** Taught labels, then the picks (whose labels also count as taught for this reading, picked first). */
export function pointedEvaluations(
  docs: EvaluationDocument[],
  sources: FieldSource[][],
  rows: readonly Row[],
  taught: readonly LabelMapping[],
  picks: readonly ResolvedPick[],
): void {
  applyEvaluationLabels(docs, sources, rows, mergeLabels(pickedLabels(picks), taught));
  applyEvaluationPicks(docs, sources, rows, picks);
}
