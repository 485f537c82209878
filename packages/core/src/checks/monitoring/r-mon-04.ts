// R-MON-04: an indicator whose light is not green needs a 偏差原因 from the dictionary (with a written cause
// for 其他原因) and a 完成目标可能性; 完全不可能 needs a corrective measure (DOMAIN §3.2, FASP2 F4).
import { isOtherReason } from '../../evaluation/dictionaries.ts';
import { LIGHT_LABEL } from '../../evaluation/monitoring-lights.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { indicatorName } from './name.ts';

const blank = (s: string | null | undefined) => !s || s.trim() === '';

export const rule: SubjectRule<'monitoring'> = {
  meta: {
    id: 'R-MON-04',
    severity: 'error',
    category: 'completeness',
    subjects: ['monitoring'],
    reference: 'DOMAIN §3.2 R-MON-04',
    description: '未亮绿灯的指标须填写偏差原因、完成目标可能性，完全不可能时须填写纠偏措施',
    messages: {
      reasonMissing: '「{name}」为{light}，须从字典中选择偏差原因',
      reasonTextMissing: '「{name}」为{light}，偏差原因为「{reason}」，须写明具体原因',
      likelihoodMissing: '「{name}」为{light}，须选择完成目标可能性（确定能 / 有可能 / 完全不可能）',
      measureMissing: '「{name}」为{light}且完成目标可能性为「完全不可能」，须填写纠偏措施或申请调整绩效目标',
    },
  },
  check({ entry, indicators }) {
    const reports: RuleReport[] = [];
    indicators.forEach(({ path, unreported, result }, i) => {
      if (unreported || !result.ok || result.value.light === 'green') return;
      const ind = entry.indicators[i]!;
      const data = { name: indicatorName(ind), light: LIGHT_LABEL[result.value.light] };
      if (ind.deviationReason === null)
        reports.push({ messageId: 'reasonMissing', path: `${path}/deviationReason`, data });
      else if (isOtherReason(ind.deviationReason) && blank(ind.reasonText))
        reports.push({
          messageId: 'reasonTextMissing',
          path: `${path}/reasonText`,
          data: { ...data, reason: ind.deviationReason },
        });
      if (ind.likelihood === null)
        reports.push({ messageId: 'likelihoodMissing', path: `${path}/likelihood`, data });
      else if (ind.likelihood === '完全不可能' && blank(ind.correctiveMeasure))
        reports.push({ messageId: 'measureMissing', path: `${path}/correctiveMeasure`, data });
    });
    return reports;
  },
};
