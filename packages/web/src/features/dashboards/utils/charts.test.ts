import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../api/dashboards-api.ts';
import { barsHeight, budgetByGroupOption, statusByGroupOption } from './charts.ts';

const d: Dashboard = {
  year: 2025,
  truncated: false,
  statuses: ['draft', 'submitted'],
  byStatus: [{ group: '鄂州市行政审批局', counts: { draft: 2, submitted: 1 }, total: 3 }],
  budgetByGroup: [{ group: '鄂州市行政审批局', declared: '150.5', approved: '0', forms: 3 }],
  budgetByCategory: [],
  quality: { indicators: 0, quantified: 0, share: null, findingsByRule: [], defects: [] },
  forms: [],
};

describe('dashboard charts', () => {
  it('stacks one series per status, labelled in Chinese', () => {
    const o = statusByGroupOption(d);
    expect(o.series.map((s) => s.name)).toEqual(['草稿', '已提交待审核']);
    expect(o.series[0]!.data).toEqual([2]);
    expect(o.yAxis.data).toEqual(['鄂州市行政审批局']);
  });
  it('plots budgets as numbers of 万元', () => {
    expect(budgetByGroupOption(d).series[0]!.data).toEqual([150.5]);
  });
  it('grows with the number of departments', () => {
    expect(barsHeight(1)).toBe(200);
    expect(barsHeight(20)).toBe(740);
  });
});
