import { describe, expect, it } from 'vitest';
import type { DashboardForm } from '../api/dashboards-api.ts';
import { describeSelection, selectForms } from './selection.ts';

const f = (over: Partial<DashboardForm>): DashboardForm => ({
  id: 'x',
  name: 'n',
  orgName: 'o',
  group: '部门A',
  kind: 'project',
  status: 'draft',
  category: null,
  budgetTotal: null,
  approvedTotal: null,
  indicators: 2,
  quantified: 2,
  rules: [],
  ...over,
});

describe('selectForms', () => {
  const forms = [
    f({ id: 'a', status: 'submitted', rules: ['R-IND-09'] }),
    f({ id: 'b', group: '部门B', category: '专项', quantified: 1 }),
    f({ id: 'c', kind: 'department' }),
  ];
  const ids = (list: DashboardForm[]) => list.map((x) => x.id);
  it('filters by what was clicked', () => {
    expect(ids(selectForms(forms, { kind: 'status', group: '部门A', status: 'submitted' }))).toEqual(['a']);
    expect(ids(selectForms(forms, { kind: 'budget', group: '部门A' }))).toEqual(['a']); // projects only
    expect(ids(selectForms(forms, { kind: 'category', category: '未分类' }))).toEqual(['a']);
    expect(ids(selectForms(forms, { kind: 'rule', rule: 'R-IND-09', description: '' }))).toEqual(['a']);
    expect(ids(selectForms(forms, { kind: 'unquantified' }))).toEqual(['b']);
    expect(ids(selectForms(forms, null))).toEqual(['a', 'b', 'c']);
  });
  it('describes a selection in Chinese', () => {
    expect(describeSelection({ kind: 'status', group: '部门A', status: 'submitted' })).toBe(
      '部门A · 已提交待审核',
    );
  });
});
