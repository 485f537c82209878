// R-HIST-02: a target left as it was last year while the budget moved by more than a share (30 % by
// default) should move with the money (DOMAIN §1 R-IND-13). Rates in % only when the options say so.
import type { IndicatorValue } from '../../model/indicator-value.ts';
import { Decimal } from '../../money/decimal.ts';
import { decimalOf, show, showPercent } from '../../evaluation/format.ts';
import { readPair } from '../../evaluation/quantities.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { label, lastYearById } from './last-year.ts';

function sameTarget(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.kind !== 'quantitative' || b.kind !== 'quantitative' || a.op !== b.op) return false;
  const p = readPair(a, b, '上年目标值');
  return p.ok && p.value.actual.eq(p.value.target);
}

export const rule: SubjectRule<'history'> = {
  meta: {
    id: 'R-HIST-02',
    severity: 'info',
    category: 'values',
    subjects: ['history'],
    reference: 'DOMAIN §1 R-IND-13',
    description: '预算变化较大而目标与上年相同时提示核对目标与资金是否匹配',
    messages: {
      unchanged:
        '{name}今年目标「{target}」与上年相同，但预算由 {before} 万元变为 {after} 万元{change}（超过 {share}）：请核对目标是否与资金相匹配',
    },
  },
  check({ input, options }) {
    const b0 = decimalOf(input.lastYear.budget);
    const b1 = decimalOf(input.thisYear.budget);
    const share = decimalOf(options.budgetChangeShare) ?? new Decimal('0.3');
    if (b0 === null || b1 === null || b0.isNegative() || b1.isNegative()) return [];
    if (b0.isZero() ? b1.isZero() : b1.minus(b0).abs().div(b0).lte(share)) return [];
    const change = b0.isZero()
      ? ''
      : `，${b1.gte(b0) ? '增加' : '减少'} ${showPercent(b1.minus(b0).abs().div(b0), 2)}`;
    const last = lastYearById(input);
    const reports: RuleReport[] = [];
    input.thisYear.indicators.forEach((ind, i) => {
      const prev = ind.id === undefined ? undefined : last.get(ind.id);
      if (!prev || !sameTarget(ind.target, prev.target)) return;
      if (!options.includeRates && ind.target.unit === '%') return;
      reports.push({
        messageId: 'unchanged',
        path: `/indicators/${i}/target`,
        data: {
          name: label(ind.name, ind.id!),
          target: ind.target.raw,
          before: show(b0),
          after: show(b1),
          change,
          share: showPercent(share, 2),
        },
      });
    });
    return reports;
  },
};
