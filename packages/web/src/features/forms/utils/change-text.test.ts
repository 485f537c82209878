import { describe, expect, it } from 'vitest';
import {
  departmentFormSchema,
  emptyProjectForm,
  indicatorSchema,
  projectFormSchema,
  type DepartmentForm,
} from '@jixiao/core';
import { CHANGE_LABELS, changeLabel, indicatorFieldLabel, valueAt } from './change-text.ts';

const project = emptyProjectForm({
  name: '宣传经费',
  budget: { total: '200', current: '200', sources: [{ name: '财政拨款', amount: '200' }], history: null },
  goals: [{ term: 'annual', label: '年度目标1', text: '完成宣传' }],
});
const department = {
  kind: 'department',
  formType: '目标表',
  year: 2024,
  department: '鄂州市行政审批局',
  filler: null,
  phone: null,
  funds: {
    income: [{ name: '单位资金', current: null, share: null, history: { '2022': '15.3', '2023': '20.11' } }],
    expenditure: [],
  },
  functions: null,
  tasks: null,
  projects: [{ name: '政务服务', category: '常年性项目', total: '690', current: '690', purpose: null }],
  goals: [],
  indicators: [],
} satisfies DepartmentForm;

describe('the change list in Chinese', () => {
  it('names where a change is as the form names it (reproduces “sources · 第1项”)', () => {
    expect(changeLabel('/budget/sources/0', project)).toBe('资金来源「财政拨款」');
    expect(changeLabel('/budget/sources/0/amount', project)).toBe('资金来源「财政拨款」金额');
    expect(changeLabel('/budget/sources/3', project)).toBe('资金来源第4项');
    expect(changeLabel('/budget/total', project)).toBe('项目总预算');
    expect(changeLabel('/goals/0/text', project)).toBe('目标「年度目标1」目标内容');
    expect(changeLabel('/funds/income/0/history/2023', department)).toBe('收入构成「单位资金」2023年金额');
    expect(changeLabel('/funds/income/0/share', department)).toBe('收入构成「单位资金」占比');
    expect(changeLabel('/projects/0/purpose', department)).toBe('项目支出情况「政务服务」主要支出方向和用途');
    expect(changeLabel('/someNewField', project)).toBe('其他内容');
    expect(indicatorFieldLabel('/history/2023')).toBe('往年指标值（2023年）');
  });
  it('shows values as readable text, amounts in 万元, never JSON (reproduces “（空）→ {…}”)', () => {
    expect(valueAt('/budget/sources/0', { name: '财政拨款', amount: '200' })).toBe(
      '财政拨款，金额：200.00万元',
    );
    expect(valueAt('/budget/sources/0/amount', '200.0000')).toBe('200.00万元');
    expect(valueAt('/budget/sources/0', null)).toBe('（空）');
    expect(
      valueAt('/funds/income/0', {
        name: '单位资金',
        current: null,
        share: null,
        history: { '2022': '15.3' },
      }),
    ).toBe('单位资金，近两年收支金额：2022年 15.30万元');
    expect(valueAt('/goals/0', { term: 'annual', label: '年度目标1', text: '完成宣传' })).toBe(
      '年度目标1，期限：年度，目标内容：完成宣传',
    );
    expect(valueAt('/indicators/0/target', { raw: '≥95%', kind: 'quantitative' })).toBe('≥95%');
    for (const v of [
      valueAt('/details/0', { item: '印刷', amount: '3', basis: null, note: '按实结算' }),
      valueAt('/emptyLevel2/0', { term: 'long', goal: null, level1: '产出指标', level2: '数量指标' }),
    ]) {
      expect(v).not.toMatch(/[{}"]/);
      expect(v).not.toMatch(/[A-Za-z]/);
    }
  });
  it('has a Chinese name for every field of both kinds of form and of an indicator', () => {
    const keys = (shape: object) => Object.keys(shape);
    for (const k of [...keys(projectFormSchema.shape), ...keys(departmentFormSchema.shape)])
      expect(CHANGE_LABELS.top[k], k).toMatch(/\p{Script=Han}/u);
    for (const k of keys(indicatorSchema.shape).filter((k) => k !== 'id'))
      expect(CHANGE_LABELS.parts.indicator![k], k).toMatch(/\p{Script=Han}/u);
    for (const k of keys(projectFormSchema.shape.budget.shape))
      expect(CHANGE_LABELS.parts.budget![k], k).toMatch(/\p{Script=Han}/u);
  });
});
