// The 项目绩效运行监控表 (DOMAIN.md §3.1, FASP2 template columns): project, budget executed to date against
// time elapsed, and per approved indicator its progress, full-year forecast, light, cause and measure.
import {
  monitoringColumns,
  type EvalResult,
  type MonitoringReport,
  type NewMonitoringEntry,
} from '@jixiao/core';
import { levelCells } from './layout-indicators.ts';
import {
  amountCell,
  cell,
  completeTable,
  paragraph,
  type DocumentLayout,
  type LayoutCell,
} from './layout.ts';

const W = 11;
export const MONITORING_TITLE = '项目绩效运行监控表';

const LIGHT: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' };

/** The header labels of the indicator table are core's (the web's page prints the same). */
export { monitoringColumns };

/** A light in words; 未填报 for what the unit has not filled in; nothing for values that cannot be read. */
function lightText(r: EvalResult<{ light: string }> | undefined): string {
  if (!r) return '';
  if (r.ok) return LIGHT[r.value.light] ?? '';
  return r.errors.some((e) => e.code === 'not-reported') ? '未填报' : '';
}

const label = (col: number, text: string, opts: Partial<LayoutCell> = {}) =>
  cell(col, text, { style: 'label', ...opts });

export function layoutMonitoring(
  entry: NewMonitoringEntry,
  report: MonitoringReport,
  unit: string | null,
): DocumentLayout {
  const m = entry.month;
  const budget = report.budget.ok ? report.budget.value : null;
  // 一级 and 二级 merge down over the rows that share them, as on the official form.
  const levels = levelCells(entry.indicators);
  const rows: LayoutCell[][] = [
    entry.projectCode
      ? [
          label(0, '项目名称', { colSpan: 2 }),
          cell(2, entry.projectName, { colSpan: 5 }),
          label(7, '项目编码', { colSpan: 2 }),
          cell(9, entry.projectCode, { colSpan: 2 }),
        ]
      : [label(0, '项目名称', { colSpan: 2 }), cell(2, entry.projectName, { colSpan: 9 })],
    [label(0, '实施单位', { colSpan: 2 }), cell(2, unit, { colSpan: 9 })],
    [
      label(0, '全年预算数（万元）', { colSpan: 2 }),
      amountCell(2, entry.budget.annual),
      label(3, `1—${m}月执行数（万元）`),
      amountCell(4, entry.budget.executedToDate),
      label(5, '执行率'),
      cell(6, budget ? `${Math.round(Number(budget.rate) * 10000) / 100}%` : '', { align: 'center' }),
      label(7, '时间进度'),
      cell(8, `${m}/12`, { align: 'center' }),
      label(9, '预算执行预警'),
      cell(10, lightText(report.budget), { align: 'center' }),
    ],
    monitoringColumns(m).map((t, i) => cell(i, t, { style: 'header' })),
    ...entry.indicators.map((ind, i) => {
      const r = report.indicators[i]?.result;
      return [
        ...levels[i]!,
        cell(2, ind.name),
        cell(3, ind.target.raw, { align: 'center' }),
        cell(4, ind.target.kind === 'qualitative' ? (ind.grade ?? '') : ind.actualToDate.raw, {
          align: 'center',
        }),
        cell(5, ind.expectedFullYear.raw, { align: 'center' }),
        cell(6, lightText(r), { align: 'center' }),
        cell(7, ind.deviationReason),
        cell(8, ind.reasonText, { style: 'text' }),
        cell(9, ind.likelihood, { align: 'center' }),
        cell(10, ind.correctiveMeasure, { style: 'text' }),
      ];
    }),
  ];
  return {
    title: `${entry.year}年${MONITORING_TITLE}（1—${m}月）：${entry.projectName}`,
    sections: [
      {
        name: '监控表',
        columns: [8, 10, 18, 11, 12, 12, 7, 10, 16, 10, 16],
        orientation: 'landscape',
        blocks: [
          paragraph(`${MONITORING_TITLE}`, 'title', 'center'),
          paragraph(`（${entry.year}年1—${m}月）`, 'subtitle', 'center'),
          completeTable({ type: 'table', rows, headerRows: 0 }, W),
        ],
      },
    ],
  };
}
