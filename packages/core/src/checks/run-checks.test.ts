// The registered checks together: clean forms give no finding, and seed-like defects give the findings a
// reviewer would write — each once, with a rendered Chinese message and a pointer into the form.
import { describe, expect, it } from 'vitest';
import { checkForm, runChecks } from './run-checks.ts';
import {
  fundLine,
  makeDepartmentForm,
  makeIndicator,
  makeProjectForm,
  withIndicator,
} from './helpers/test-forms.ts';
import type { ProjectForm } from '../model/project-form.ts';

const brief = (f: { rule: string; messageId?: string; path: string }) => `${f.rule} ${f.messageId} ${f.path}`;

describe('checks on whole forms', () => {
  it('clean project and department forms give no finding', () => {
    expect(runChecks([makeProjectForm(), makeDepartmentForm()])).toEqual([]);
  });

  it('a seed-002-like department form gives the known defects', () => {
    const base = makeDepartmentForm();
    let form = makeDepartmentForm({
      goals: [
        { term: 'long', label: '长期目标', text: null },
        { term: 'annual', label: '年度目标', text: '加强公共资源招标投标活动监督管理。' },
      ],
      funds: {
        income: [
          fundLine('财政拨款', '1611.44', '100%', { '2022': '1741.89' }),
          fundLine('单位资金', null, null, { '2022': '15.30' }),
          fundLine('合  计', '1611.44', '100%', { '2022': '1757.19' }),
        ],
        expenditure: [
          fundLine('人员类项目支出', '571.71', '35.48%', { '2022': '567.13' }),
          fundLine('运转类项目支出', '83.73', '5.20%', { '2022': '100.21' }),
          fundLine('特定目标类项目支出', '956', '59.32%', { '2022': '1086.93' }),
          fundLine('合  计', '1611.44', '100%', { '2022': '1754.27' }),
        ],
      },
      indicators: [
        ...base.indicators,
        makeIndicator({
          term: 'annual',
          goal: null,
          level1: '满意度',
          level2: '联系部门满意度',
          name: '联系部门满意度',
          target: '≥100%',
          basis: '国家标准',
        }),
      ],
    });
    form = withIndicator(form, 0, { target: '100%' });
    const findings = checkForm(form);
    expect(findings.map(brief)).toEqual([
      'R-GOAL-01 emptyGoal /goals/0/text',
      'R-IND-12 satisfactionAtLeast100 /indicators/12/target',
      'R-DEPT-02 balanceMismatch /funds/expenditure/3/history/2022',
      'R-IND-01 unknownDepartmentLevel2 /indicators/12/level2',
      'R-IND-09 aliasBasis /indicators/12/basis',
      'R-IND-08 impliedOperator /indicators/0/target',
    ]);
    expect(findings[1]?.message).toBe(
      '「联系部门满意度」的指标值为≥100%，满意度不可能超过100%，「≥100%」无法作为考核目标：请改为≥95%等可实现的目标值',
    );
    for (const f of findings) expect(f.message).not.toMatch(/\{\w+\}/);
  });

  it('a seed-000-like project form: empty 数量指标, 定性 as basis, sentences as names', () => {
    const sentence =
      '推进办事材料目录化、标准化、电子化，开展在线填报、在线提交和在线审查。在政务服务应用中开展网上验证核对，避免重复提交材料。';
    const form: ProjectForm = makeProjectForm({
      budget: { total: '200', current: null, sources: [], history: null },
      goals: [
        { term: 'long', label: '长期绩效目标1', text: '新建电子材料库。' },
        { term: 'annual', label: '年度绩效目标1', text: '提供政务可信文件电子化应用。' },
      ],
      indicators: [
        makeIndicator({
          term: 'long',
          goal: '长期绩效目标1',
          level1: '产出指标',
          level2: '质量指标',
          name: sentence,
          target: '良好',
          basis: '定性',
        }),
        makeIndicator({
          term: 'long',
          goal: '长期绩效目标1',
          level1: '效益指标',
          level2: '经济效益指标',
          name: '降低办事成本',
          target: '确保完成',
          basis: '计划标准',
        }),
        makeIndicator({
          term: 'long',
          goal: '长期绩效目标1',
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '服务对象满意度',
          target: '满意率≥95%',
          basis: '计划标准',
        }),
        makeIndicator({ level1: '产出指标', level2: '质量指标', name: '材料电子化率', target: '≥90%' }),
        makeIndicator({
          level1: '效益指标',
          level2: '经济效益指标',
          name: '降低办事成本',
          target: '确保完成',
        }),
        makeIndicator({
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '服务对象满意度',
          target: '≥95%',
        }),
      ],
      emptyLevel2: [{ term: 'long', goal: '长期绩效目标1', level1: '产出指标', level2: '数量指标' }],
    });
    expect(checkForm(form).map(brief)).toEqual([
      'R-IND-03 noQuantity /emptyLevel2/0',
      'R-IND-03 noQuantity /indicators/3',
      'R-IND-09 basisIsValueType /indicators/0/basis',
      'R-IND-07 nameIsSentence /indicators/0/name',
    ]);
  });

  it('a seed-004-like 101 批复表 is clean but for the copied annual goal', () => {
    const goal = '进一步完善全市政务服务体系，持续提升全市政务服务和社会治理能力。';
    const rows = (term: 'long' | 'annual', g: string) => [
      makeIndicator({
        term,
        goal: g,
        level1: '成本指标',
        level2: '经济成本指标',
        name: '项目成本',
        target: '≤571万元',
      }),
      makeIndicator({
        term,
        goal: g,
        level1: '产出指标',
        level2: '数量指标',
        name: '购买专业热线政务服务人员数量',
        target: '=33人',
      }),
      makeIndicator({
        term,
        goal: g,
        level1: '产出指标',
        level2: '质量指标',
        name: '服务评价满意度测评',
        target: '≥95%',
      }),
      makeIndicator({
        term,
        goal: g,
        level1: '产出指标',
        level2: '时效指标',
        name: '项目按时完成率',
        target: '=100%',
      }),
      makeIndicator({
        term,
        goal: g,
        level1: '效益指标',
        level2: '社会效益指标',
        name: '优化政务服务环境',
        target: '确保优化',
      }),
      makeIndicator({
        term,
        goal: g,
        level1: '满意度指标',
        level2: '满意度指标',
        name: '群众满意度',
        target: '≥95%',
      }),
    ];
    const form = makeProjectForm({
      formType: '批复表',
      framework: 'project-101',
      budget: { total: '571', current: null, sources: [], history: null },
      goals: [
        { term: 'long', label: '长期绩效目标1', text: goal },
        { term: 'annual', label: '年度绩效目标1', text: goal },
      ],
      indicators: [...rows('long', '长期目标1'), ...rows('annual', '年度目标1')],
    });
    expect(checkForm(form).map(brief)).toEqual(['R-GOAL-02 sameText /goals/1/text']);
  });
});
