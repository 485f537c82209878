// R-IND-16: a 二级 slot of the template left with no 三级 indicator (form.emptyLevel2).
import { lacksQuantity, slotLevels } from '../helpers/completeness.ts';
import { goalGroups } from '../helpers/indicators.ts';
import { formFramework } from '../helpers/levels.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-16',
    severity: 'warning',
    category: 'completeness',
    description: '模板中的二级指标未填写三级指标',
    messages: {
      emptyLevel2:
        '「{group}」的二级指标「{level2}」下未填写三级指标：请补充至少一个三级指标及指标值；确实不适用的，请删除该行',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.4',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const fw = formFramework(form);
    const reports: RuleReport[] = [];
    for (const group of goalGroups(form)) {
      // An empty 数量指标 of a goal with no quantity at all is R-IND-03's error; not repeated here.
      const quantityReported = lacksQuantity(group, fw);
      for (const s of group.emptySlots) {
        const level2 = slotLevels(s.slot, fw).level2;
        if (quantityReported && level2 === '数量指标') continue;
        reports.push({ messageId: 'emptyLevel2', path: s.path, data: { group: group.label, level2 } });
      }
    }
    return reports.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  },
};
