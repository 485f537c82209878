import { rule } from './r-mon-01.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { monitoringSubject } from '../../evaluation/monitoring-findings.ts';
import { makeMonitoringEntry } from '../../evaluation/test-evaluations.ts';

const round = (executedToDate: string, annual = '120', budgetReported = true) =>
  monitoringSubject(makeMonitoringEntry(7, { annual, executedToDate }, []), undefined, { budgetReported });

subjectRuleTester(rule, {
  valid: [
    { name: '70 of 120 by July is on time (green)', subject: round('70') },
    { name: 'a budget never reported (未填报) raises nothing', subject: round('0', '120', false) },
  ],
  invalid: [
    {
      name: '49 of 120 by July is yellow',
      subject: round('49'),
      errors: [{ messageId: 'lagging', path: '/budget/executedToDate', severity: 'info' }],
    },
    {
      name: '20 of 120 by July is red',
      subject: round('20'),
      errors: [{ messageId: 'lagging', path: '/budget/executedToDate', severity: 'warning' }],
    },
    {
      name: 'a budget of 0 cannot be lit',
      subject: round('0', '0'),
      errors: [{ messageId: 'unreadable', path: '/budget/annual', severity: 'error' }],
    },
  ],
});
