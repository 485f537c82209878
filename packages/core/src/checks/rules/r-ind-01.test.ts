import { describe, expect, it } from 'vitest';
import { rule } from './r-ind-01.ts';
import { runChecks } from '../run-checks.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const dept = makeDepartmentForm();

/** A table in the 2015 layout (财预〔2015〕88号's 申报表): 满意度 written as a 二级 under 效益指标. */
const layout2015 = (satisfaction: string, framework: string | null = null) =>
  makeProjectForm({
    framework,
    goals: project.goals.filter((g) => g.term === 'annual'),
    indicators: [
      makeIndicator({ level1: '产出指标', level2: '数量指标', name: '配备车辆数', target: '=10辆' }),
      makeIndicator({ level1: '产出指标', level2: '成本指标', name: '服务成本', target: '≤250万元' }),
      makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '空气质量改善', target: '有所改善' }),
      makeIndicator({ level1: '效益指标', level2: satisfaction, name: '市民满意度', target: '≥90%' }),
    ],
  });

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
      name: 'a 一级 that says it is expected: 预期产出指标 over 数量指标',
      form: withIndicator(project, 0, { level1: '预期产出指标', level2: '数量指标' }),
    },
    {
      name: 'a 一级 that says whose it is: 项目效益指标 over 社会效益指标 (wide/244)',
      form: withIndicator(project, 4, { level1: '项目效益指标', level2: '社会效益指标' }),
    },
    {
      name: 'a local name of 效益指标: 效果指标 over 可持续影响指标 (docs/007), 实施效果指标 over 社会效益指标',
      form: withIndicator(withIndicator(project, 4, { level1: '效果指标', level2: '可持续影响指标' }), 3, {
        level1: '实施效果指标',
        level2: '社会效益指标',
      }),
    },
    {
      name: 'a local name of 产出指标: 项目完成指标 over 数量指标 (新疆, wide/275)',
      form: withIndicator(project, 0, { level1: '项目完成指标', level2: '数量指标' }),
    },
    {
      name: 'a local name of a 二级: 预算（或投资规模）控制指标 under 预期产出指标 is its 成本指标 (docs/007)',
      form: withIndicator(project, 2, { level1: '预期产出指标', level2: '预算（或投资规模）控制指标' }),
    },
    {
      name: '目标 or 值 for 指标 (wide/224, 447, 170): 产出值 over 数量目标, 效益目标 over 社会效益值',
      form: withIndicator(withIndicator(project, 0, { level1: '产出值', level2: '数量目标' }), 4, {
        level1: '效益目标',
        level2: '社会效益值',
      }),
    },
    {
      name: 'a 一级 with notes in brackets (formats/465, wide/431): 产出（工作量）指标（数量、质量、成本方面的指标）',
      form: withIndicator(
        withIndicator(project, 0, { level1: '产出（工作量）指标（数量、质量、成本方面的指标）' }),
        1,
        {
          level1: '产出指标（40-50）分',
        },
      ),
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
      name: '预期 before a name that is no 一级 of the tree stays unknown',
      form: withIndicator(project, 1, { level1: '预期目标' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/1/level1', severity: 'warning' }],
    },
    {
      name: "项目 before a name that is no 一级 of the tree stays unknown (银川's 项目决策)",
      form: withIndicator(project, 1, { level1: '项目决策' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/1/level1', severity: 'warning' }],
    },
    {
      name: "unknown 一级 in a project form: a warning naming it and the tree's 一级",
      form: withIndicator(project, 1, { level1: '投入指标' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/1/level1', severity: 'warning' }],
    },
    {
      name: 'a local name is read as its 一级, so a 二级 of another 一级 under it is misplaced (效果指标 over 数量指标)',
      form: withIndicator(project, 1, { level1: '效果指标', level2: '数量指标' }),
      errors: [{ messageId: 'wrongParent', path: '/indicators/1/level2', severity: 'error' }],
    },
    {
      name: 'an unknown 二级 under a 一级 printed in a local template’s words is that template’s: a warning (docs/007)',
      form: withIndicator(project, 4, { level1: '效果指标', level2: '社会、经济、生态效益指标' }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/4/level2', severity: 'warning' }],
    },
    {
      name: 'the same 二级 under the tree’s own 效益指标 is an error',
      form: withIndicator(project, 4, { level1: '效益指标', level2: '社会、经济、生态效益指标' }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/4/level2', severity: 'error' }],
    },
    {
      name: "a local 二级 name of version A is no 二级 of 101号's 产出指标 (成本 is its own 一级 there)",
      form: makeProjectForm({
        framework: 'project-101',
        indicators: [
          makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
          makeIndicator({ level1: '产出指标', level2: '预算控制指标', name: '预算执行率', target: '≥90%' }),
        ],
      }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/1/level2', severity: 'error' }],
    },
    {
      name: 'a 目标 that names no 二级 of the 一级 stays unknown (工作目标 under 产出指标)',
      form: withIndicator(project, 1, { level2: '工作目标' }),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/1/level2', severity: 'error' }],
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
      name: 'department: unknown 一级 is a warning',
      form: withIndicator(dept, 0, { level1: '投入管理' }),
      errors: [{ messageId: 'unknownLevel1', path: '/indicators/0/level1', severity: 'warning' }],
    },
    {
      name: 'the 2015 layout (满意度 under 效益指标) is that version, with one warning naming it — no error',
      form: layout2015('社会公众或服务对象满意度指标'),
      errors: [{ messageId: 'olderFramework', path: '/indicators/3/level2', severity: 'warning' }],
    },
    {
      name: 'the 2015 layout with its 满意度 二级 spelt 服务对象满意度指标',
      form: layout2015('服务对象满意度指标'),
      errors: [{ messageId: 'olderFramework', path: '/indicators/3/level2', severity: 'warning' }],
    },
    {
      name: 'the 2015 layout recorded as project-88 (imported before the version was known)',
      form: layout2015('社会公众或服务对象满意度指标', 'project-88'),
      errors: [{ messageId: 'olderFramework', path: '/indicators/3/level2', severity: 'warning' }],
    },
    {
      name: '满意度 both as a 一级 and under 效益指标: no one version, the row under 效益 is an error',
      form: (() => {
        const f = layout2015('社会公众或服务对象满意度指标');
        return { ...f, indicators: [...f.indicators, makeIndicator({ name: '学员满意度' })] };
      })(),
      errors: [{ messageId: 'unknownLevel2', path: '/indicators/3/level2', severity: 'error' }],
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

describe('R-IND-01 on a 一级 the tree does not know', () => {
  it('names it and the tree’s 一级, in Chinese', () => {
    const found = runChecks([withIndicator(project, 1, { level1: '投入指标' })]).filter(
      (f) => f.rule === 'R-IND-01',
    );
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '一级指标「投入指标」不属于项目支出绩效指标体系（财预〔2015〕88号/〔2020〕10号）：请改为「产出指标」、「效益指标」、「满意度指标」之一',
      ],
    ]);
  });
});
