// R-IND-10: a cost indicator in money is a cap — `≤` or `<`, never `≥`/`>` (DOMAIN §1.5, R-IND-10). Rates
// filed under 成本 (资金利用率 ≥90%, seed 003) are positive indicators in the wrong place, not caps.
import { readBasis } from '../helpers/basis.ts';
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { formFramework, isCostIndicator } from '../helpers/levels.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-10',
    severity: 'warning',
    category: 'values',
    description: '金额类成本指标应设上限（≤ 或 <），并依据预算支出标准或计划标准确定',
    messages: {
      costLowerBound:
        '「{name}」是成本指标，指标值「{raw}」用了「{op}」：成本应控制在上限以内，请改为「≤{value}{unit}」',
      costBasis:
        '「{name}」是成本指标，指标值确定依据写的是「{basis}」：成本上限一般依据预算支出标准或计划标准确定，请核对依据并在指标解释中写明测算方法',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.5 R-IND-10',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const fw = formFramework(form);
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const v = e.indicator.target;
      if (!hasName(e.indicator) || v.kind !== 'quantitative' || !/元/.test(v.unit ?? '')) continue;
      if (!isCostIndicator(e.indicator, fw)) continue;
      const data = {
        name: displayName(e.indicator),
        raw: v.raw,
        op: v.op,
        value: v.value,
        unit: v.unit ?? '',
      };
      if (v.op === '≥' || v.op === '>')
        reports.push({ messageId: 'costLowerBound', path: `${e.path}/target`, data });
      const basis = readBasis(e.indicator.basis);
      // Only a valid standard other than these two; a wrong or missing basis is R-IND-09's.
      if (basis.kind === 'standard' && basis.standard !== '预算支出标准' && basis.standard !== '计划标准')
        reports.push({
          messageId: 'costBasis',
          path: `${e.path}/basis`,
          data: { ...data, basis: basis.standard },
          severity: 'info',
        });
    }
    return reports;
  },
};
