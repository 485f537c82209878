import { describe, expect, it } from 'vitest';
import { leavesOf, menuFor, selectedKeyOf } from './menu.ts';

describe('menuFor', () => {
  it('gives finance all eleven destinations in six top-level entries', () => {
    const finance = menuFor('finance');
    expect(leavesOf(finance).map((l) => l.label)).toEqual([
      '工作台',
      '批复',
      '部门预算',
      '预算公开',
      '运行监控',
      '绩效自评',
      '检查报告',
      '指标库',
      '统计看板',
      '绩效看板',
      '信息公开',
    ]);
    expect(finance.map((e) => e.label)).toEqual(['工作台', '批复', '预算', '绩效', '统计', '信息公开']);
  });

  it('has no destination twice for any role', () => {
    for (const role of ['filler', 'reviewer', 'finance', 'admin']) {
      const keys = leavesOf(menuFor(role)).map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('offers only the public pages to an unknown role', () => {
    expect(leavesOf(menuFor(undefined)).map((l) => l.key)).toEqual(['/public']);
  });
});

describe('selectedKeyOf', () => {
  const finance = menuFor('finance');
  it('selects the destination a page belongs to', () => {
    expect(selectedKeyOf(finance, '/')).toBe('/');
    expect(selectedKeyOf(finance, '/approval/123')).toBe('/approval');
    expect(selectedKeyOf(finance, '/monitoring/entries/9')).toBe('/monitoring');
    expect(selectedKeyOf(finance, '/evaluation-dashboard')).toBe('/evaluation-dashboard');
    expect(selectedKeyOf(finance, '/check-reports/1/documents/2')).toBe('/check-reports');
  });
  it('does not take a page for another whose path it merely starts with', () => {
    expect(selectedKeyOf(finance, '/forms/1')).toBeNull();
    expect(selectedKeyOf(menuFor('filler'), '/forms/new')).toBe('/forms/new');
  });
});
