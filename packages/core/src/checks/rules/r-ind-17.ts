// R-IND-17: a row is either a whole indicator or nothing: a name needs a value and a value needs a name.
import { displayName, hasName, hasValue, indicatorEntries } from '../helpers/indicators.ts';
import { excerpt } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-17',
    severity: 'error',
    category: 'completeness',
    description: '三级指标名称和指标值须同时填写',
    messages: {
      missingValue:
        '三级指标「{name}」没有填写指标值：请填写比较符号、数值和单位（如「≥95%」），定性指标填写评价等级（如「良好」）',
      missingName: '指标值「{value}」没有对应的三级指标名称：请填写该指标的名称，或删除这一行',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.6',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const named = hasName(e.indicator);
      const valued = hasValue(e.indicator);
      if (named && !valued)
        reports.push({
          messageId: 'missingValue',
          path: `${e.path}/target`,
          data: { name: displayName(e.indicator) },
        });
      else if (!named && valued)
        reports.push({
          messageId: 'missingName',
          path: `${e.path}/name`,
          data: { value: excerpt(e.indicator.target.raw) },
        });
    }
    return reports;
  },
};
