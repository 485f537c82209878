// Tests as data for the 自评表 / 监控表 checks through the one rule tester, and the rows they are written with.
import { evaluationDocumentSchema, type EvaluationDocument } from '../../model/evaluation-document.ts';
import {
  emptySelfEvaluationDocument,
  type SelfEvaluationDocumentIndicator,
} from '../../model/self-evaluation-document.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import { subjectRuleTester, type ExpectedReport } from '../rule-tester.ts';
import type { SubjectRule } from '../types.ts';

export interface EvaluationCase {
  name: string;
  doc: EvaluationDocument;
}

export interface EvaluationInvalidCase extends EvaluationCase {
  errors: ExpectedReport[];
}

/** An indicator row as a test writes it: name, 一级, 分值, 得分 (target and actual 100%). */
export function row(
  name: string,
  level1: string,
  weight: string | null,
  score: string | null,
): SelfEvaluationDocumentIndicator {
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

/** Data tests of a 自评表 / 监控表 rule: cases are documents (checked against the document schema first). */
export function evaluationRuleTester(
  rule: SubjectRule<'evaluation-document'>,
  cases: { valid: EvaluationCase[]; invalid: EvaluationInvalidCase[] },
): void {
  const subject = (doc: EvaluationDocument) => ({
    kind: 'evaluation-document' as const,
    doc: evaluationDocumentSchema.parse(doc),
  });
  subjectRuleTester(rule, {
    valid: cases.valid.map((c) => ({ name: `valid: ${c.name}`, subject: subject(c.doc) })),
    invalid: cases.invalid.map((c) => ({
      name: `invalid: ${c.name}`,
      subject: subject(c.doc),
      errors: c.errors,
    })),
  });
}
