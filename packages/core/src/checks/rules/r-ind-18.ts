// R-IND-18: a qualitative 指标值 where a number is called for — 数量, 时效 and 成本 indicators, or an annual
// value weaker than the quantified long-term indicator of the same name (细化量化, DOMAIN §1.3, §1.5).
import { displayName, hasName, indicatorEntries, sameName } from '../helpers/indicators.ts';
import { formFramework, levelsOf } from '../helpers/levels.ts';
import { isDeadline } from '../helpers/values.ts';
import type { Rule, RuleReport } from '../types.ts';

const NUMERIC_LEVEL2 = new Set(['数量指标', '时效指标']);
// 经济成本 is money; 社会成本 / 生态环境成本 describe negative effects and are often qualitative (DOMAIN §1.2).
const MONEY_COST_LEVEL2 = new Set(['成本指标', '经济成本指标']);

export const rule: Rule = {
  meta: {
    id: 'R-IND-18',
    severity: 'warning',
    category: 'values',
    description: '数量、时效、成本指标及已量化的长期指标，其指标值应当量化',
    messages: {
      qualitativeQuantity:
        '「{name}」是数量指标，指标值「{raw}」未量化：请写明要完成的数量和单位（如「≥10项」）',
      qualitativeTimeliness:
        '「{name}」是时效指标，指标值「{raw}」未量化：请写明完成时限（如「12月31日前」）或按时完成率（如「=100%」）',
      qualitativeCost: '「{name}」是成本指标，指标值「{raw}」未量化：请写明成本上限金额（如「≤50万元」）',
      weakerThanLongTerm:
        '年度指标「{name}」的指标值「{raw}」未量化，而同名长期指标已量化为「{longRaw}」：请按长期指标分解写出当年应完成的数值',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.3, §1.5',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const fw = formFramework(form);
    const entries = indicatorEntries(form);
    const reports: RuleReport[] = [];
    for (const e of entries) {
      const ind = e.indicator;
      const v = ind.target;
      if (v.kind !== 'qualitative' || v.problem || !hasName(ind) || isDeadline(v.raw)) continue;
      const path = `${e.path}/target`;
      const data = { name: displayName(ind), raw: v.raw };
      const level2 = levelsOf(ind, fw).level2;
      if (level2 !== null && MONEY_COST_LEVEL2.has(level2))
        reports.push({ messageId: 'qualitativeCost', path, data });
      else if (level2 !== null && NUMERIC_LEVEL2.has(level2))
        reports.push({
          messageId: level2 === '数量指标' ? 'qualitativeQuantity' : 'qualitativeTimeliness',
          path,
          data,
        });
      else if (ind.term === 'annual') {
        const long = entries.find(
          (l) =>
            l.indicator.term === 'long' &&
            l.indicator.target.kind === 'quantitative' &&
            sameName(l.indicator.name, ind.name),
        );
        if (long)
          reports.push({
            messageId: 'weakerThanLongTerm',
            path,
            data: { ...data, longRaw: long.indicator.target.raw },
          });
      }
    }
    return reports;
  },
};
