// ECharts option for the 工作台 bar chart of forms by status (a pure function of the counts).
import { STATUS_LABELS, STATUS_ORDER, type FormStatus } from '../../../ui/status.ts';

const COLORS: Record<FormStatus, string> = {
  draft: '#8c8c8c',
  submitted: '#1677ff',
  returned: '#ff4d4f',
  passed: '#13c2c2',
  approved: '#52c41a',
  published: '#722ed1',
};

export interface StatusChartOption {
  grid: { left: number; right: number; top: number; bottom: number; containLabel: boolean };
  tooltip: { trigger: 'axis' };
  xAxis: { type: 'category'; data: string[]; axisLabel: { interval: 0 } };
  yAxis: { type: 'value'; minInterval: number; name: string };
  series: {
    type: 'bar';
    name: string;
    barMaxWidth: number;
    label: { show: boolean; position: 'top' };
    data: { value: number; itemStyle: { color: string } }[];
  }[];
}

export function buildStatusChartOption(counts: Record<FormStatus, number>): StatusChartOption {
  return {
    grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: STATUS_ORDER.map((s) => STATUS_LABELS[s]), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '份数' },
    series: [
      {
        type: 'bar',
        name: '表单数',
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        data: STATUS_ORDER.map((s) => ({ value: counts[s], itemStyle: { color: COLORS[s] } })),
      },
    ],
  };
}
