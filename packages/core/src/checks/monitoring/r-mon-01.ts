// R-MON-01: the budget light — (执行率 ÷ (m/12)) × 100 against 60/80 — reported when it is not green, and
// budget figures the light cannot be worked out from (DOMAIN §3.3, FASP2 F3). 未填报 is no finding.
import { LIGHT_LABEL } from '../../evaluation/monitoring-lights.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'monitoring'> = {
  meta: {
    id: 'R-MON-01',
    severity: 'warning',
    category: 'progress',
    subjects: ['monitoring'],
    reference: 'DOMAIN §3.3 R-MON-01',
    description: '预算执行进度（执行率与时间进度之比）低于 80 时预警',
    messages: {
      // The working's own message says what is wrong and what to change.
      unreadable: '{detail}',
      lagging: '预算执行进度{light}：{working}。请分析支出滞后的原因并加快执行',
    },
  },
  check({ budget }) {
    if (!budget.ok)
      return budget.errors
        .filter((e) => e.code !== 'not-reported')
        .map((e): RuleReport => ({
          messageId: 'unreadable',
          path: e.path ?? '/budget',
          severity: 'error',
          data: { detail: e.message },
        }));
    const { light, working } = budget.value;
    if (light === 'green') return [];
    return [
      {
        messageId: 'lagging',
        path: '/budget/executedToDate',
        severity: light === 'red' ? 'warning' : 'info',
        data: { light: LIGHT_LABEL[light], working },
      },
    ];
  },
};
