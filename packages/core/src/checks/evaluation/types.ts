// The contract of a check over a 自评表 / 监控表 read on its own: the same shape as the form checks (meta +
// pure check, reports with a message id and a JSON pointer), over an EvaluationDocument instead of a Form.
import type { EvaluationDocument } from '../../model/evaluation-document.ts';
import type { RuleMeta, RuleReport } from '../types.ts';

export interface EvaluationRuleMeta extends Omit<RuleMeta, 'appliesTo'> {
  /** The kinds of document the rule reads. */
  appliesTo: readonly EvaluationDocument['kind'][];
}

export interface EvaluationRule {
  meta: EvaluationRuleMeta;
  /** Pure and total: never throws; returns nothing when the rule does not apply. */
  check(doc: EvaluationDocument): RuleReport[];
}
