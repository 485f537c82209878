// Runs the registered form rules over forms and returns findings, most severe first within each form.
import { formDisplayName, type Form } from '../model/form.ts';
import type { Finding } from '../model/finding.ts';
import { rules as registeredRules } from './rules/index.ts';
import { crashFinding, toFinding, type FindingTarget } from './render.ts';
import { bySeverity } from './engine.ts';
import { startCheckRun } from './helpers/memo.ts';
import { defaultCheckOptions, type CheckContext, type CheckOptions, type Rule } from './types.ts';

export interface RunChecksOptions {
  options?: Partial<CheckOptions>;
  rules?: readonly Rule[];
  /** The stored form's id, carried by every finding (findings are joined to forms by id, never by name). */
  formId?: string;
}

/** Checks one form; `siblings` are the other forms of the same file or batch (for cross-form rules). */
export function checkForm(form: Form, siblings: readonly Form[] = [form], opts: RunChecksOptions = {}): Finding[] {
  startCheckRun();
  const context: CheckContext = {
    siblings,
    options: { ...defaultCheckOptions, ...opts.options },
  };
  const target: FindingTarget = {
    form: formDisplayName(form),
    formKind: form.kind,
    ...(opts.formId ? { formId: opts.formId } : {}),
  };
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? registeredRules) {
    if (!rule.meta.appliesTo.includes(form.kind)) continue;
    let reports;
    try {
      reports = rule.check(form, context);
    } catch {
      // A rule must never break the report; a crash is itself reported so it gets fixed.
      findings.push(crashFinding(rule.meta, target));
      continue;
    }
    for (const r of reports) findings.push(toFinding(rule.meta, r, target));
  }
  return bySeverity(findings);
}

/** Checks every form of a batch, each with the whole batch as its siblings. */
export function runChecks(forms: readonly Form[], opts: RunChecksOptions = {}): Finding[] {
  return forms.flatMap((f) => checkForm(f, forms, opts));
}
