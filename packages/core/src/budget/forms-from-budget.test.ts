import { describe, expect, it } from 'vitest';
import { checkForm } from '../checks/index.ts';
import {
  assignProjectCodes,
  departmentFormFromBudget,
  duplicateProjectCodes,
  projectFormFromBudgetLine,
} from './forms-from-budget.ts';
import { budgetSchema } from './budget-model.ts';
import { makeBudget } from './test-budget.ts';

describe('项目编码 on the budget list', () => {
  it('gives lines without a code a local one and keeps the codes given', () => {
    const b = makeBudget();
    b.projects[1]!.code = '101001-2025-001';
    const coded = assignProjectCodes(b);
    expect(coded.projects.map((p) => p.code)).toEqual(['101001-2025-002', '101001-2025-001']);
    expect(assignProjectCodes(coded)).toBe(coded);
  });
  it('finds a code used twice', () => {
    const b = makeBudget();
    expect(duplicateProjectCodes(assignProjectCodes(b))).toEqual([]);
    b.projects.forEach((p) => (p.code = 'P1'));
    expect(duplicateProjectCodes(b)).toEqual(['P1']);
  });
  it('refuses a code with spaces or Chinese', () => {
    const b = makeBudget();
    expect(budgetSchema.safeParse({ ...b, projects: [{ ...b.projects[0]!, code: '项目 1' }] }).success).toBe(
      false,
    );
  });
});

describe('project form from a budget line', () => {
  it('starts with the line’s name, code, amount, class, purpose and the unit', () => {
    const b = assignProjectCodes(makeBudget());
    const form = projectFormFromBudgetLine(b, 0, '某市某局机关')!;
    expect(form).toMatchObject({
      year: 2025,
      unit: '某市某局机关',
      supervisor: '某市某局',
      name: '甲项目',
      code: '101001-2025-001',
      category: '经常性项目',
      content: '甲的用途',
      budget: { total: '300.00', current: '300.00', sources: [{ name: '财政拨款', amount: '300.00' }] },
    });
    // The paper form's 一级/二级 rows under each goal, left for the unit to fill.
    const levels =
      '产出指标/数量指标 产出指标/质量指标 产出指标/时效指标 产出指标/成本指标 效益指标/社会效益指标 满意度指标/服务对象满意度指标';
    expect(
      form.indicators.map((i) => `${i.term} ${i.goal} ${i.level1}/${i.level2} ${i.name} ${i.target.kind}`),
    ).toEqual([
      ...levels.split(' ').map((l) => `long 长期绩效目标1 ${l} null empty`),
      ...levels.split(' ').map((l) => `annual 年度绩效目标1 ${l} null empty`),
    ]);
    expect(projectFormFromBudgetLine(b, 9, 'x')).toBeUndefined();
  });
});

describe('部门整体 form from the budget', () => {
  it('has funds by source with shares, 近两年 from earlier budgets, and the projects', () => {
    const b = makeBudget();
    const last = { ...makeBudget(), year: 2024 };
    const form = departmentFormFromBudget(b, [last]);
    expect(form.funds.income).toEqual([
      {
        name: '一般公共预算财政拨款收入',
        current: '1000.00',
        share: '100.00%',
        history: { '2023': null, '2024': '1000.00' },
      },
      { name: '合计', current: '1000.00', share: '100.00%', history: { '2023': null, '2024': '1000.00' } },
    ]);
    expect(form.funds.expenditure.map((l) => [l.name, l.current, l.share])).toEqual([
      ['基本支出', '600.00', '60.00%'],
      ['项目支出', '400.00', '40.00%'],
      ['合计', '1000.00', '100.00%'],
    ]);
    expect(form.projects.map((p) => p.name)).toEqual(['甲项目', '乙项目']);
    expect(form).toMatchObject({ department: '某市某局', functions: '某局的职能。', tasks: '某局的任务。' });
    // The totals it writes agree with their parts: no 合计 finding.
    expect(checkForm(form).filter((f) => f.rule === 'R-DEPT-02')).toEqual([]);
  });
});
