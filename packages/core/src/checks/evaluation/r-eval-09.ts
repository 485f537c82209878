// R-EVAL-09: the total on a 自评表 is right (± 0.01). Published side: the 总分 printed equals the 预算执行率
// 得分 plus the indicators' 得分 as printed. Uploaded into a self-evaluation: the total written in the file
// equals the total recomputed from its rows.
import { Decimal } from '../../money/decimal.ts';
import { decimalOf, show } from '../../evaluation/format.ts';
import { differs, sumOf } from './sums.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import type { SelfEvaluationDocument } from '../../model/self-evaluation-document.ts';

export const rule: SubjectRule<'evaluation-document' | 'stated-total'> = {
  meta: {
    id: 'R-EVAL-09',
    severity: 'error',
    category: 'arithmetic',
    subjects: ['evaluation-document', 'stated-total'],
    reference: 'DOMAIN §2 R-EVAL-09',
    description: '自评表的总分等于预算执行率得分与各项指标得分之和',
    messages: {
      totalMismatch:
        '预算执行率和各项指标的得分合计为{sum}分，与总分{stated}分相差{diff}分：请核对各项得分或总分',
      cutShort:
        '表格在文件中途截断：已列出的得分合计{sum}分，加上未列出的各项最多{room}分，也只有{most}分，不到总分{stated}分：请核对各项得分或总分',
      recomputedMismatch:
        '表上总分 {stated} 与按各项得分重新计算的 {computed} 不一致（相差 {diff}）：请核对各项得分与总分',
    },
  },
  check(subject) {
    if (subject.kind === 'stated-total') return checkRecomputed(subject.stated, subject.computed);
    const { doc } = subject;
    if (doc.kind !== 'self-evaluation' || doc.total === null) return [];
    const sum = sumOf([doc.budget.score, ...doc.indicators.map((i) => i.score)]);
    if (sum && doc.cutOff) return cutReports(doc, sum, doc.total);
    const diff = sum && differs(sum, doc.total);
    return sum && diff
      ? [
          {
            messageId: 'totalMismatch',
            path: '/total',
            data: { sum: sum.toFixed(), stated: doc.total, diff: diff.toFixed() },
          },
        ]
      : [];
  },
};

/**
 * A copy cut inside the table (cutOff): the rows past the cut carry at most the points not yet given out
 * (the 总分's 分值, 100 when not printed, less the 分值 of the rows read). The total is wrong only when the
 * scores read already exceed it or cannot reach it even with those points in full.
 */
function cutReports(doc: SelfEvaluationDocument, sum: Decimal, stated: string): RuleReport[] {
  const total = new Decimal(stated);
  if (sum.minus(total).gt(new Decimal('0.01')))
    return [
      {
        messageId: 'totalMismatch',
        path: '/total',
        data: { sum: sum.toFixed(), stated, diff: sum.minus(total).toFixed() },
      },
    ];
  const weights = sumOf([doc.budget.weight, ...doc.indicators.map((i) => i.weight)]);
  if (weights === null) return [];
  const left = new Decimal(doc.totalWeight ?? '100').minus(weights);
  const room = left.gt(0) ? left : new Decimal(0);
  const most = sum.plus(room);
  return total.minus(most).gt(new Decimal('0.01'))
    ? [
        {
          messageId: 'cutShort',
          path: '/total',
          data: { sum: sum.toFixed(), room: room.toFixed(), most: most.toFixed(), stated },
        },
      ]
    : [];
}

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
