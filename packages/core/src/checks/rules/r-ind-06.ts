// R-IND-06: a 指标值 the grammar can read as one target: a number with a unit, or a qualitative grade
// (FASP2 save-time checks, DOMAIN §1.6). Empty values are R-IND-17's.
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { isDeadline } from '../helpers/values.ts';
import type { Severity } from '../../model/finding.ts';
import type { ValueProblem } from '../../model/value-problem.ts';
import type { Rule, RuleReport } from '../types.ts';

/** Each code of the value grammar (model/value-problem.ts) and the message it is reported with. */
const PROBLEMS: Record<ValueProblem, { messageId: string; severity: Severity }> = {
  'missing-number': { messageId: 'missingNumber', severity: 'error' },
  'conflicting-comparators': { messageId: 'conflictingComparators', severity: 'error' },
  'several-values': { messageId: 'severalValues', severity: 'warning' },
  range: { messageId: 'range', severity: 'warning' },
  'trailing-text': { messageId: 'trailingText', severity: 'warning' },
};

export const rule: Rule = {
  meta: {
    id: 'R-IND-06',
    severity: 'error',
    category: 'values',
    description: '指标值须是单一的目标值：定量指标有数值和计量单位，定性指标有评价内容',
    messages: {
      missingNumber: '「{name}」的指标值「{raw}」只有比较符号，没有数值：请填写具体数值和单位（如「≥95%」）',
      conflictingComparators:
        '「{name}」的指标值「{raw}」前后比较方向矛盾：请只保留一个比较符号（如「≥」或「≤」）',
      severalValues:
        '「{name}」的指标值「{raw}」含有多个数值：一个三级指标只写一个目标值，请拆分为多个三级指标或只保留一个数值',
      range: '「{name}」的指标值「{raw}」是一个区间：请写成单一目标值（如「≥{value}{unit}」），便于年终评价',
      trailingText:
        '「{name}」的指标值「{raw}」在数值后附有文字「{text}」：指标值只写比较符号、数值和单位，说明文字请移到指标名称或指标解释中',
      unreadable:
        '「{name}」的指标值「{raw}」无法识别：请写成「比较符号+数值+单位」（如「≥95%」）或定性的评价等级',
      missingUnit: '「{name}」的指标值「{raw}」没有计量单位：请补上单位（如「个」「人次」「%」「万元」）',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.6 R-IND-06',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const v = e.indicator.target;
      if (v.kind === 'empty' || !hasName(e.indicator)) continue;
      // Deadlines (12月31日前) are valid 时效 values the number grammar reads as several numbers.
      if (isDeadline(v.raw)) continue;
      const data = {
        name: displayName(e.indicator),
        raw: v.raw,
        value: v.value,
        unit: v.unit ?? '',
        text: v.text ?? '',
      };
      const path = `${e.path}/target`;
      if (v.problem) {
        const p = PROBLEMS[v.problem];
        reports.push(
          p
            ? { messageId: p.messageId, path, data, severity: p.severity }
            : { messageId: 'unreadable', path, data, severity: 'warning' },
        );
        continue;
      }
      if (v.kind === 'quantitative' && !v.unit)
        reports.push({ messageId: 'missingUnit', path, data, severity: 'warning' });
    }
    return reports;
  },
};
