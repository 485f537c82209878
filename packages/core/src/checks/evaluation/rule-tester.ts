// Tests as data for the 自评表 / 监控表 checks, as for the form checks: valid documents give no report; each
// invalid one gives exactly the listed reports, and every message renders with its placeholders filled.
import { describe, expect, it } from 'vitest';
import { evaluationDocumentSchema, type EvaluationDocument } from '../../model/evaluation-document.ts';
import { emptySelfEvaluationDocument, type SelfEvaluationDocumentIndicator } from '../../model/self-evaluation-document.ts';
import type { Severity } from '../../model/finding.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import { renderMessage } from '../render.ts';
import type { EvaluationRule } from './types.ts';

export interface EvaluationCase {
  name: string;
  doc: EvaluationDocument;
}

export interface EvaluationInvalidCase extends EvaluationCase {
  errors: Array<{ messageId: string; path: string; severity?: Severity }>;
}

/** An indicator row as a test writes it: name, 一级, 分值, 得分 (target and actual 100%). */
export function row(name: string, level1: string, weight: string | null, score: string | null): SelfEvaluationDocumentIndicator {
  return {
    level1,
    level2: null,
    name,
    target: parseIndicatorValue('100%'),
    actual: parseIndicatorValue('100%'),
    weight,
    score,
    deviationReason: null,
  };
}

/** A 自评表 with a 10-point budget row scored `budgetScore` and the given rows. */
export function selfEvaluation(
  indicators: SelfEvaluationDocumentIndicator[],
  extra: Partial<EvaluationDocument & { kind: 'self-evaluation' }> = {},
  budgetScore: string | null = '10',
): EvaluationDocument {
  const doc = emptySelfEvaluationDocument({ name: '测试项目', indicators, ...extra });
  doc.budget = { ...doc.budget, annual: '20', executed: '20', rate: '100', weight: '10', score: budgetScore };
  return doc;
}

export function evaluationRuleTester(
  rule: EvaluationRule,
  cases: { valid: EvaluationCase[]; invalid: EvaluationInvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    it('has a valid and an invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        evaluationDocumentSchema.parse(c.doc);
        expect(rule.check(c.doc)).toEqual([]);
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        evaluationDocumentSchema.parse(c.doc);
        const reports = rule.check(c.doc);
        const got = reports.map((r, i) =>
          c.errors[i]?.severity
            ? { messageId: r.messageId, path: r.path, severity: r.severity ?? rule.meta.severity }
            : { messageId: r.messageId, path: r.path },
        );
        expect(got).toEqual(c.errors);
        for (const r of reports) {
          const template = rule.meta.messages[r.messageId];
          expect(template).toBeDefined();
          expect(renderMessage(template!, r.data)).not.toMatch(/\{\w+\}/);
        }
      });
  });
}
