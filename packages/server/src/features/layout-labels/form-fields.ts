// The fields of a form that a user can point at in the import preview: their Chinese names, where they
// sit in the form (JSON pointer), which kinds of form have them and which a form cannot do without.
import {
  MAPPABLE_FIELD_NAMES,
  MAPPABLE_FIELDS_OF,
  mappableFieldText,
  parseAmount,
  pointerOfField,
  type Form,
  type MappableField,
} from '@jixiao/core';

export const FIELD_NAMES = MAPPABLE_FIELD_NAMES;

const FIELDS_OF = MAPPABLE_FIELDS_OF;

/** The fields without which a form of the kind cannot be saved sensibly: marked when missing. */
export const REQUIRED_FIELDS: Record<Form['kind'], readonly MappableField[]> = {
  project: ['name', 'unit', 'budget.total'],
  department: ['department'],
  disclosure: ['department'],
};

export function fieldsOf(kind: Form['kind']): readonly MappableField[] {
  return FIELDS_OF[kind];
}

export const pointerOf = pointerOfField;

/** The field's value as text, or null when the form has none (or no such field). */
export function fieldText(form: Form, field: MappableField): string | null {
  return FIELDS_OF[form.kind].includes(field) ? mappableFieldText(form, field) : null;
}

export type FieldValue = { ok: true; value: string | number } | { ok: false; reason: string };

/** The value a cell's text gives a field: amounts in 万元 (the label may say 元), a year as a number. */
export function valueForField(field: MappableField, text: string, label: string | null): FieldValue {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return { ok: false, reason: '所选单元格是空的' };
  if (field === 'budget.total' || field === 'budget.current') {
    const unit = label && /（元）|\(元\)/.test(label) && !/万元/.test(label) ? '元' : '万元';
    const amount = parseAmount(t, unit);
    return amount === null ? { ok: false, reason: `“${t}”不是金额` } : { ok: true, value: amount };
  }
  if (field === 'year') {
    const m = /(?:19|20)\d{2}/.exec(t);
    return m ? { ok: true, value: Number(m[0]) } : { ok: false, reason: `“${t}”中没有年度` };
  }
  return { ok: true, value: t };
}

/** A copy of the form with the field set (the field must belong to the form's kind). */
export function withField(form: Form, field: MappableField, value: string | number): Form {
  const copy = structuredClone(form) as unknown as Record<string, unknown>;
  if (field === 'budget.total' || field === 'budget.current')
    (copy.budget as Record<string, unknown>)[field.slice(7)] = value;
  else copy[field] = value;
  return copy as unknown as Form;
}
