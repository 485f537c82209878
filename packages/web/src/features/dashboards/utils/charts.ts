// ECharts options of the dashboard, pure functions of its figures. Departments are long Chinese names:
// horizontal bars with the names on the vertical axis, cut with an ellipsis (the tooltip has them whole).
import { STATUS_LABELS, type FormStatus } from '../../../ui/status.ts';
import type { Dashboard } from '../api/dashboards-api.ts';

const STATUS_COLORS: Record<FormStatus, string> = {
  draft: '#bfbfbf',
  submitted: '#1677ff',
  returned: '#ff4d4f',
  passed: '#13c2c2',
  approved: '#52c41a',
  published: '#722ed1',
};

const nameAxis = (data: string[]) => ({
  type: 'category' as const,
  data,
  inverse: true,
  axisLabel: { width: 150, overflow: 'truncate' as const, interval: 0 },
});

/** Height that fits one bar per department. */
export function barsHeight(n: number): number {
  return Math.max(200, 60 + n * 34);
}

export function statusByGroupOption(d: Dashboard) {
  const groups = d.byStatus.map((g) => g.group);
  return {
    // The value axis's unit is written past its end: room on the right so that it is not cut off.
    grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'value', minInterval: 1, name: '份' },
    yAxis: nameAxis(groups),
    series: (d.statuses as FormStatus[]).map((s) => ({
      type: 'bar',
      stack: 'forms',
      name: STATUS_LABELS[s] ?? s,
      itemStyle: { color: STATUS_COLORS[s] },
      barMaxWidth: 22,
      data: d.byStatus.map((g) => g.counts[s] ?? 0),
    })),
  };
}

export function budgetByGroupOption(d: Dashboard) {
  return {
    grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v} 万元` },
    legend: { top: 0 },
    xAxis: { type: 'value', name: '万元' },
    yAxis: nameAxis(d.budgetByGroup.map((g) => g.group)),
    series: [
      {
        type: 'bar',
        name: '申报',
        barMaxWidth: 14,
        itemStyle: { color: '#b8292f' },
        data: d.budgetByGroup.map((g) => Number(g.declared)),
      },
      {
        type: 'bar',
        name: '批复',
        barMaxWidth: 14,
        itemStyle: { color: '#52c41a' },
        data: d.budgetByGroup.map((g) => Number(g.approved)),
      },
    ],
  };
}

export function budgetByCategoryOption(d: Dashboard) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}<br/>{c} 万元（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        name: '项目类别',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%', width: 110, overflow: 'truncate' },
        data: d.budgetByCategory.map((c) => ({ name: c.category, value: Number(c.declared) })),
      },
    ],
  };
}

export function findingsByRuleOption(d: Dashboard) {
  const rules = d.quality.findingsByRule.slice(0, 12);
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = rules[p.dataIndex]!;
        return `${r.rule} ${r.description}<br/>${r.count} 处，涉及 ${r.forms} 份表单`;
      },
    },
    xAxis: { type: 'value', minInterval: 1, name: '处' },
    yAxis: nameAxis(rules.map((r) => r.rule)),
    series: [
      {
        type: 'bar',
        name: '问题数',
        barMaxWidth: 16,
        label: { show: true, position: 'right' },
        data: rules.map((r) => ({
          value: r.count,
          itemStyle: {
            color: r.severity === 'error' ? '#ff4d4f' : r.severity === 'warning' ? '#faad14' : '#1677ff',
          },
        })),
      },
    ],
  };
}
