import { rule } from './r-mon-03.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { monitoringSubject } from '../../evaluation/monitoring-findings.ts';
import { makeMonitoringEntry, type MonitorSpec } from '../../evaluation/test-evaluations.ts';

const round = (...rows: MonitorSpec[]) =>
  monitoringSubject(makeMonitoringEntry(7, { annual: '120', executedToDate: '70' }, rows));

subjectRuleTester(rule, {
  valid: [
    {
      name: 'a goal of green and blue indicators',
      subject: round(
        { name: '培训人次', target: '≥120人次', actualToDate: '56人次' },
        { name: '宣传场次', target: '≥120场', expected: '150场' },
      ),
    },
  ],
  invalid: [
    {
      name: 'a goal with a red indicator is red',
      subject: round(
        { name: '培训人次', target: '≥120人次', actualToDate: '56人次' },
        { name: '新建站点', target: '≥120个', actualToDate: '20个' },
      ),
      errors: [{ messageId: 'goalBehind', path: '/indicators/1', severity: 'warning' }],
    },
  ],
});
