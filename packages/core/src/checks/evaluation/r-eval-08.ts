// R-EVAL-08: an actual that beats a positive target by ≥ 20 % (or undercuts a reverse one by ≥ 20 %) hints
// that the target was set too low; next year's R-IND-13 reads it (DOMAIN §2).
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'self-evaluation'> = {
  meta: {
    id: 'R-EVAL-08',
    severity: 'info',
    category: 'values',
    subjects: ['self-evaluation'],
    reference: 'DOMAIN §2 R-EVAL-08',
    description: '实际完成值超出目标值 20% 以上时提示目标可能偏低',
    messages: {
      overAchieved:
        '「{name}」实际值「{actual}」超出目标值「{target}」20% 以上：目标可能定得偏低，请说明原因，并在下年设定目标时参考',
    },
  },
  check({ evaluation, scored }) {
    const reports: RuleReport[] = [];
    evaluation.indicators.forEach((row, i) => {
      const r = scored[i]?.result;
      if (r?.ok && r.value.flags.includes('over-achieved'))
        reports.push({
          messageId: 'overAchieved',
          path: `/indicators/${i}/actual`,
          data: { name: row.name ?? row.indicatorId, actual: row.actual.raw, target: row.target.raw },
        });
    });
    return reports;
  },
};
