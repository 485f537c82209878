// R-EVAL-09: the total on a 自评表 is right (± 0.01). Published side: the 总分 printed equals the 预算执行率
// 得分 plus the indicators' 得分 as printed. Uploaded into a self-evaluation: the total written in the file
// equals the total recomputed from its rows.
import { Decimal } from '../../money/decimal.ts';
import { decimalOf, show } from '../../evaluation/format.ts';
import { differs, sumOf } from './sums.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'evaluation-document' | 'stated-total'> = {
  meta: {
    id: 'R-EVAL-09',
    severity: 'error',
    category: 'arithmetic',
    subjects: ['evaluation-document', 'stated-total'],
    reference: 'DOMAIN §2 R-EVAL-09',
    description: '自评表的总分等于预算执行率得分与各项指标得分之和',
    messages: {
      totalMismatch: '预算执行率和各项指标的得分合计为{sum}分，与总分{stated}分相差{diff}分：请核对各项得分或总分',
      recomputedMismatch: '表上总分 {stated} 与按各项得分重新计算的 {computed} 不一致（相差 {diff}）：请核对各项得分与总分',
    },
  },
  check(subject) {
    if (subject.kind === 'stated-total') return checkRecomputed(subject.stated, subject.computed);
    const { doc } = subject;
    if (doc.kind !== 'self-evaluation' || doc.total === null) return [];
    const sum = sumOf([doc.budget.score, ...doc.indicators.map((i) => i.score)]);
    const diff = sum && differs(sum, doc.total);
    return sum && diff
      ? [{ messageId: 'totalMismatch', path: '/total', data: { sum: sum.toFixed(), stated: doc.total, diff: diff.toFixed() } }]
      : [];
  },
};

function checkRecomputed(stated: string | null, computed: string | null): RuleReport[] {
  const s = decimalOf(stated);
  const c = decimalOf(computed);
  if (s === null || c === null || s.minus(c).abs().lte(new Decimal('0.01'))) return [];
  return [
    {
      messageId: 'recomputedMismatch',
      path: '/total',
      data: { stated: show(s), computed: c.toFixed(2), diff: show(s.minus(c).abs()) },
    },
  ];
}
