import { rule } from './r-form-01.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const dept = makeDepartmentForm();

ruleTester(rule, {
  valid: [
    { name: 'project with name, unit and budget', form: project },
    { name: 'department with name and funds', form: dept },
  ],
  invalid: [
    {
      name: 'project with nothing in the header',
      form: makeProjectForm({ name: null, unit: '　', budget: { ...project.budget, total: null } }),
      errors: [
        { messageId: 'missingProjectName', path: '/name', severity: 'error' },
        { messageId: 'missingUnit', path: '/unit', severity: 'warning' },
        { messageId: 'missingBudget', path: '/budget/total', severity: 'error' },
      ],
    },
    {
      name: 'department without name and funds',
      form: makeDepartmentForm({ department: null, funds: { income: [], expenditure: [] } }),
      errors: [
        { messageId: 'missingDepartment', path: '/department', severity: 'error' },
        { messageId: 'missingIncome', path: '/funds/income', severity: 'warning' },
        { messageId: 'missingExpenditure', path: '/funds/expenditure', severity: 'warning' },
      ],
    },
  ],
});
