import { rule } from './r-ind-07.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();
const sentence =
  '推进办事材料目录化、标准化、电子化，开展在线填报、在线提交和在线审查。在政务服务应用中开展网上验证核对，避免重复提交材料和循环证明。';

ruleTester(rule, {
  valid: [
    { name: 'short names, clean values', form: p },
    { name: 'department form', form: makeDepartmentForm() },
    { name: 'a 40-character name without punctuation', form: withIndicator(p, 0, { name: '电'.repeat(45) }) },
  ],
  invalid: [
    {
      name: 'a sentence as name (seed 000)',
      form: withIndicator(p, 1, { name: sentence }),
      errors: [{ messageId: 'nameIsSentence', path: '/indicators/1/name' }],
    },
    {
      name: 'a name over 100 characters',
      form: withIndicator(p, 1, { name: '材'.repeat(101) }),
      errors: [{ messageId: 'nameTooLong', path: '/indicators/1/name' }],
    },
    {
      name: 'placeholder characters in the value',
      form: withIndicator(p, 0, { target: '≥**人' }),
      errors: [{ messageId: 'forbiddenChar', path: '/indicators/0/target' }],
    },
  ],
});
