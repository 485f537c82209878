// The head fields of a 自评表 / 监控表 a user can point at in the document pane, named as such tables print
// them; the server (layout-labels/evaluation-fields.ts) reads and sets only these.
import type { MappableField } from '@jixiao/core';
import { FIELD_NAMES } from '../../imports/utils/preview-fields.ts';

export const EVALUATION_FIELD_NAMES: Partial<Record<MappableField, string>> = {
  name: '项目名称',
  unit: '实施单位',
  supervisor: '主管部门',
  year: '年度',
  'budget.total': '年度预算（万元）',
};

export const EVALUATION_FIELDS = Object.keys(EVALUATION_FIELD_NAMES) as MappableField[];

/** Every field's name, the evaluation's own where it has one (for the labels to remember). */
export const EVALUATION_NAMES: Record<MappableField, string> = { ...FIELD_NAMES, ...EVALUATION_FIELD_NAMES };

/** The pointer of each field in the document summary, to say which are missing. */
export function missingEvaluationFields(doc: {
  name: string | null;
  unit: string | null;
  department: string | null;
  year: number | null;
  budget: { annual: string | null };
}): MappableField[] {
  const values: Partial<Record<MappableField, unknown>> = {
    name: doc.name,
    unit: doc.unit,
    supervisor: doc.department,
    year: doc.year,
    'budget.total': doc.budget.annual,
  };
  return EVALUATION_FIELDS.filter((f) => values[f] === null || values[f] === undefined || values[f] === '');
}
