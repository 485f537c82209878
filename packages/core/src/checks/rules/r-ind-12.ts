// R-IND-12: impossible targets — a rate above 100 %, a satisfaction of ≥100 %, a negative amount
// (DOMAIN §1.5, R-IND-12 and R-DEPT-05).
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { isGrowthRateName, isNegative, isRateName, isSatisfactionName, numberOf } from '../helpers/values.ts';
import type { Indicator } from '../../model/indicator.ts';
import type { Rule, RuleReport } from '../types.ts';

// Built only for a report: most rows give none.
const reportData = (ind: Indicator) => ({ name: displayName(ind), raw: ind.target.raw });

export const rule: Rule = {
  meta: {
    id: 'R-IND-12',
    severity: 'error',
    category: 'values',
    description: '指标值不得不可能实现：比率超过100%、满意度≥100%、金额或数量为负',
    messages: {
      satisfactionOver100: '「{name}」的指标值为{raw}，满意度不可能超过100%：请改为≥95%等可实现的目标值',
      satisfactionAtLeast100:
        '「{name}」的指标值为{raw}，满意度不可能超过100%，「≥100%」无法作为考核目标：请改为≥95%等可实现的目标值',
      rateOver100:
        '「{name}」的指标值为{raw}，比率不可能超过100%：请改为不超过100%的目标值（如「≥95%」或「=100%」）',
      rateAtLeast100: '「{name}」的指标值为{raw}，比率最高只能达到100%：请改为「=100%」',
      negative:
        '「{name}」的指标值「{raw}」为负数：金额、数量不能为负，请填写非负的目标值；如要表示下降，请改用下降率等指标',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.5 R-IND-12, §4 R-DEPT-05',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const ind = e.indicator;
      const v = ind.target;
      const n = numberOf(v);
      if (!hasName(ind) || n === null) continue;
      const path = `${e.path}/target`;
      const subject = `${ind.name ?? ''}${v.label ?? ''}`;
      if (isGrowthRateName(subject)) continue;
      if (v.unit !== '%') {
        if (isNegative(v.raw)) reports.push({ messageId: 'negative', path, data: reportData(ind) });
        continue;
      }
      if (!isRateName(subject)) continue;
      const satisfaction = isSatisfactionName(subject);
      const over = n.gt(100) && (v.op === '≥' || v.op === '>' || v.op === '=');
      if (over || (n.eq(100) && v.op === '>')) {
        reports.push({
          messageId: satisfaction ? 'satisfactionOver100' : 'rateOver100',
          path,
          data: reportData(ind),
        });
      } else if (n.eq(100) && v.op === '≥') {
        reports.push(
          satisfaction
            ? { messageId: 'satisfactionAtLeast100', path, data: reportData(ind) }
            : { messageId: 'rateAtLeast100', path, data: reportData(ind), severity: 'warning' },
        );
      }
    }
    return reports;
  },
};
