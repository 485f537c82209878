// DepartmentForm: 部门整体绩效目标表 / 部门整体支出绩效目标申报表 (MODEL.md).
import { z } from 'zod';
import { emptyLevel2Schema, goalSchema, indicatorListSchema } from './indicator.ts';
import { amountString } from './decimal-string.ts';

export const fundLineSchema = z.object({
  name: z.string(),
  current: amountString.nullable(), // 当年金额
  share: z.string().nullable(), // 占比 as written, e.g. "35.48%"
  history: z.record(z.string(), amountString.nullable()), // 近两年收支金额 by year label
});
export type FundLine = z.infer<typeof fundLineSchema>;

export const departmentProjectSchema = z.object({
  name: z.string(),
  category: z.string().nullable(),
  total: amountString.nullable(),
  current: amountString.nullable(),
  purpose: z.string().nullable(),
});

export const departmentFormSchema = z.object({
  kind: z.literal('department'),
  formType: z.string(),
  title: z.string().nullable().optional(),
  framework: z.string().nullable().optional(),
  year: z.number().int().nullable(),
  department: z.string().nullable(), // 部门（单位）名称
  filler: z.string().nullable(), // 填报人
  phone: z.string().nullable(),
  /** 资金总额 / 区级支出预算总量 as the form states it (extension; absent when the form states none). */
  total: amountString.nullable().optional(),
  funds: z.object({ income: z.array(fundLineSchema), expenditure: z.array(fundLineSchema) }),
  functions: z.string().nullable(), // 部门职能概述
  tasks: z.string().nullable(), // 年度工作任务
  projects: z.array(departmentProjectSchema), // 项目支出情况
  goals: z.array(goalSchema),
  indicators: indicatorListSchema,
  emptyLevel2: z.array(emptyLevel2Schema).optional(),
  /**
   * The document stops inside this form (a stored copy or excerpt cut off before the form ends): what the form
   * lacks may lie past the cut, so the rules that judge an absence (no goal, no 数量指标, a last row without
   * its value) do not judge it. Set by the readers; extension.
   */
  cutOff: z.boolean().optional(),
});
export type DepartmentForm = z.infer<typeof departmentFormSchema>;

/** A department form that says nothing yet: every field null or empty (readers and tests start here). */
export function emptyDepartmentForm(overrides: Partial<DepartmentForm> = {}): DepartmentForm {
  return {
    kind: 'department',
    formType: '目标表',
    title: null,
    framework: null,
    year: null,
    department: null,
    filler: null,
    phone: null,
    funds: { income: [], expenditure: [] },
    functions: null,
    tasks: null,
    projects: [],
    goals: [],
    indicators: [],
    emptyLevel2: [],
    ...overrides,
  };
}
