import { rule } from './r-cons-01.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'same names, same values', form: p },
    { name: 'department form', form: makeDepartmentForm() },
    { name: 'annual count below the long-term count', form: withIndicator(p, 6, { target: '≥50人次' }) },
    { name: 'a percentage may be higher in the year', form: withIndicator(p, 7, { target: '≥98%' }) },
  ],
  invalid: [
    {
      name: 'different unit',
      form: withIndicator(p, 6, { target: '≥100人' }),
      errors: [{ messageId: 'unitDiffers', path: '/indicators/6/target' }],
    },
    {
      name: 'annual count above the long-term count',
      form: withIndicator(p, 6, { target: '≥150人次' }),
      errors: [{ messageId: 'annualExceedsLong', path: '/indicators/6/target' }],
    },
  ],
});
