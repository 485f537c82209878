import { rule } from './r-mon-02.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { monitoringSubject } from '../../evaluation/monitoring-findings.ts';
import { makeMonitoringEntry, type MonitorSpec } from '../../evaluation/test-evaluations.ts';

const round = (...rows: MonitorSpec[]) =>
  monitoringSubject(makeMonitoringEntry(7, { annual: '120', executedToDate: '70' }, rows));

subjectRuleTester(rule, {
  valid: [
    {
      name: '56 of ≥120 by July is green',
      subject: round({ name: '培训人次', target: '≥120人次', actualToDate: '56人次' }),
    },
    {
      name: 'a row not started (未填报) has no light',
      subject: round({ name: '培训人次', target: '≥120人次' }),
    },
  ],
  invalid: [
    {
      name: 'red, yellow and blue rows',
      subject: round(
        { name: '新建站点', target: '≥120个', actualToDate: '20个' },
        { name: '覆盖村数', target: '≥120个', expected: '90个' },
        { name: '宣传场次', target: '≥120场', expected: '150场' },
      ),
      errors: [
        { messageId: 'behind', path: '/indicators/0', severity: 'warning' },
        { messageId: 'behind', path: '/indicators/1', severity: 'info' },
        { messageId: 'ahead', path: '/indicators/2', severity: 'info' },
      ],
    },
    {
      name: 'an actual that is not in the target’s unit',
      subject: round({ name: '培训人次', target: '≥120人次', actualToDate: '70人' }),
      errors: [{ messageId: 'unreadable', path: '/indicators/0/actualToDate', severity: 'error' }],
    },
  ],
});
