// R-IND-07: a level-3 name is a short indicator name (≤100 characters, not a sentence), and a value has no
// `*` or `_` (FASP2 save-time checks, DOMAIN §1.6).
import { displayName, hasName, indicatorEntries } from '../helpers/indicators.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const MAX_NAME = 100;
const SENTENCE_NAME = 40;

export const rule: Rule = {
  meta: {
    id: 'R-IND-07',
    severity: 'warning',
    category: 'values',
    description: '三级指标名称应简短（不超过100字），指标值不含 * 或 _',
    messages: {
      nameTooLong:
        '三级指标名称「{name}」有{length}个字，超过100字：三级指标应为简短的指标名称，请精简，说明文字移到指标解释中',
      nameIsSentence:
        '三级指标名称「{name}」是一段{length}字的描述：三级指标应为简短的指标名称（如「电子材料入库数量」），描述性文字请移到绩效目标或指标解释中',
      forbiddenChar: '「{name}」的指标值「{raw}」含有「*」或「_」：请删除这些占位符号，填写实际的目标值',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.6 R-IND-07',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const e of indicatorEntries(form)) {
      const ind = e.indicator;
      if (hasName(ind)) {
        const name = squash(ind.name);
        const data = { name: displayName(ind), length: name.length };
        if (name.length > MAX_NAME) reports.push({ messageId: 'nameTooLong', path: `${e.path}/name`, data });
        else if (name.length > SENTENCE_NAME && /[，。；,;]/.test(name))
          reports.push({ messageId: 'nameIsSentence', path: `${e.path}/name`, data });
      }
      if (/[*＊_＿]/.test(ind.target.raw))
        reports.push({
          messageId: 'forbiddenChar',
          path: `${e.path}/target`,
          data: { name: displayName(ind), raw: ind.target.raw },
        });
    }
    return reports;
  },
};
