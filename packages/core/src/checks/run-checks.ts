// Runs the registered rules over forms and returns findings, most severe first within each form.
import { formDisplayName, type Form } from '../model/form.ts';
import type { Finding } from '../model/finding.ts';
import { rules as registeredRules } from './rules/index.ts';
import { toFinding } from './render.ts';
import { startCheckRun } from './helpers/memo.ts';
import { defaultCheckOptions, type CheckContext, type CheckOptions, type Rule } from './types.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface RunChecksOptions {
  options?: Partial<CheckOptions>;
  rules?: readonly Rule[];
}

/** Checks one form; `siblings` are the other forms of the same file or batch (for cross-form rules). */
export function checkForm(form: Form, siblings: readonly Form[] = [form], opts: RunChecksOptions = {}): Finding[] {
  startCheckRun();
  const context: CheckContext = {
    siblings,
    options: { ...defaultCheckOptions, ...opts.options },
  };
  const name = formDisplayName(form);
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? registeredRules) {
    if (!rule.meta.appliesTo.includes(form.kind)) continue;
    let reports;
    try {
      reports = rule.check(form, context);
    } catch {
      // A rule must never break the report; a crash is itself reported so it gets fixed.
      reports = [{ messageId: '__crash', path: '', severity: 'info' as const }];
    }
    for (const r of reports) {
      if (r.messageId === '__crash') {
        findings.push({ rule: rule.meta.id, severity: 'info', message: `规则 ${rule.meta.id} 未能完成检查`, path: '', form: name });
      } else findings.push(toFinding(rule.meta, r, name));
    }
  }
  for (const f of findings) f.formKind = form.kind;
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Checks every form of a batch, each with the whole batch as its siblings. */
export function runChecks(forms: readonly Form[], opts: RunChecksOptions = {}): Finding[] {
  return forms.flatMap((f) => checkForm(f, forms, opts));
}
