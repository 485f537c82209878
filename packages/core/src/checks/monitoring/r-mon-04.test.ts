import { rule } from './r-mon-04.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { monitoringSubject } from '../../evaluation/monitoring-findings.ts';
import { makeMonitoringEntry, type MonitorSpec } from '../../evaluation/test-evaluations.ts';

const round = (...rows: MonitorSpec[]) =>
  monitoringSubject(makeMonitoringEntry(7, { annual: '120', executedToDate: '70' }, rows));

subjectRuleTester(rule, {
  valid: [
    {
      name: 'a green row needs no explanation',
      subject: round({ name: '培训人次', target: '≥120人次', actualToDate: '56人次' }),
    },
    {
      name: 'a red row with a cause and a likelihood',
      subject: round({
        name: '新建站点',
        target: '≥120个',
        actualToDate: '20个',
        extra: { deviationReason: '经费原因', likelihood: '有可能' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a red row without cause or likelihood',
      subject: round({ name: '新建站点', target: '≥120个', actualToDate: '20个' }),
      errors: [
        { messageId: 'reasonMissing', path: '/indicators/0/deviationReason', severity: 'error' },
        { messageId: 'likelihoodMissing', path: '/indicators/0/likelihood' },
      ],
    },
    {
      name: '其他原因 without its text, and 完全不可能 without a measure',
      subject: round({
        name: '制度建设',
        target: '健全',
        grade: '未达成目标且效果较差',
        extra: { deviationReason: '其他原因', likelihood: '完全不可能' },
      }),
      errors: [
        { messageId: 'reasonTextMissing', path: '/indicators/0/reasonText' },
        { messageId: 'measureMissing', path: '/indicators/0/correctiveMeasure' },
      ],
    },
  ],
});
