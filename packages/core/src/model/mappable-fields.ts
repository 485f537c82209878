// The fields of a form a person can point at in the import preview (a taught label names one of them):
// their Chinese names, where they sit in a form (JSON pointer) and their value as text. One list for the
// reader (documents), the server's picks and the web's preview.
import type { Form } from './form.ts';

export const MAPPABLE_FIELDS = [
  'name',
  'code',
  'unit',
  'supervisor',
  'executor',
  'leader',
  'phone',
  'year',
  'budget.total',
  'budget.current',
  'department',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export const MAPPABLE_FIELD_NAMES: Record<MappableField, string> = {
  name: '项目名称',
  code: '项目代码',
  unit: '申报单位',
  supervisor: '主管部门',
  executor: '执行单位',
  leader: '项目负责人',
  phone: '联系电话',
  year: '年度',
  'budget.total': '项目总预算',
  'budget.current': '当年预算',
  department: '部门（单位）名称',
};

/**
 * The fields a form of each kind offers for pointing, in the order the import preview lists them (what a
 * project is, its money and year, then who runs it). The server reads and sets only these.
 */
export const MAPPABLE_FIELDS_OF: Record<Form['kind'], readonly MappableField[]> = {
  project: [
    'name',
    'unit',
    'budget.total',
    'budget.current',
    'year',
    'code',
    'supervisor',
    'executor',
    'leader',
    'phone',
  ],
  department: ['department', 'year', 'phone'],
  disclosure: ['department', 'year'],
};

/**
 * The kinds of document a label can be taught on: a form's three kinds and the two evaluation tables (a 自评表,
 * a 监控表). Where a label was taught decides how its field is named in the list of taught labels.
 */
export const TAUGHT_ON_KINDS = [
  'project',
  'department',
  'disclosure',
  'self-evaluation',
  'monitoring',
] as const;
export type TaughtOnKind = (typeof TAUGHT_ON_KINDS)[number];

/**
 * The head fields of a 自评表 / 监控表 a person can point at, named as such tables print them: the unit that
 * carries the project out (实施单位) where a form names the applicant (申报单位), the year's budget (年度预算,
 * the table's 全年预算数) where a form names the project's whole budget (项目总预算).
 */
export const EVALUATION_FIELD_NAMES: Partial<Record<MappableField, string>> = {
  name: '项目名称',
  unit: '实施单位',
  supervisor: '主管部门',
  year: '年度',
  'budget.total': '年度预算',
};

/** A field's name as the kind of document prints it; a form's name where the kind is not known. */
export function mappableFieldName(field: MappableField, kind: TaughtOnKind | null): string {
  const evaluation = kind === 'self-evaluation' || kind === 'monitoring';
  return (evaluation ? EVALUATION_FIELD_NAMES[field] : undefined) ?? MAPPABLE_FIELD_NAMES[field];
}

/**
 * A field's name where the document a label was taught on is not known — a label taught before that was recorded
 * (layout_mappings.taught_on null): every name the kinds print it by, once each (申报单位／实施单位), so that the
 * list of taught labels calls a 自评表's 实施单位 by neither kind's name alone.
 */
export function mappableFieldNameOfAnyKind(field: MappableField): string {
  return [...new Set(TAUGHT_ON_KINDS.map((kind) => mappableFieldName(field, kind)))].join('／');
}

/** The unit a field's value is written in, where it has one (amounts are 万元). */
export const MAPPABLE_FIELD_UNITS: Partial<Record<MappableField, string>> = {
  'budget.total': '万元',
  'budget.current': '万元',
};

export function pointerOfField(field: MappableField): string {
  return '/' + field.replace('.', '/');
}

/** The field's value in a form as text, or null when the form has none. */
export function mappableFieldText(form: Form, field: MappableField): string | null {
  const record = form as unknown as Record<string, unknown>;
  const value =
    field === 'budget.total' || field === 'budget.current'
      ? (record.budget as Record<string, unknown> | undefined)?.[field.slice(7)]
      : record[field];
  return value === null || value === undefined || value === '' ? null : String(value);
}
