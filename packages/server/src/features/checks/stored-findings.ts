// The findings of a stored form carry its id: a page, a dashboard or a workflow error joins them back to the
// form by id, never by its display name (two forms may share a name).
import type { Finding, Form } from '@jixiao/core';
import type { FormChecker } from '../../app-deps.ts';

export function checkStoredForm(check: FormChecker, form: Form, formId: string): Finding[] {
  return check(form).map((f) => ({ ...f, formId }));
}
