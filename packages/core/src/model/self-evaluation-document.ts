// SelfEvaluationDocument: a 绩效自评表 (项目支出 or 部门整体) read as a document of its own — the figures as
// published (budget rows, per-indicator 分值/得分, 总分, 等级), not yet tied to an approved form.
import { z } from 'zod';
import { decimalString } from './decimal-string.ts';
import { indicatorValueSchema } from './indicator-value.ts';

/** One row of the 预算执行情况 block: 年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金 … */
export const evaluationBudgetLineSchema = z.object({
  name: z.string(), // the row's label as printed, without 其中：
  initial: decimalString.nullable(), // 年初预算数 (万元)
  annual: decimalString.nullable(), // 全年预算数 / 预算数(A) (万元)
  executed: decimalString.nullable(), // 全年执行数 / 执行数(B) (万元)
  rate: decimalString.nullable(), // 执行率 in percent as printed: "100.00%" → "100.00"
  weight: decimalString.nullable(), // 分值
  score: decimalString.nullable(), // 得分
});
export type EvaluationBudgetLine = z.infer<typeof evaluationBudgetLineSchema>;

export const evaluationBudgetSchema = evaluationBudgetLineSchema.omit({ name: true }).extend({
  /** The rows under the total (sources), as printed. */
  sources: z.array(evaluationBudgetLineSchema),
});
export type EvaluationBudget = z.infer<typeof evaluationBudgetSchema>;

export const selfEvaluationDocumentIndicatorSchema = z.object({
  level1: z.string().nullable(), // 一级指标 (canonical name when known)
  level2: z.string().nullable(), // 二级指标
  name: z.string(), // 三级指标 / 指标名称
  target: indicatorValueSchema, // 年度指标值 / 年初目标值(A)
  actual: indicatorValueSchema, // 全年实际值 / 实际完成值(B)
  /** 分值 / 权重 as published; null for a sub-row (其中…) or a template without scores. */
  weight: decimalString.nullable(),
  score: decimalString.nullable(), // 得分 as published
  deviationReason: z.string().nullable(), // 偏差原因分析及改进措施 / 未完成原因…
});
export type SelfEvaluationDocumentIndicator = z.infer<typeof selfEvaluationDocumentIndicatorSchema>;

export const evaluationGoalSchema = z.object({
  expected: z.string().nullable(), // 年初设定目标 / 预期目标
  achieved: z.string().nullable(), // 年度总体目标完成情况综述 / 实际完成情况
});

export const selfEvaluationDocumentSchema = z.object({
  kind: z.literal('self-evaluation'),
  subject: z.enum(['project', 'department']),
  title: z.string().nullable(), // the title as printed
  name: z.string().nullable(), // 项目名称, or the department's name for a 部门整体 table
  unit: z.string().nullable(), // 实施单位 / 预算单位
  department: z.string().nullable(), // 主管部门
  year: z.number().int().nullable(),
  budget: evaluationBudgetSchema,
  /** Points a 一级 label states: 产出指标（50分） → { level1: 产出指标, weight: "50" }. */
  level1Weights: z.array(z.object({ level1: z.string(), weight: decimalString })),
  indicators: z.array(selfEvaluationDocumentIndicatorSchema),
  goals: z.array(evaluationGoalSchema),
  totalWeight: decimalString.nullable(), // 总分 row's 分值 (usually 100)
  total: decimalString.nullable(), // 总分 as published (得分)
  grade: z.string().nullable(), // 自评等级 as published: 优 / 良 / 中 / 差
  /**
   * Set by the reader when the document stops inside the indicator table (a stored copy cut short): the rules
   * that report something missing or a total over the rows do not judge what may lie past the cut.
   */
  cutOff: z.boolean().optional(),
});
export type SelfEvaluationDocument = z.infer<typeof selfEvaluationDocumentSchema>;

/** A self-evaluation that says nothing yet (recognisers start here). */
export function emptySelfEvaluationDocument(
  overrides: Partial<SelfEvaluationDocument> = {},
): SelfEvaluationDocument {
  return {
    kind: 'self-evaluation',
    subject: 'project',
    title: null,
    name: null,
    unit: null,
    department: null,
    year: null,
    budget: {
      initial: null,
      annual: null,
      executed: null,
      rate: null,
      weight: null,
      score: null,
      sources: [],
    },
    level1Weights: [],
    indicators: [],
    goals: [],
    totalWeight: null,
    total: null,
    grade: null,
    ...overrides,
  };
}
