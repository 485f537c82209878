// R-EVAL-01 (published side): no 得分 above its 分值 — each indicator's and the 预算执行率's, as printed.
import { Decimal } from '../../money/decimal.ts';
import { pointer } from '../helpers/pointer.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

const above = (score: string | null, weight: string | null) =>
  score !== null && weight !== null && new Decimal(score).greaterThan(new Decimal(weight));

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-01',
    severity: 'error',
    category: 'arithmetic',
    description: '自评表中每项得分不超过其分值',
    messages: {
      aboveWeight: '「{name}」得分{score}分，高于其分值{weight}分：得分不能超过分值，请核对得分或分值',
      budgetAboveWeight: '预算执行率得分{score}分，高于其分值{weight}分：得分不能超过分值，请核对',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-01',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const reports: RuleReport[] = [];
    if (above(doc.budget.score, doc.budget.weight))
      reports.push({
        messageId: 'budgetAboveWeight',
        path: '/budget/score',
        data: { score: doc.budget.score, weight: doc.budget.weight },
      });
    doc.indicators.forEach((ind, i) => {
      if (above(ind.score, ind.weight))
        reports.push({
          messageId: 'aboveWeight',
          path: pointer('indicators', i, 'score'),
          data: { name: ind.name, score: ind.score, weight: ind.weight },
        });
    });
    return reports;
  },
};
