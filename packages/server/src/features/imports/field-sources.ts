// Where each field of a recognised form came from and which fields the user must confirm. Sources
// come from the recogniser; a field it read without saying where gets a source found by looking for
// its text in the document, with a low confidence (a guess about the place is marked, never hidden).
import { dec, type Form } from '@jixiao/core';
import { UNSURE_BELOW, oneLine, type FieldSource, type MappableField, type Row } from '@jixiao/documents';
import {
  fieldText,
  fieldsOf,
  pointerOf,
  REQUIRED_FIELDS,
  valueForField,
} from '../layout-labels/form-fields.ts';
import { labelledCell, type LabelledCell } from '../layout-labels/cell-labels.ts';

/** The confidence of a place found by searching the document for the value's text. */
export const LOCATED_CONFIDENCE = 0.5;

export interface UnsureField {
  path: string;
  /** The mappable field at this path, when it is one (the user can point at its cell). */
  field: MappableField | null;
  reason: 'missing' | 'low-confidence';
  confidence: number | null;
}

type Place = LabelledCell & { line: number; source: string | null };

/**
 * Every cell of the document under the keys a value can be looked up by (its text, the amount it says
 * beside its label, the years it names), first place first. Built once per reading: looking values up
 * cell by cell for each field of each form would grow with forms × rows.
 */
export function indexCells(rows: readonly Row[]): Map<string, Place> {
  const index = new Map<string, Place>();
  const put = (key: string, place: Place) => {
    if (!index.has(key)) index.set(key, place);
  };
  rows.forEach((row, r) => {
    row.cells.forEach((raw, column) => {
      // A blank cell holds no value: not worth finding its label (most of the cost of a cell).
      if (raw.trim() === '') return;
      const cell = labelledCell(rows, r, column);
      // The fields looked up are names, amounts and years: a long passage holds none of them.
      if (!cell || cell.text === '' || cell.text.length > MAX_VALUE_CHARS) return;
      const place = { ...cell, line: row.line ?? r + 1, source: row.source ?? null };
      put(textKey(cell.text), place);
      if (!/\d/.test(cell.text)) return;
      if (AMOUNT_LIKE.test(cell.text)) {
        const amount = valueForField('budget.total', cell.text, cell.label);
        if (amount.ok) put(amountKey(String(amount.value)), place);
      }
      for (const y of cell.text.match(/(?:19|20)\d{2}/g) ?? []) put(`year:${y}`, place);
    });
  });
  return index;
}

const MAX_VALUE_CHARS = 200;
// A cell that can say an amount: digits with separators and an optional currency sign or unit.
const AMOUNT_LIKE = /^[¥￥]?\s*-?[\d,，.\s]+(亿元|万元|万|元)?$/;

const textKey = (text: string) => `text:${oneLine(text).replace(/\s+/g, ' ')}`;
const amountKey = (amount: string) => `amount:${dec(amount)?.toFixed() ?? amount}`;

function keyOf(field: MappableField, value: string): string {
  if (field === 'budget.total' || field === 'budget.current') return amountKey(value);
  if (field === 'year') return `year:${value}`;
  return textKey(value);
}

/** A source for a field the recogniser read without a place: the first cell holding its value. */
function located(index: Map<string, Place>, field: MappableField, value: string): FieldSource {
  const place = index.get(keyOf(field, value));
  return {
    path: pointerOf(field),
    line: place?.line ?? null,
    source: place?.source ?? null,
    column: place?.column ?? null,
    label: place?.label ?? null,
    text: place?.text ?? value,
    confidence: LOCATED_CONFIDENCE,
  };
}

/** The recogniser's sources, completed with located ones for filled fields it said nothing about. */
export function completeSources(form: Form, recognised: readonly FieldSource[], index: Map<string, Place>) {
  const known = new Set(recognised.map((s) => s.path));
  const added: FieldSource[] = [];
  for (const field of fieldsOf(form.kind)) {
    const value = fieldText(form, field);
    if (value !== null && !known.has(pointerOf(field))) added.push(located(index, field, value));
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
