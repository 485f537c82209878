// Runs the rules that read a subject and turns their reports into findings (one toFinding for every kind).
// Form checks have their own entry point (run-checks.ts) because they read a batch of forms.
import type { Finding } from '../model/finding.ts';
import { crashFinding, toFinding, type FindingTarget } from './render.ts';
import type { Subject } from './subjects.ts';
import type { AnySubjectRule } from './types.ts';

export type CheckedSubject = Exclude<Subject, { kind: 'form' }>;

/** The rules of `rules` that read `subject.kind`, in order; a rule that throws gives an info finding. */
export function runSubjectRules(
  rules: readonly AnySubjectRule[],
  subject: CheckedSubject,
  target: string | FindingTarget,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!(rule.meta.subjects as readonly string[]).includes(subject.kind)) continue;
    let reports;
    try {
      // The kind matched `meta.subjects` above: the rule reads this subject.
      reports = rule.check(subject as never);
    } catch {
      findings.push(crashFinding(rule.meta, target));
      continue;
    }
    for (const r of reports) findings.push(toFinding(rule.meta, r, target));
  }
  return findings;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Most severe first; stable within a severity. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
