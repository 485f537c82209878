// The server's reading of a form's 指标值: every typed value (op, value, unit, problem…) derived again from the
// text as written (`raw`), whatever a client or an older parser worked out. One owner for the reading: a fix
// to the grammar reaches every form written after it.
import type { Form } from '../model/form.ts';
import { parseIndicatorValue } from './parse-indicator-value.ts';

export function readFormValues(form: Form): Form {
  if (form.kind === 'disclosure') return form;
  return {
    ...form,
    indicators: form.indicators.map((i) => ({ ...i, target: parseIndicatorValue(i.target.raw) })),
  };
}
