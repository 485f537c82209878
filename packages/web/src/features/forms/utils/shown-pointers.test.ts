import { describe, expect, it } from 'vitest';
import { parseIndicatorValue, type DepartmentForm, type ProjectForm } from '@jixiao/core';
import { shownPointers } from './shown-pointers.ts';

describe('shownPointers', () => {
  it('lists the fields of a project form, with each indicator row and cell', () => {
    const form: ProjectForm = {
      kind: 'project',
      formType: '申报表',
      year: 2024,
      unit: null,
      supervisor: null,
      executor: null,
      name: 'x',
      code: null,
      category: null,
      nature: null,
      leader: null,
      phone: null,
      basis: null,
      content: null,
      budget: { total: '1', current: null, sources: [{ name: '财政拨款', amount: '1' }], history: null },
      details: [],
      goals: [{ term: 'annual', label: '年度绩效目标1', text: 't' }],
      indicators: [
        {
          term: 'annual',
          goal: null,
          level1: '产出指标',
          level2: '数量指标',
          name: 'n',
          target: parseIndicatorValue('≥1个'),
          history: null,
          basis: null,
          category: null,
        },
      ],
      opinion: null,
    };
    const shown = shownPointers(form);
    for (const p of [
      '/name',
      '/budget/total',
      '/budget/sources/0/amount',
      '/goals/0/text',
      '/indicators/0',
      '/indicators/0/target',
    ])
      expect(shown.has(p)).toBe(true);
    expect(shown.has('/indicators/1')).toBe(false);
  });
  it('lists every cell of a department form’s fund tables, the 近两年 columns included', () => {
    const line = (name: string) => ({
      name,
      current: '1',
      share: null,
      history: { '2022': '1', '2023': null },
    });
    const form: DepartmentForm = {
      kind: 'department',
      formType: '目标表',
      year: 2024,
      department: 'x',
      filler: null,
      phone: null,
      funds: { income: [line('财政拨款'), line('合计')], expenditure: [line('基本支出')] },
      functions: null,
      tasks: null,
      projects: [],
      goals: [],
      indicators: [],
    };
    const shown = shownPointers(form);
    for (const p of [
      '/funds/income/0/name',
      '/funds/income/1/current',
      '/funds/income/1/history/2022',
      '/funds/income/1/history/2023',
      '/funds/expenditure/0/share',
    ])
      expect(shown.has(p)).toBe(true);
    expect(shown.has('/funds/expenditure/1/current')).toBe(false);
  });
});
