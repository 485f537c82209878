import { describe, expect, it } from 'vitest';
import { buildDashboardChartOption } from './dashboard-chart.ts';

describe('dashboard chart', () => {
  it('puts scores and execution rates (in %) per department; missing values stay empty', () => {
    const o = buildDashboardChartOption([
      {
        departmentId: 'a',
        department: '部门A',
        evaluated: 1,
        averageScore: '91.37',
        grades: { 优: 1, 良: 0, 中: 0, 差: 0 },
        budget: '100',
        executed: '90',
        executionRate: '0.9',
        monitored: 1,
        unfilled: 0,
        red: 1,
        yellow: 0,
        monitoringRate: '0.5',
      },
      {
        departmentId: 'b',
        department: '部门B',
        evaluated: 0,
        averageScore: null,
        grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
        budget: '0',
        executed: '0',
        executionRate: null,
        monitored: 2,
        unfilled: 0,
        red: 0,
        yellow: 1,
        monitoringRate: null,
      },
    ]);
    expect(o.xAxis.data).toEqual(['部门A', '部门B']);
    expect(o.series[0]!.data).toEqual([91.37, null]);
    expect(o.series[1]!.data).toEqual([90, null]);
  });
});
