// R-MON-03: a goal's light is the worst of its indicators' (red > yellow > green > blue); a red or yellow
// goal names the indicators that make it so (DOMAIN §3.3, FASP2 F3).
import { LIGHT_LABEL } from '../../evaluation/monitoring-lights.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { indicatorName } from './name.ts';

export const rule: SubjectRule<'monitoring'> = {
  meta: {
    id: 'R-MON-03',
    severity: 'warning',
    category: 'progress',
    subjects: ['monitoring'],
    reference: 'DOMAIN §3.3 R-MON-03',
    description: '绩效目标按其指标中最差的灯亮灯，红灯、黄灯时预警',
    messages: {
      goalBehind: '目标「{goal}」{light}：{which}为{light}',
    },
  },
  check({ entry, indicators, goals }) {
    const reports: RuleReport[] = [];
    for (const { goal, light, indicators: idx } of goals) {
      if (light !== 'red' && light !== 'yellow') continue;
      const which = idx.filter((i) => {
        const r = indicators[i]!.result;
        return r.ok && r.value.light === light;
      });
      reports.push({
        messageId: 'goalBehind',
        path: `/indicators/${which[0]}`,
        severity: light === 'red' ? 'warning' : 'info',
        data: {
          goal,
          light: LIGHT_LABEL[light],
          which: which.map((i) => `「${indicatorName(entry.indicators[i]!)}」`).join('、'),
        },
      });
    }
    return reports;
  },
};
