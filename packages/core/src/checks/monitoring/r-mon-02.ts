// R-MON-02: each indicator's light by direction — red and yellow behind plan, blue far ahead of it — and
// progress figures the light cannot be worked out from (DOMAIN §3.3, FASP2 F3). 未填报 rows raise nothing.
import { LIGHT_LABEL } from '../../evaluation/monitoring-lights.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { indicatorName } from './name.ts';

export const rule: SubjectRule<'monitoring'> = {
  meta: {
    id: 'R-MON-02',
    severity: 'warning',
    category: 'progress',
    subjects: ['monitoring'],
    reference: 'DOMAIN §3.3 R-MON-02',
    description: '指标执行进度按方向亮灯：红灯、黄灯落后于计划，蓝灯明显超前',
    messages: {
      // The working's own message says what is wrong and what to change.
      unreadable: '「{name}」{detail}',
      behind: '「{name}」{light}：{working}',
      ahead: '「{name}」蓝灯：{working}。目标可能定得偏低，请说明',
    },
  },
  check({ entry, indicators }) {
    const reports: RuleReport[] = [];
    indicators.forEach(({ path, unreported, result }, i) => {
      const name = indicatorName(entry.indicators[i]!);
      if (unreported) return;
      if (!result.ok) {
        for (const e of result.errors)
          reports.push({
            messageId: 'unreadable',
            path: path + (e.path ?? ''),
            severity: 'error',
            data: { name, detail: e.message },
          });
        return;
      }
      const { light, working } = result.value;
      if (light === 'red' || light === 'yellow')
        reports.push({
          messageId: 'behind',
          path,
          severity: light === 'red' ? 'warning' : 'info',
          data: { name, light: LIGHT_LABEL[light], working },
        });
      if (light === 'blue')
        reports.push({ messageId: 'ahead', path, severity: 'info', data: { name, working } });
    });
    return reports;
  },
};
