// Tests as data for a check (ESLint's RuleTester, beside the rule): valid forms give no report;
// each invalid form gives exactly the listed reports (message id, path and, if given, severity).
import { describe, expect, it } from 'vitest';
import { formSchema, type Form } from '../../model/form.ts';
import type { Severity } from '../../model/finding.ts';
import { renderMessage } from '../render.ts';
import { defaultCheckOptions, type CheckOptions, type Rule } from '../types.ts';

export interface ValidCase {
  name: string;
  form: Form;
  options?: Partial<CheckOptions>;
}

export interface ExpectedReport {
  messageId: string;
  path: string;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (c: ValidCase) =>
    rule.check(c.form, { siblings: [c.form], options: { ...defaultCheckOptions, ...c.options } });

  describe(rule.meta.id, () => {
    it('has a valid and an invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          formSchema.parse(c.form);
          expect(run(c)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          formSchema.parse(c.form);
          const reports = run(c);
          const got = reports.map((r, i) => {
            const e = c.errors[i];
            return e?.severity
              ? { messageId: r.messageId, path: r.path, severity: r.severity ?? rule.meta.severity }
              : { messageId: r.messageId, path: r.path };
          });
          expect(got).toEqual(c.errors);
          for (const r of reports) {
            const template = rule.meta.messages[r.messageId];
            expect(template, `message id ${r.messageId}`).toBeDefined();
            const text = renderMessage(template!, r.data);
            expect(text, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
          }
        });
      }
    });
  });
}
