// R-IND-08: a number written without a comparator is read as `=`; the filler should say so (DOMAIN §1.6).
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { isDeadline } from '../helpers/values.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-08',
    severity: 'info',
    category: 'values',
    description: '定量指标值建议写明比较符号（≥、≤、=、>、<）',
    messages: {
      impliedOperator:
        '「{name}」的指标值「{raw}」没有写比较符号，系统按「={value}{unit}」理解：建议写明比较符号，如「≥{value}{unit}」「≤{value}{unit}」或「={value}{unit}」',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.6 R-IND-08',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const v = e.indicator.target;
      if (
        !hasName(e.indicator) ||
        v.kind !== 'quantitative' ||
        !v.opImplied ||
        v.problem ||
        isDeadline(v.raw)
      )
        continue;
      reports.push({
        messageId: 'impliedOperator',
        path: `${e.path}/target`,
        data: { name: displayName(e.indicator), raw: v.raw, value: v.value, unit: v.unit ?? '' },
      });
    }
    return reports;
  },
};
