// R-EVAL-13: a 自评表 whose 年初预算数 is 0 yet shows 执行率 100 %. With no 全年预算数 either, the rate has
// nothing to be measured against (R-EVAL-03: a zero budget scores 0) — an error. With a 全年预算数, all the
// money came in the year: the rate may stand, but a 年初预算数 left at 0 is as often a blank cell misfilled,
// so it is a warning asking for the adjustment that brought the funds.
import { decimalOf, show } from '../../evaluation/format.ts';
import type { SubjectRule } from '../types.ts';

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-13',
    severity: 'warning',
    category: 'consistency',
    description: '年初预算数为 0 时执行率不应直接写 100%',
    messages: {
      noBudget:
        '年初预算数为0，全年预算数{annual}，执行率却写为{rate}%：没有预算数就无法计算执行率（应计0分并说明），请核对预算数和执行率',
      addedInYear:
        '年初预算数为0，全年预算数{annual}万元全部为年中追加，执行率写为{rate}%：须核对年初预算数是否漏填，并附预算调整依据',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-13',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const initial = decimalOf(doc.budget.initial);
    const rate = decimalOf(doc.budget.rate);
    if (initial === null || !initial.isZero() || rate === null || !rate.eq(100)) return [];
    const annual = decimalOf(doc.budget.annual);
    if (annual === null || annual.isZero())
      return [
        {
          messageId: 'noBudget',
          path: '/budget/rate',
          severity: 'error',
          data: { annual: annual === null ? '未填' : '0万元', rate: show(rate) },
        },
      ];
    return [
      { messageId: 'addedInYear', path: '/budget/initial', data: { annual: show(annual), rate: show(rate) } },
    ];
  },
};
