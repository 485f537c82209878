import { rule } from './r-ind-09.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'valid standards', form: p },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: 'a standard with a note and spaces',
      form: withIndicator(p, 0, { basis: ' 计划标准（2024年工作计划）' }),
    },
    { name: 'a row without a name is not checked', form: withIndicator(p, 0, { name: null, basis: '定性' }) },
  ],
  invalid: [
    {
      name: '国家标准 is an alias of 行业标准 (seed 002)',
      form: withIndicator(p, 1, { basis: '国家标准' }),
      errors: [{ messageId: 'aliasBasis', path: '/indicators/1/basis', severity: 'warning' }],
    },
    {
      name: '上年实际 names 历史标准 by its meaning: an alias to rename, not a wrong basis',
      form: withIndicator(p, 1, { basis: '上年实际' }),
      errors: [{ messageId: 'aliasBasis', path: '/indicators/1/basis', severity: 'warning' }],
    },
    {
      name: '问卷调查 is a way of measuring, no standard',
      form: withIndicator(p, 1, { basis: '问卷调查' }),
      errors: [{ messageId: 'invalidBasis', path: '/indicators/1/basis', severity: 'error' }],
    },
    {
      name: 'missing basis',
      form: withIndicator(p, 1, { basis: null }),
      errors: [{ messageId: 'missingBasis', path: '/indicators/1/basis', severity: 'warning' }],
    },
    {
      name: 'a template without the basis column: one finding for the form, not one per row',
      form: { ...p, indicators: p.indicators.map((i) => ({ ...i, basis: null })) },
      errors: [{ messageId: 'noBasisAtAll', path: '/indicators', severity: 'warning' }],
    },
    {
      name: 'a form of a single indicator without a basis: reported on its row',
      form: { ...p, indicators: [{ ...p.indicators[0]!, basis: null }] },
      errors: [{ messageId: 'missingBasis', path: '/indicators/0/basis', severity: 'warning' }],
    },
    {
      name: '定性 in the basis column (seed 000)',
      form: withIndicator(p, 1, { basis: '定性' }),
      errors: [{ messageId: 'basisIsValueType', path: '/indicators/1/basis', severity: 'error' }],
    },
    {
      name: 'a target value in the basis column (seed 000 annual table)',
      form: withIndicator(
        withIndicator(withIndicator(p, 1, { basis: '良好' }), 2, { basis: '满意率≥95%' }),
        3,
        { basis: '≤20万元' },
      ),
      errors: [
        { messageId: 'basisIsValue', path: '/indicators/1/basis' },
        { messageId: 'basisIsValue', path: '/indicators/2/basis' },
        { messageId: 'basisIsValue', path: '/indicators/3/basis' },
      ],
    },
    {
      name: 'a description and an unknown word',
      form: withIndicator(withIndicator(p, 1, { basis: '反映项目验收情况' }), 2, { basis: '领导要求' }),
      errors: [
        { messageId: 'basisIsDescription', path: '/indicators/1/basis' },
        { messageId: 'invalidBasis', path: '/indicators/2/basis' },
      ],
    },
  ],
});
