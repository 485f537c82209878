// Monitoring round (绩效运行监控, DOMAIN.md §3): one entry per project and reporting month — budget executed
// to date and, per approved indicator, progress to date, full-year forecast, deviation cause and measures.
import { z } from 'zod';
import { amountString, decimalString } from '../model/decimal-string.ts';
import { indicatorValueSchema } from '../model/indicator-value.ts';
import { deviationReasonSchema, likelihoodSchema, monitoringGradeSchema } from './dictionaries.ts';

export const monitoringIndicatorSchema = z.object({
  /** The approved (批复) indicator's stable id (R-MON-06). */
  indicatorId: z.string().min(1),
  goal: z.string().nullable(), // 目标名称, for the goal light
  level1: z.string().nullable(), // 一级指标
  level2: z.string().nullable(), // 二级指标
  name: z.string().nullable(), // 三级指标
  target: indicatorValueSchema, // 年度指标值 (approved)
  /** 1–m月执行情况: the text as typed (`raw`) read with the 指标值 grammar; kind `empty` when not given. */
  actualToDate: indicatorValueSchema,
  /** Qualitative progress to date (定性指标). */
  grade: monitoringGradeSchema.nullable(),
  /** 全年预计完成情况, read with the same grammar; kind `empty` when not given. */
  expectedFullYear: indicatorValueSchema,
  deviationReason: deviationReasonSchema.nullable(), // 偏差原因 (dictionary)
  reasonText: z.string().nullable(), // 偏差原因说明 (required with 其他原因)
  likelihood: likelihoodSchema.nullable(), // 完成目标可能性
  correctiveMeasure: z.string().nullable(), // 纠偏措施
});
export type MonitoringIndicator = z.infer<typeof monitoringIndicatorSchema>;

export const monitoringBudgetSchema = z.object({
  annual: amountString, // 全年预算数 (万元, the adjusted budget)
  executedToDate: amountString, // 1–m月执行数 (万元)
  /** Share of the year's money planned to be spent by month m (分月用款计划), e.g. "0.5"; null → m/12. */
  plannedShareToDate: decimalString.nullable().optional(),
});
export type MonitoringBudget = z.infer<typeof monitoringBudgetSchema>;

export const newMonitoringEntrySchema = z.object({
  projectId: z.string().nullable(),
  projectName: z.string(), // 项目名称 (the `form` of findings)
  projectCode: z.string().nullable().optional(), // 项目编码 (absent on entries made before it was kept)
  year: z.number().int(),
  month: z.number().int().min(1).max(12), // data 1–m月
  budget: monitoringBudgetSchema,
  indicators: z.array(monitoringIndicatorSchema),
});
export type NewMonitoringEntry = z.infer<typeof newMonitoringEntrySchema>;

export const monitoringEntrySchema = newMonitoringEntrySchema.extend({ id: z.string() });
export type MonitoringEntry = z.infer<typeof monitoringEntrySchema>;

/**
 * The headings of the 监控表's indicator table, by column, for month `month` (1—m月执行情况): the page the
 * unit fills, the exported sheet and the recogniser that finds the columns by them.
 */
export function monitoringColumns(month: number): string[] {
  return [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    `1—${month}月执行情况`,
    '全年预计完成情况',
    '预警',
    '偏差原因',
    '原因说明',
    '完成目标可能性',
    '纠偏措施',
  ];
}
