// R-EVAL-09 (published side): the 总分 printed equals the 预算执行率 得分 plus the indicators' 得分 (± 0.01).
import type { EvaluationRule } from './types.ts';
import { differs, sumOf } from './sums.ts';

export const rule: EvaluationRule = {
  meta: {
    id: 'R-EVAL-09',
    severity: 'error',
    category: 'arithmetic',
    description: '自评表的总分等于预算执行率得分与各项指标得分之和',
    messages: {
      totalMismatch: '预算执行率和各项指标的得分合计为{sum}分，与总分{stated}分相差{diff}分：请核对各项得分或总分',
    },
    appliesTo: ['self-evaluation'],
  },
  check(doc) {
    if (doc.kind !== 'self-evaluation' || doc.total === null) return [];
    const sum = sumOf([doc.budget.score, ...doc.indicators.map((i) => i.score)]);
    const diff = sum && differs(sum, doc.total);
    return sum && diff
      ? [{ messageId: 'totalMismatch', path: '/total', data: { sum: sum.toFixed(), stated: doc.total, diff: diff.toFixed() } }]
      : [];
  },
};
