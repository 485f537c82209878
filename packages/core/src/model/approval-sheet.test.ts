import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../value/parse-indicator-value.ts';
import { emptyProjectForm } from './project-form.ts';
import { approvalForm } from './approval-sheet.ts';

describe('approvalForm', () => {
  const form = {
    ...emptyProjectForm(),
    name: '政务服务提升工作经费',
    budget: { total: '50', current: '50', sources: [], history: null },
    indicators: [
      {
        id: 'a',
        term: 'annual' as const,
        goal: null,
        level1: '产出指标',
        level2: '数量指标',
        name: '宣传报道数量',
        target: parseIndicatorValue('≥10个'),
        history: null,
        basis: '计划标准',
        category: null,
      },
    ],
  };

  it('carries the approved budget and title, keeping the project', () => {
    const out = approvalForm(form, { budgetTotal: '45', budgetCurrent: null, targets: [] });
    expect(out.formType).toBe('批复表');
    expect(out.title).toBe('项目支出绩效目标批复表');
    expect(out.budget.total).toBe('45');
    expect(out.budget.current).toBe('50'); // not approved separately: as asked
    expect(out.name).toBe('政务服务提升工作经费');
  });

  it('puts the approved target in place of the declared one, by indicator id', () => {
    const out = approvalForm(form, {
      budgetTotal: null,
      budgetCurrent: null,
      targets: [{ indicatorId: 'a', target: parseIndicatorValue('≥12个') }],
    });
    expect(out.indicators[0]!.target.raw).toBe('≥12个');
    expect(form.indicators[0]!.target.raw).toBe('≥10个'); // the 申报表 is untouched
  });

  it('carries the approved sources and leaves an emptied 二级 slot out', () => {
    const blank = {
      ...form.indicators[0]!,
      id: 'b',
      name: null,
      target: parseIndicatorValue(''),
      basis: null,
    };
    const out = approvalForm(
      { ...form, indicators: [...form.indicators, blank] },
      { budgetTotal: '45', budgetCurrent: '45', targets: [], sources: [{ name: '财政拨款', amount: '45' }] },
    );
    expect(out.budget.sources).toEqual([{ name: '财政拨款', amount: '45' }]);
    expect(out.indicators.map((i) => i.id)).toEqual(['a']);
  });

  it('carries the 批复文号, date, opinion and signatures finance entered, and none when it entered none', () => {
    const out = approvalForm(form, {
      budgetTotal: null,
      budgetCurrent: null,
      targets: [],
      number: '某财预〔2026〕12号',
      approvedOn: '2026-03-15',
      opinion: '同意该项目绩效目标。',
      handler: '张三',
      head: null,
    });
    expect(out.approval).toEqual({
      number: '某财预〔2026〕12号',
      date: '2026-03-15',
      opinion: '同意该项目绩效目标。',
      handler: '张三',
      head: null,
    });
    const bare = approvalForm(form, { budgetTotal: null, budgetCurrent: null, targets: [], opinion: ' ' });
    expect('approval' in bare).toBe(false);
  });

  it('leaves department forms and unapproved forms as they are', () => {
    expect(approvalForm(form, null)).toBe(form);
  });
});
