// R-GOAL-02: an annual goal copied word for word from the long-term goal says nothing about this year.
import { pointer } from '../helpers/pointer.ts';
import { isBlank, squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-GOAL-02',
    severity: 'info',
    category: 'consistency',
    description: '年度绩效目标不应与长期绩效目标完全相同',
    messages: {
      sameText:
        '年度目标「{label}」的说明与长期目标「{longLabel}」一字不差：年度目标应写明本年度要完成的部分，请结合年度工作任务细化',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.3',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.goals.forEach((g, i) => {
      if (g.term !== 'annual' || isBlank(g.text)) return;
      const long = form.goals.find((l) => l.term === 'long' && squash(l.text) === squash(g.text));
      if (long)
        reports.push({
          messageId: 'sameText',
          path: pointer('goals', i, 'text'),
          data: { label: g.label, longLabel: long.label },
        });
    });
    return reports;
  },
};
