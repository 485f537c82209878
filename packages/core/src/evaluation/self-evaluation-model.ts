// Self-evaluation (绩效自评, DOMAIN.md §2.5): funds block, goals, one row per approved indicator with its
// weight, actual, grade and any score override, and the conclusions.
import { z } from 'zod';
import { amountString, decimalString } from '../model/decimal-string.ts';
import { indicatorValueSchema } from '../model/indicator-value.ts';
import { selfEvaluationGradeSchema } from './dictionaries.ts';

/** A score set by hand instead of the computed one; the reason is mandatory (checked when scoring). */
export const scoreOverrideSchema = z.object({
  score: decimalString,
  reason: z.string().nullable(),
});
export type ScoreOverride = z.infer<typeof scoreOverrideSchema>;

export const selfEvaluationIndicatorSchema = z.object({
  /** The approved (批复) indicator's stable id (R-EVAL-07). */
  indicatorId: z.string().min(1),
  goal: z.string().nullable(),
  level1: z.string().nullable(), // 一级指标: decides the weight group
  level2: z.string().nullable(),
  name: z.string().nullable(), // 三级指标
  target: indicatorValueSchema, // 年度指标值 (approved)
  weight: decimalString.nullable(), // 分值; null → the 一级's points spread equally
  /** 实际完成值: the text as typed (`raw`) read with the 指标值 grammar; kind `empty` when not given. */
  actual: indicatorValueSchema,
  grade: selfEvaluationGradeSchema.nullable(), // 定性指标 result
  override: scoreOverrideSchema.nullable(),
  deviationAnalysis: z.string().nullable(), // 偏差原因分析及改进措施
});
export type SelfEvaluationIndicator = z.infer<typeof selfEvaluationIndicatorSchema>;

export const selfEvaluationBudgetSchema = z.object({
  initial: amountString.nullable(), // 年初预算数 (万元)
  annual: amountString, // 全年预算数 (万元, adjusted; the 执行率 divisor)
  executed: amountString, // 全年执行数 (万元)
});
export type SelfEvaluationBudget = z.infer<typeof selfEvaluationBudgetSchema>;

export const selfEvaluationGoalSchema = z.object({
  label: z.string().nullable(),
  expected: z.string().nullable(), // 预期目标
  achieved: z.string().nullable(), // 实际完成情况
});

export const newSelfEvaluationSchema = z.object({
  projectId: z.string().nullable(),
  projectName: z.string(), // 项目名称
  projectCode: z.string().nullable().optional(), // 项目编码 (absent on entries made before it was kept)
  year: z.number().int(),
  supervisor: z.string().nullable(), // 主管部门
  executor: z.string().nullable(), // 实施单位
  budget: selfEvaluationBudgetSchema,
  goals: z.array(selfEvaluationGoalSchema),
  indicators: z.array(selfEvaluationIndicatorSchema),
  conclusions: z.object({
    problems: z.string().nullable(), // 存在的问题
    improvements: z.string().nullable(), // 改进措施
  }),
});
export type NewSelfEvaluation = z.infer<typeof newSelfEvaluationSchema>;

export const selfEvaluationSchema = newSelfEvaluationSchema.extend({ id: z.string() });
export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;
