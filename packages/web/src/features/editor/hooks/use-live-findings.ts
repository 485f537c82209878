// The checks (@jixiao/core checkForm) run in the browser on the form as it is typed, a moment behind;
// `pending` is true while the findings shown are for an older state of the form.
import { useDeferredValue, useMemo } from 'react';
import { checkForm, type Finding, type Form } from '@jixiao/core';

export function useLiveFindings(form: Form | null): { findings: Finding[]; pending: boolean } {
  const deferred = useDeferredValue(form);
  const findings = useMemo(() => {
    if (!deferred) return [];
    try {
      return checkForm(deferred, [deferred]);
    } catch (e) {
      console.error('checkForm failed', e);
      return [];
    }
  }, [deferred]);
  return { findings, pending: deferred !== form };
}
