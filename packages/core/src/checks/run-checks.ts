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

// Every form asks which rules read its kind: answered once for each list of rules and kind.
const rulesByKind = new WeakMap<readonly Rule[], Map<Form['kind'], readonly Rule[]>>();

/** The rules of `rules` that apply to a form kind, in order. */
function rulesFor(rules: readonly Rule[], kind: Form['kind']): readonly Rule[] {
  let byKind = rulesByKind.get(rules);
  if (!byKind) rulesByKind.set(rules, (byKind = new Map()));
  let applying = byKind.get(kind);
  if (!applying) byKind.set(kind, (applying = rules.filter((r) => r.meta.appliesTo.includes(kind))));
  return applying;
}

/** Checks one form; `siblings` are the other forms of the same file or batch (for cross-form rules). */
export function checkForm(
  form: Form,
  siblings: readonly Form[] = [form],
  opts: RunChecksOptions = {},
): Finding[] {
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
  for (const rule of rulesFor(opts.rules ?? registeredRules, form.kind)) {
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
