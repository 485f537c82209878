// R-HIST-03: an indicator that missed its target last year is kept this year (with improvement measures) or
// its removal is explained (DOMAIN §2 R-EVAL-06, results into next year).
import type { SubjectRule } from '../types.ts';
import { label, missedTarget } from './last-year.ts';

export const rule: SubjectRule<'history'> = {
  meta: {
    id: 'R-HIST-03',
    severity: 'warning',
    category: 'completeness',
    subjects: ['history'],
    reference: 'DOMAIN §2 R-EVAL-06',
    description: '上年未达成目标的指标今年不应不再设置',
    messages: {
      dropped:
        '上年指标{name}未达成目标（目标「{target}」，实际「{actual}」{score}），今年未再设置：请保留该指标并提出改进措施，或说明取消理由',
    },
  },
  check({ input }) {
    const ids = new Set(input.thisYear.indicators.flatMap((i) => (i.id === undefined ? [] : [i.id])));
    return input.lastYear.indicators
      .filter((prev) => !ids.has(prev.indicatorId) && missedTarget(prev) === true)
      .map((prev) => ({
        messageId: 'dropped',
        path: '/indicators',
        data: {
          name: label(prev.name, prev.indicatorId),
          target: prev.target.raw,
          actual: prev.actual.raw || prev.grade || '未填',
          score: prev.score !== null ? `，得分 ${prev.score}` : '',
        },
      }));
  },
};
