import { rule } from './r-ind-02.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const v101 = makeProjectForm({
  framework: 'project-101',
  indicators: [
    makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
    makeIndicator({ level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥100人次' }),
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'project-88 with 成本指标 under 产出', form: makeProjectForm() },
    { name: 'project-101 with 成本指标 as 一级', form: v101 },
    { name: 'a department form (满意度 is shared by both trees)', form: makeDepartmentForm() },
  ],
  invalid: [
    {
      name: '101 form with a 产出/成本指标 row',
      form: {
        ...v101,
        indicators: [
          ...v101.indicators,
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '培训成本', target: '≤20万元' }),
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '场地费', target: '≤2万元' }),
        ],
      },
      errors: [{ messageId: 'costAsLevel2', path: '/indicators/2/level2' }],
    },
    {
      name: '88 form with a 成本指标 一级 row',
      form: withIndicator(makeProjectForm(), 0, { level1: '成本指标', level2: '经济成本指标' }),
      errors: [{ messageId: 'costAsLevel1', path: '/indicators/0/level1' }],
    },
    {
      name: 'department 一级 inside a project form',
      form: withIndicator(makeProjectForm(), 1, { level1: '运行成本', level2: '公用经费控制' }),
      errors: [{ messageId: 'departmentInProject', path: '/indicators/1/level1' }],
    },
    {
      name: 'project 一级 inside a department form',
      form: withIndicator(makeDepartmentForm(), 2, { level1: '产出指标', level2: '数量指标' }),
      errors: [{ messageId: 'projectInDepartment', path: '/indicators/2/level1' }],
    },
  ],
});
