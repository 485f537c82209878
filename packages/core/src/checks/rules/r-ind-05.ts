// R-IND-05: a goal's table has at least `minIndicatorsPerGoal` level-3 indicators (a local rule, configurable).
import { goalGroups, groupPath, hasName } from '../helpers/indicators.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-05',
    severity: 'warning',
    category: 'completeness',
    description: '每个绩效目标的三级指标数量不少于规定个数',
    messages: {
      tooFew: '「{group}」只有{count}个三级指标，少于{min}个：请补充能反映主要产出、效果和满意度的三级指标',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.4 R-IND-05',
    appliesTo: ['project', 'department'],
  },
  check(form, ctx) {
    if (form.kind === 'disclosure') return [];
    // The document stops inside the form (a cut copy): its other indicators may lie past the cut.
    if (form.cutOff) return [];
    const min = ctx.options.minIndicatorsPerGoal;
    const reports: RuleReport[] = [];
    for (const group of goalGroups(form)) {
      const count = group.entries.filter((e) => hasName(e.indicator)).length;
      if (count < min)
        reports.push({
          messageId: 'tooFew',
          path: groupPath(group),
          data: { group: group.label, count, min },
        });
    }
    return reports;
  },
};
