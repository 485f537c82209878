// Tests as data for every rule (ESLint's RuleTester, beside the rule): each valid case gives no report; each
// invalid case gives exactly the listed reports (message id, path and, if given, severity), and every report
// renders a message of the rule with all its placeholders filled. Form rules take cases of forms; the other
// rules take cases of their subjects.
import { describe, expect, it } from 'vitest';
import { formSchema, type Form } from '../model/form.ts';
import type { Severity } from '../model/finding.ts';
import { renderMessage } from './render.ts';
import type { Subject, SubjectKind } from './subjects.ts';
import {
  defaultCheckOptions,
  type CheckOptions,
  type Rule,
  type RuleMetaBase,
  type RuleReport,
  type SubjectRule,
} from './types.ts';

export interface ExpectedReport {
  messageId: string;
  path: string;
  severity?: Severity;
}

export interface ValidCase {
  name: string;
  form: Form;
  options?: Partial<CheckOptions>;
  /** The other forms of the same file or batch, for cross-form rules. */
  siblings?: Form[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

export interface SubjectCase<K extends Exclude<SubjectKind, 'form'>> {
  name: string;
  subject: Extract<Subject, { kind: K }>;
}

export interface SubjectInvalidCase<K extends Exclude<SubjectKind, 'form'>> extends SubjectCase<K> {
  errors: ExpectedReport[];
}

interface RunCase {
  name: string;
  /** Validates the case's input against its schema, then runs the rule. */
  reports: () => RuleReport[];
}

/** The one tester: what every rule's data tests go through. */
export function testReports(
  meta: RuleMetaBase,
  cases: { valid: RunCase[]; invalid: Array<RunCase & { errors: ExpectedReport[] }> },
): void {
  describe(meta.id, () => {
    it('has a valid and an invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      for (const c of cases.valid) it(c.name, () => expect(c.reports()).toEqual([]));
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const reports = c.reports();
          const got = reports.map((r, i) =>
            c.errors[i]?.severity
              ? { messageId: r.messageId, path: r.path, severity: r.severity ?? meta.severity }
              : { messageId: r.messageId, path: r.path },
          );
          expect(got).toEqual(c.errors);
          for (const r of reports) {
            const template = meta.messages[r.messageId];
            expect(template, `message id ${r.messageId}`).toBeDefined();
            expect(renderMessage(template!, r.data), 'every placeholder is filled').not.toMatch(/\{\w+\}/);
          }
        });
      }
    });
  });
}

/** Data tests of a form rule: cases are forms (checked against the form schema first). */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const reports = (c: ValidCase) => () => {
    formSchema.parse(c.form);
    return rule.check(c.form, {
      siblings: [c.form, ...(c.siblings ?? [])],
      options: { ...defaultCheckOptions, ...c.options },
    });
  };
  testReports(rule.meta, {
    valid: cases.valid.map((c) => ({ name: c.name, reports: reports(c) })),
    invalid: cases.invalid.map((c) => ({ name: c.name, reports: reports(c), errors: c.errors })),
  });
}

/** Data tests of a rule over any other subject (a budget, a monitoring round, last year's results…). */
export function subjectRuleTester<K extends Exclude<SubjectKind, 'form'>>(
  rule: SubjectRule<K>,
  cases: { valid: SubjectCase<K>[]; invalid: SubjectInvalidCase<K>[] },
): void {
  const reports = (c: SubjectCase<K>) => () => rule.check(c.subject);
  testReports(rule.meta, {
    valid: cases.valid.map((c) => ({ name: c.name, reports: reports(c) })),
    invalid: cases.invalid.map((c) => ({ name: c.name, reports: reports(c), errors: c.errors })),
  });
}
