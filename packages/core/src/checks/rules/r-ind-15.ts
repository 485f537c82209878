// R-IND-15: whenever long-term goals or indicators exist, annual ones must exist too (FASP2; DOMAIN §1.3).
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-15',
    severity: 'error',
    category: 'completeness',
    description: '有长期绩效目标时必须同时填写年度绩效目标及年度绩效指标',
    messages: {
      noAnnualIndicators: '表中只有长期绩效指标，没有年度绩效指标：请按年度绩效目标填写当年的三级指标及预计当年实现值',
      noAnnualGoal: '表中只有长期绩效目标，没有年度绩效目标：请填写本年度要达到的绩效目标',
    },
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    const longIndicators = form.indicators.some((i) => i.term === 'long');
    const longGoals = form.goals.some((g) => g.term === 'long');
    if ((longIndicators || longGoals) && !form.goals.some((g) => g.term === 'annual'))
      reports.push({ messageId: 'noAnnualGoal', path: '/goals' });
    if (longIndicators && !form.indicators.some((i) => i.term === 'annual'))
      reports.push({ messageId: 'noAnnualIndicators', path: '/indicators' });
    return reports;
  },
};
