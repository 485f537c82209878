// ECharts option of the dashboard: average self-evaluation score and execution rate by department (pure).
import type { DepartmentRow } from '../api/self-evaluation-api.ts';

export function buildDashboardChartOption(rows: readonly DepartmentRow[]) {
  return {
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0, right: 8, data: ['平均自评得分', '预算执行率（%）'] },
    xAxis: { type: 'category' as const, data: rows.map((r) => r.department), axisLabel: { interval: 0 } },
    // The axis name starts at the axis (centred on it, its left half was cut off by the chart's edge).
    yAxis: {
      type: 'value' as const,
      min: 0,
      max: 100,
      name: '分 / %',
      nameTextStyle: { align: 'left' as const },
    },
    series: [
      {
        type: 'bar' as const,
        name: '平均自评得分',
        barMaxWidth: 32,
        label: { show: true, position: 'top' as const },
        data: rows.map((r) => (r.averageScore === null ? null : Number(r.averageScore))),
      },
      {
        type: 'bar' as const,
        name: '预算执行率（%）',
        barMaxWidth: 32,
        label: { show: true, position: 'top' as const },
        data: rows.map((r) =>
          r.executionRate === null ? null : Math.round(Number(r.executionRate) * 10000) / 100,
        ),
      },
    ],
  };
}
