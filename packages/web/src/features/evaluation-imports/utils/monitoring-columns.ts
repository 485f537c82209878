// The columns of an imported 监控表's indicator table beyond the levels, name and target: what the table printed.
// 纠偏措施 is shown only where the table printed it, so a template without the column gains no empty one.
import type { MonitoringDocumentIndicator } from '@jixiao/core';

export interface MonitoringColumn {
  title: string;
  value: (row: Partial<MonitoringDocumentIndicator>) => string | null | undefined;
}

export function monitoringColumns(
  indicators: readonly Partial<MonitoringDocumentIndicator>[],
): MonitoringColumn[] {
  const columns: MonitoringColumn[] = [
    { title: '执行情况', value: (r) => r.actualToDate?.raw },
    { title: '全年预计', value: (r) => r.expectedFullYear?.raw },
    { title: '完成目标可能性', value: (r) => r.likelihood },
    { title: '偏差原因', value: (r) => r.deviationReason },
  ];
  if (indicators.some((r) => (r.correctiveMeasure ?? '').trim() !== ''))
    columns.push({ title: '纠偏措施', value: (r) => r.correctiveMeasure });
  return columns;
}
