// The head fields of a 自评表 / 监控表 a user can point at in the document pane, named as such tables print
// them; the server (layout-labels/evaluation-fields.ts) reads and sets only these.
import { EVALUATION_FIELD_NAMES as PRINTED, type MappableField } from '@jixiao/core';
import { fieldNameIn } from '../../imports/utils/preview-fields.ts';

/** The kind a 自评表's and a 监控表's fields are named by (both print them alike). */
const TABLE = 'self-evaluation';

export const EVALUATION_FIELDS = Object.keys(PRINTED) as MappableField[];

export const EVALUATION_FIELD_NAMES: Partial<Record<MappableField, string>> = Object.fromEntries(
  EVALUATION_FIELDS.map((f) => [f, fieldNameIn(f, TABLE)]),
);

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
