import { rule } from './r-ind-01.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const dept = makeDepartmentForm();

ruleTester(rule, {
  valid: [
    { name: 'a complete project-88 form', form: project },
    { name: 'a complete department-hubei form', form: dept },
    {
      name: 'aliases and spacing: 产出 / 数量, 满意度 指标',
      form: withIndicator(withIndicator(project, 0, { level1: '产出', level2: '数量' }), 5, {
        level1: '满意度 指标',
        level2: '服务对象满意度',
      }),
    },
    {
      name: 'project-101 with 成本指标 as 一级 and 满意度指标 as 二级 (seed 004)',
      form: makeProjectForm({
        framework: 'project-101',
        indicators: [
          makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
          makeIndicator({ level1: '满意度指标', level2: '满意度指标', name: '群众满意度' }),
        ],
      }),
    },
    {
      name: 'framework null is detected from the table',
      form: { ...dept, framework: null },
    },
  ],
  invalid: [
    {
      name: 'unknown 一级 in a project form',
      form: withIndicator(project, 1, { level1: '投入指标' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/1/level1', severity: 'error' }],
    },
    {
      name: 'unknown 二级 in a project form, reported once for rows sharing the cell',
      form: withIndicator(withIndicator(project, 1, { level2: '效率指标' }), 2, { level2: '效率指标' }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/1/level2', severity: 'error' }],
    },
    {
      name: '二级 under the wrong 一级',
      form: withIndicator(project, 4, { level1: '产出指标', level2: '社会效益指标' }),
      errors: [{ messageId: 'wrongParent', path: '/indicators/4/level2' }],
    },
    {
      name: 'department: unknown 二级 is a warning (seed 002 联系部门满意度)',
      form: withIndicator(dept, 5, { level2: '联系部门满意度' }),
      errors: [{ messageId: 'unknownDepartmentLevel2', path: '/indicators/5/level2', severity: 'warning' }],
    },
    {
      name: 'department: unknown 一级 is an error',
      form: withIndicator(dept, 0, { level1: '投入管理' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/0/level1', severity: 'error' }],
    },
    {
      name: 'project-101 rejects 可持续影响指标 (version A only)',
      form: makeProjectForm({
        framework: 'project-101',
        indicators: [
          makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
          makeIndicator({ level1: '效益指标', level2: '可持续影响指标', name: '长效机制', target: '建立' }),
        ],
      }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/1/level2' }],
    },
  ],
});
