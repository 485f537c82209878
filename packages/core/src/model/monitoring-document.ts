// MonitoringDocument: a 绩效运行监控表 read as a document of its own — budget executed to date and, per
// indicator, progress to date and the full-year forecast as published (not tied to an approved form).
import { z } from 'zod';
import { decimalString } from './decimal-string.ts';
import { indicatorValueSchema } from './indicator-value.ts';

export const monitoringDocumentIndicatorSchema = z.object({
  level1: z.string().nullable(), // 一级指标
  level2: z.string().nullable(), // 二级指标
  name: z.string(), // 三级指标 / 指标名称
  target: indicatorValueSchema, // 年度指标值 / 指标值
  actualToDate: indicatorValueSchema, // 1—m月执行情况 / 半年度指标执行情况
  expectedFullYear: indicatorValueSchema, // 全年预计完成情况
  deviationReason: z.string().nullable(), // 偏差原因 / 偏差或不能完成目标原因分析
  likelihood: z.string().nullable(), // 完成目标可能性: 确定能 / 有可能 / 不可能
  // 纠偏措施 / 改进措施 / 拟采取的纠偏措施: the row's corrective measure as printed. Optional: records stored before
  // it was read hold none.
  correctiveMeasure: z.string().nullable().optional(),
  light: z.string().nullable().optional(), // 预警灯 as published (红/黄/绿/蓝), when the table prints one
});
export type MonitoringDocumentIndicator = z.infer<typeof monitoringDocumentIndicatorSchema>;

export const monitoringDocumentSchema = z.object({
  kind: z.literal('monitoring'),
  title: z.string().nullable(),
  name: z.string().nullable(), // 项目名称
  unit: z.string().nullable(), // 项目执行单位 / 实施单位
  department: z.string().nullable(), // 主管部门
  year: z.number().int().nullable(),
  period: z.string().nullable(), // the months the data covers as printed: 1—6月
  month: z.number().int().min(1).max(12).nullable(), // the last month of the period
  budget: z.object({
    initial: decimalString.nullable(), // 年初预算数 (万元)
    annual: decimalString.nullable(), // 全年预算数 (万元)
    executed: decimalString.nullable(), // 1—m月执行数 (万元)
    expectedFullYear: decimalString.nullable(), // 全年预计执行数 (万元)
    rate: decimalString.nullable(), // 执行率 in percent as printed
    // 偏差原因 printed on the budget's total row. Optional: records stored before it was read hold none.
    deviationReason: z.string().nullable().optional(),
  }),
  indicators: z.array(monitoringDocumentIndicatorSchema),
  /** Whole-table remarks: 偏差或不能完成目标原因分析, 相关建议或举措, as printed. */
  deviationReason: z.string().nullable(),
  measures: z.string().nullable(),
});
export type MonitoringDocument = z.infer<typeof monitoringDocumentSchema>;

export function emptyMonitoringDocument(overrides: Partial<MonitoringDocument> = {}): MonitoringDocument {
  return {
    kind: 'monitoring',
    title: null,
    name: null,
    unit: null,
    department: null,
    year: null,
    period: null,
    month: null,
    budget: { initial: null, annual: null, executed: null, expectedFullYear: null, rate: null },
    indicators: [],
    deviationReason: null,
    measures: null,
    ...overrides,
  };
}
