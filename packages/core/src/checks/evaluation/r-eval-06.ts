// R-EVAL-06: an indicator scored below its weight (or, qualitative, graded below 达成) carries a 偏差原因分析及
// 改进措施 (DOMAIN §2).
import { Decimal } from '../../money/decimal.ts';
import { gradeLevel } from '../../evaluation/dictionaries.ts';
import { show } from '../../evaluation/format.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'self-evaluation'> = {
  meta: {
    id: 'R-EVAL-06',
    severity: 'warning',
    category: 'completeness',
    subjects: ['self-evaluation'],
    reference: 'DOMAIN §2 R-EVAL-06',
    description: '得分低于分值或未完全达成的指标须填写偏差原因分析及改进措施',
    messages: {
      analysisMissing:
        '「{name}」得分 {score}，低于分值 {weight}（或未完全达成）：请填写偏差原因分析及改进措施',
    },
  },
  check({ evaluation, scored }) {
    const reports: RuleReport[] = [];
    evaluation.indicators.forEach((row, i) => {
      const r = scored[i]?.result;
      if (!r?.ok) return;
      const below =
        new Decimal(r.value.score).lt(r.value.weight) ||
        (row.grade !== null && gradeLevel(row.grade) !== 'met');
      if (below && !(row.deviationAnalysis ?? '').trim())
        reports.push({
          messageId: 'analysisMissing',
          path: `/indicators/${i}/deviationAnalysis`,
          data: {
            name: row.name ?? row.indicatorId,
            score: r.value.score,
            weight: show(new Decimal(r.value.weight)),
          },
        });
    });
    return reports;
  },
};
