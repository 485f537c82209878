// R-HIST-01: this year's target is no more ambitious than what was actually achieved last year (DOMAIN §1
// R-IND-13, fed by R-EVAL-08).
import { readPair } from '../../evaluation/quantities.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { label, lastYearById } from './last-year.ts';

export const rule: SubjectRule<'history'> = {
  meta: {
    id: 'R-HIST-01',
    severity: 'warning',
    category: 'values',
    subjects: ['history'],
    reference: 'DOMAIN §1 R-IND-13, §2 R-EVAL-08',
    description: '今年的目标不应比上年实际完成值更容易达到',
    messages: {
      floorTooLow:
        '{name}今年目标「{target}」不高于上年实际完成值「{actual}」：目标可能偏低，请参考上年实际水平提高目标，或说明理由',
      ceilingTooWide:
        '{name}今年目标「{target}」上限不低于上年实际完成值「{actual}」：上限可能偏宽，请参考上年实际水平降低上限，或说明理由',
    },
  },
  check({ input }) {
    const last = lastYearById(input);
    const reports: RuleReport[] = [];
    input.thisYear.indicators.forEach((ind, i) => {
      const prev = ind.id === undefined ? undefined : last.get(ind.id);
      if (!prev || prev.actual.kind !== 'quantitative' || ind.target.kind !== 'quantitative') return;
      const pair = readPair(ind.target, prev.actual, '上年实际值');
      if (!pair.ok) return;
      const { op, target: t, actual: a } = pair.value;
      if (t.isZero()) return;
      // Which way is better follows from the operator: a floor (≥ >) should rise above last year's actual,
      // a ceiling (≤ <, a cost cap, a complaint rate) should come down to it. An exact value (=33人, 100%) is
      // a plan, not a bound: last year's actual says nothing about whether it is ambitious.
      const ceiling = op === '≤' || op === '<';
      const floor = op === '≥' || op === '>';
      if (!ceiling && !floor) return;
      const easy = op === '≤' ? t.gte(a) : op === '<' ? t.gt(a) : op === '>' ? t.lt(a) : t.lte(a);
      if (!easy) return;
      reports.push({
        messageId: ceiling ? 'ceilingTooWide' : 'floorTooLow',
        path: `/indicators/${i}/target`,
        data: { name: label(ind.name, ind.id!), target: ind.target.raw, actual: prev.actual.raw },
      });
    });
    return reports;
  },
};
