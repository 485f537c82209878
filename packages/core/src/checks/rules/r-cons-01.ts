// R-CONS-01: an annual indicator agrees with the long-term indicator of the same name — same unit, and a
// count not larger than the whole period's (年度目标是长期目标的分解).
import { displayName, hasName, indicatorEntries, sameName } from '../helpers/indicators.ts';
import { numberOf } from '../helpers/values.ts';
import type { Rule, RuleReport } from '../types.ts';

const POSITIVE = new Set(['≥', '>']);

export const rule: Rule = {
  meta: {
    id: 'R-CONS-01',
    severity: 'warning',
    category: 'consistency',
    description: '年度指标与同名长期指标的计量单位一致，年度数量不超过长期数量',
    messages: {
      unitDiffers:
        '年度指标「{name}」的单位「{unit}」与同名长期指标的单位「{longUnit}」不同：同一指标的长期值和年度值请使用相同的计量单位',
      annualExceedsLong:
        '年度指标「{name}」的指标值{raw}大于同名长期指标的{longRaw}：年度目标是长期目标的分解，请核对两者的数值',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.3',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const entries = indicatorEntries(form);
    const longs = entries.filter(
      (e) => e.indicator.term === 'long' && e.indicator.target.kind === 'quantitative',
    );
    const reports: RuleReport[] = [];
    for (const e of entries) {
      const a = e.indicator.target;
      if (e.indicator.term !== 'annual' || a.kind !== 'quantitative' || !hasName(e.indicator)) continue;
      const long = longs.find((l) => sameName(l.indicator.name, e.indicator.name));
      if (!long) continue;
      const l = long.indicator.target;
      const path = `${e.path}/target`;
      const data = {
        name: displayName(e.indicator),
        raw: a.raw,
        longRaw: l.raw,
        unit: a.unit ?? '',
        longUnit: l.unit ?? '',
      };
      if (a.unit && l.unit && a.unit !== l.unit) {
        reports.push({ messageId: 'unitDiffers', path, data });
        continue;
      }
      const an = numberOf(a);
      const ln = numberOf(l);
      if (
        an &&
        ln &&
        a.unit !== '%' &&
        a.unit === l.unit &&
        POSITIVE.has(a.op ?? '') &&
        POSITIVE.has(l.op ?? '') &&
        an.gt(ln)
      )
        reports.push({ messageId: 'annualExceedsLong', path, data });
    }
    return reports;
  },
};
