// R-IND-13: a target set by 历史标准 is not below the latest prior value, and is not the same for three years
// running (DOMAIN R-IND-13).
import { isHistoryBasis } from '../helpers/basis.ts';
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { numberOf } from '../helpers/values.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import type { Decimal } from '../../money/decimal.ts';
import type { Rule, RuleReport } from '../types.ts';

/** Order of a history column: a year, or 前年 / 上年 relative to the form's year. */
function order(key: string): number | null {
  const k = key.replace(/[\s\u3000]/g, '');
  const year = /^(\d{4})年?$/.exec(k);
  if (year) return Number(year[1]);
  if (k === '前年') return 10000 - 2;
  if (k === '上年' || k === '去年') return 10000 - 1;
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'R-IND-13',
    severity: 'warning',
    category: 'consistency',
    description: '以历史标准确定的指标值不低于最近一年的实际值',
    messages: {
      belowHistory:
        '「{name}」以历史标准确定指标值，但目标{raw}低于{year}的{prior}：请把目标设为不低于上年实际水平，或改用其他依据并说明理由',
      unchanged: '「{name}」近年指标值均为{prior}，今年目标仍为{raw}：以历史标准定值时，请核对目标是否偏低',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1 R-IND-13',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const ind = e.indicator;
      const v = ind.target;
      const target = numberOf(v);
      if (!hasName(ind) || !ind.history || !isHistoryBasis(ind.basis) || target === null) continue;
      if (v.op !== '≥' && v.op !== '>') continue;
      const prior: Array<{ key: string; order: number; n: Decimal; raw: string }> = [];
      for (const [key, raw] of Object.entries(ind.history)) {
        const o = order(key);
        const pv = parseIndicatorValue(raw);
        const n = numberOf(pv);
        if (o === null || n === null || pv.problem || (pv.unit ?? v.unit) !== v.unit) continue;
        prior.push({ key, order: o, n, raw: pv.raw });
      }
      if (prior.length === 0) continue;
      prior.sort((a, b) => a.order - b.order);
      const latest = prior[prior.length - 1]!;
      const data = {
        name: displayName(ind),
        raw: v.raw,
        prior: latest.raw,
        year: /^\d{4}$/.test(latest.key) ? `${latest.key}年` : latest.key,
      };
      const path = `${e.path}/target`;
      if (target.lt(latest.n)) reports.push({ messageId: 'belowHistory', path, data });
      else if (prior.length >= 2 && prior.every((p) => p.n.eq(target)) && !(v.unit === '%' && target.eq(100)))
        reports.push({ messageId: 'unchanged', path, data, severity: 'info' });
    }
    return reports;
  },
};
