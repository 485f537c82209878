// R-GOAL-01: a form states its goals (绩效目标), and no goal is left without its text.
import { TERM_LABEL } from '../helpers/indicators.ts';
import { pointer } from '../helpers/pointer.ts';
import { isBlank } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-GOAL-01',
    severity: 'error',
    category: 'completeness',
    description: '须填写绩效目标，且每个目标都有目标说明',
    messages: {
      noGoals:
        '表中没有填写绩效目标：请填写长期（总体）绩效目标和年度绩效目标，说明预期产出、效果和服务对象满意度',
      emptyGoal: '{term}目标「{label}」的目标说明为空：请写明该目标期内预期达到的产出和效果',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.3',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    // A form the document stops inside (a cut copy) may state its goals past the cut: not judged.
    if (form.goals.length === 0) return form.cutOff ? [] : [{ messageId: 'noGoals', path: '/goals' }];
    const reports: RuleReport[] = [];
    form.goals.forEach((g, i) => {
      if (isBlank(g.text))
        reports.push({
          messageId: 'emptyGoal',
          path: pointer('goals', i, 'text'),
          data: { term: TERM_LABEL[g.term], label: g.label },
        });
    });
    return reports;
  },
};
