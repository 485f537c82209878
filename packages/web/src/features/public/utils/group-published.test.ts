import { describe, expect, it } from 'vitest';
import type { FormListItem } from '../../workbench/utils/status-summary.ts';
import {
  departmentOf,
  groupByDepartment,
  hasUndatedForms,
  NO_YEAR,
  publishedYears,
} from './group-published.ts';

const item = (name: string, orgName: string, year: number | null, kind = 'project'): FormListItem => ({
  id: name,
  orgId: 'o',
  orgName,
  year,
  kind,
  formType: '',
  name,
  status: 'published',
  version: 1,
  updatedAt: '2024-01-01T00:00:00Z',
});

describe('public index', () => {
  const items = [
    item('乙项目', '武汉市东西湖区行政审批局（本级）', 2020),
    item('部门预算公开', '武汉市东西湖区行政审批局（本级）', 2020, 'disclosure'),
    item('甲项目', '鄂州市数据局（本级）', 2024),
  ];
  it('names the department of a 本级 unit', () => {
    expect(departmentOf('鄂州市数据局（本级）')).toBe('鄂州市数据局');
    expect(departmentOf('某局')).toBe('某局');
  });
  it('lists the years, newest first', () => {
    expect(publishedYears(items)).toEqual([2024, 2020]);
  });
  it('groups a year’s forms by department, the disclosure first', () => {
    const groups = groupByDepartment(items, 2020);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.department).toBe('武汉市东西湖区行政审批局');
    expect(groups[0]!.forms.map((f) => f.kind)).toEqual(['disclosure', 'project']);
    expect(groupByDepartment(items, null)).toHaveLength(2);
  });
});

describe('forms without a year', () => {
  it('are listed under 未注明年度 only', () => {
    const items = [item('甲', '某局', 2025), item('乙', '某局', null)];
    expect(hasUndatedForms(items)).toBe(true);
    expect(groupByDepartment(items, NO_YEAR)[0]!.forms.map((f) => f.name)).toEqual(['乙']);
    expect(groupByDepartment(items, 2025)[0]!.forms.map((f) => f.name)).toEqual(['甲']);
  });
});
