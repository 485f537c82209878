// R-IND-15: whenever long-term goals or indicators exist, annual ones must exist too (FASP2; DOMAIN §1.3).
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-15',
    severity: 'error',
    category: 'completeness',
    description: '有长期绩效目标时必须同时填写年度绩效目标及年度绩效指标',
    messages: {
      noAnnualIndicators:
        '表中只有长期绩效指标，没有年度绩效指标：请按年度绩效目标填写当年的三级指标及预计当年实现值',
      noAnnualGoal: '表中只有长期绩效目标，没有年度绩效目标：请填写本年度要达到的绩效目标',
      noAnnualGoalText:
        '表中有年度绩效指标，但没有填写年度绩效目标：请在绩效目标中写明本年度要达到的目标（可由总体目标分解）',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.3 R-IND-15',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    const longIndicators = form.indicators.some((i) => i.term === 'long');
    const longGoals = form.goals.some((g) => g.term === 'long');
    const annualIndicators = form.indicators.some((i) => i.term === 'annual');
    // Without annual indicators the year has no targets at all (error); with them, only the goal text is
    // missing (a warning: seed 003's 2020 forms have a 总目标 and a 年度绩效目标表 but no 年度目标 line).
    if ((longIndicators || longGoals) && !form.goals.some((g) => g.term === 'annual'))
      reports.push(
        annualIndicators
          ? { messageId: 'noAnnualGoalText', path: '/goals', severity: 'warning' }
          : { messageId: 'noAnnualGoal', path: '/goals' },
      );
    if (longIndicators && !annualIndicators)
      reports.push({ messageId: 'noAnnualIndicators', path: '/indicators' });
    return reports;
  },
};
