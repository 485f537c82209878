import { rule } from './r-ind-03.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const withoutLongQuantity = makeProjectForm({
  indicators: project.indicators.filter((_, i) => i !== 0),
  emptyLevel2: [{ term: 'long', goal: '长期绩效目标1', level1: '产出指标', level2: '数量指标' }],
});

/** The 长期 columns left blank: only the template's 二级 slots of that term, no row named (wide/117). */
const longLeftBlank = makeProjectForm({
  indicators: project.indicators.filter((i) => i.term === 'annual'),
  emptyLevel2: [
    { term: 'long', goal: null, level1: '产出指标', level2: '数量指标' },
    { term: 'long', goal: null, level1: '产出指标', level2: '质量指标' },
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'the 长期 table left wholly blank beside a filled 年度 table', form: longLeftBlank },
    { name: 'each goal has a filled 数量指标', form: project },
    { name: 'department-hubei forms have no 数量指标', form: makeDepartmentForm() },
    {
      name: 'a form the document stops inside before its 数量指标 (a cut copy ending 产出指标 | 数量指, wide/101)',
      form: makeProjectForm({
        indicators: project.indicators.filter((i) => i.level2 !== '数量指标' || i.term === 'long'),
        cutOff: true,
      }),
    },
  ],
  invalid: [
    {
      name: 'every table blank: the goal without quantity is still reported',
      form: makeProjectForm({
        indicators: [],
        emptyLevel2: [{ term: 'annual', goal: null, level1: '产出指标', level2: '数量指标' }],
      }),
      errors: [{ messageId: 'noQuantity', path: '/emptyLevel2/0' }],
    },
    {
      name: 'empty 数量指标 slot (seed 000)',
      form: withoutLongQuantity,
      errors: [{ messageId: 'noQuantity', path: '/emptyLevel2/0' }],
    },
    {
      name: '数量指标 row named but without value',
      form: withIndicator(project, 6, { target: null }),
      errors: [{ messageId: 'noQuantity', path: '/indicators/6/name' }],
    },
    {
      name: 'no 数量指标 row at all',
      form: makeProjectForm({
        indicators: project.indicators.filter((i) => i.level2 !== '数量指标' || i.term === 'long'),
      }),
      errors: [{ messageId: 'noQuantity', path: '/indicators/6' }],
    },
  ],
});
