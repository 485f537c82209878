// The checks (@jixiao/core checkForm) run in the browser on the form as it is typed. A form of a few
// hundred indicators is checked in a few milliseconds, so the findings follow the keystroke in the same
// render (a deferred render would be time-sliced with the layout of a large table and arrive a tenth of
// a second later); only very large forms are checked a moment behind, keeping typing smooth.
import { useDeferredValue, useMemo } from 'react';
import { checkForm, type Finding, type Form } from '@jixiao/core';

/** Above this many indicators the check runs in a deferred (interruptible) render. */
export const DEFER_ABOVE = 400;

function size(form: Form | null): number {
  return form && form.kind !== 'disclosure' ? form.indicators.length : 0;
}

export function useLiveFindings(form: Form | null): { findings: Finding[]; pending: boolean } {
  const deferred = useDeferredValue(form);
  const checked = size(form) > DEFER_ABOVE ? deferred : form;
  const findings = useMemo(() => {
    if (!checked) return [];
    try {
      return checkForm(checked, [checked]);
    } catch (e) {
      console.error('checkForm failed', e);
      return [];
    }
  }, [checked]);
  return { findings, pending: checked !== form };
}
