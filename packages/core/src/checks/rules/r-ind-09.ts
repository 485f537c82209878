// R-IND-09: 指标值确定依据 is one of 计划标准, 行业标准, 历史标准, 预算支出标准, 其他标准 (FASP2 F7, DOMAIN §1.5).
import { readBasis } from '../helpers/basis.ts';
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { excerpt } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const ALLOWED = '计划标准、行业标准、历史标准、预算支出标准、其他标准';

export const rule: Rule = {
  meta: {
    id: 'R-IND-09',
    severity: 'error',
    category: 'values',
    description: '指标值确定依据须为计划标准、行业标准、历史标准、预算支出标准或其他标准',
    messages: {
      missingBasis: `「{name}」没有填写指标值确定依据：请从${ALLOWED}中选择一项`,
      noBasisAtAll: `本表{count}项指标都没有填写指标值确定依据（所用表样可能没有这一栏）：请为每项指标从${ALLOWED}中选择一项`,
      aliasBasis: '「{name}」的指标值确定依据写作「{basis}」：请改为规范名称「{standard}」',
      basisIsValue: `「{name}」的指标值确定依据一栏填的是指标值「{basis}」：请把它移到指标值栏，依据改填${ALLOWED}之一`,
      basisIsDescription: `「{name}」的指标值确定依据一栏填的是指标解释「{basis}」：请把说明移到指标解释中，依据改填${ALLOWED}之一`,
      basisIsValueType: `「{name}」的指标值确定依据一栏填的是指标值类型「{basis}」：定性/定量不是依据，请改填${ALLOWED}之一`,
      invalidBasis: `「{name}」的指标值确定依据「{basis}」不是规定的标准：请改为${ALLOWED}之一`,
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.5 R-IND-09',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const named = indicatorEntries(form).filter((e) => hasName(e.indicator));
    // A template without the column leaves every row empty: one finding says so instead of one per row.
    if (named.length > 1 && named.every((e) => readBasis(e.indicator.basis).kind === 'missing'))
      return [
        {
          messageId: 'noBasisAtAll',
          path: '/indicators',
          data: { count: named.length },
          severity: 'warning',
        },
      ];
    const reports: RuleReport[] = [];
    for (const e of named) {
      const b = readBasis(e.indicator.basis);
      const path = `${e.path}/basis`;
      const name = displayName(e.indicator);
      switch (b.kind) {
        case 'standard':
          break;
        case 'missing':
          reports.push({ messageId: 'missingBasis', path, data: { name }, severity: 'warning' });
          break;
        case 'alias':
          reports.push({
            messageId: 'aliasBasis',
            path,
            data: { name, basis: b.written, standard: b.standard },
            severity: 'warning',
          });
          break;
        default: {
          const messageId = {
            value: 'basisIsValue',
            description: 'basisIsDescription',
            valueType: 'basisIsValueType',
            other: 'invalidBasis',
          }[b.kind];
          reports.push({ messageId, path, data: { name, basis: excerpt(b.written) } });
        }
      }
    }
    return reports;
  },
};
