import { rule } from './r-ind-04.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const dept = makeDepartmentForm();
const v101 = (extra: ReturnType<typeof makeIndicator>[] = []) =>
  makeProjectForm({
    framework: 'project-101',
    goals: project.goals.filter((g) => g.term === 'annual'),
    indicators: [
      makeIndicator({ level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥100人次' }),
      makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '能力提升', target: '有所提升' }),
      makeIndicator({ level1: '满意度指标', level2: '满意度指标', name: '学员满意度', target: '≥95%' }),
      ...extra,
    ],
  });

/** The 2015 layout: 满意度 as a 二级 under 效益指标 (财预〔2015〕88号's 申报表 as local templates print it). */
const layout2015 = (benefit: boolean) =>
  makeProjectForm({
    framework: null,
    goals: project.goals.filter((g) => g.term === 'annual'),
    indicators: [
      makeIndicator({ level1: '产出指标', level2: '数量指标', name: '配备车辆数', target: '=10辆' }),
      ...(benefit
        ? [
            makeIndicator({
              level1: '效益指标',
              level2: '社会效益指标',
              name: '空气质量改善',
              target: '有所改善',
            }),
          ]
        : []),
      makeIndicator({
        level1: '效益指标',
        level2: '社会公众或服务对象满意度指标',
        name: '市民满意度',
        target: '≥90%',
      }),
    ],
  });

ruleTester(rule, {
  valid: [
    { name: 'project-88 form with 效益 and 满意度 in each goal', form: project },
    {
      name: 'no 效益 or 满意度 read from a form the document stops inside (a cut copy): not judged',
      form: { ...layout2015(false), indicators: layout2015(false).indicators.slice(0, 1), cutOff: true },
    },
    {
      name: 'project-101 form with a 成本 row',
      form: v101([
        makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
      ]),
    },
    { name: 'department form covering all six 一级', form: dept },
    { name: 'the 2015 layout: the 满意度 row under 效益指标 is the goal’s 满意度', form: layout2015(true) },
  ],
  invalid: [
    {
      name: 'annual goal without 效益 and 满意度',
      form: makeProjectForm({
        indicators: project.indicators.filter((i) => i.term === 'long' || i.level1 === '产出指标'),
        emptyLevel2: [
          { term: 'annual', goal: '年度绩效目标1', level1: '满意度指标', level2: '服务对象满意度指标' },
        ],
      }),
      errors: [
        { messageId: 'noBenefit', path: '/indicators/6' },
        { messageId: 'noSatisfaction', path: '/emptyLevel2/0' },
      ],
    },
    {
      name: 'the 2015 layout whose only 效益 row is its 满意度 row has no 效益',
      form: layout2015(false),
      errors: [{ messageId: 'noBenefit', path: '/indicators/0' }],
    },
    {
      name: 'project-101 without 成本',
      form: v101(),
      errors: [{ messageId: 'noCost', path: '/indicators/0' }],
    },
    {
      name: 'department table without 可持续发展能力',
      form: makeDepartmentForm({
        indicators: dept.indicators.filter((i) => i.term === 'long' || i.level1 !== '可持续发展能力'),
      }),
      errors: [{ messageId: 'missingDepartmentLevel1', path: '/indicators/6' }],
    },
  ],
});
