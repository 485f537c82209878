// Indicator: one row of an indicator table (MODEL.md).
import { z } from 'zod';
import { parseIndicatorValue } from '../value/parse-indicator-value.ts';
import { indicatorValueSchema } from './indicator-value.ts';

export const termSchema = z.enum(['long', 'annual']);
export type Term = z.infer<typeof termSchema>;

export const indicatorSchema = z.object({
  /** Stable id, kept from declaration through approval, monitoring and evaluation (extension). */
  id: z.string().optional(),
  term: termSchema, // 长期 / 年度
  goal: z.string().nullable(), // 目标名称
  level1: z.string().nullable(), // 一级指标
  level2: z.string().nullable(), // 二级指标
  name: z.string().nullable(), // 三级指标 / 指标内容
  target: indicatorValueSchema, // 指标值 (annual: 预计当年实现值)
  history: z.record(z.string(), z.string()).nullable(), // 前年 / 上年 / 近两年指标值
  basis: z.string().nullable(), // 指标值确定依据 / 绩效标准
  category: z.string().nullable(), // 指标分类
  /** 分值 / 指标权重 where the template has the column, as written ("20"); absent elsewhere. */
  weight: z.string().nullable().optional(),
  /** The 指标库 entry it was chosen from (extension; absent on imported and older forms). */
  libraryId: z.string().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/**
 * The most indicators one form may hold. Real 申报表 carry tens, a 部门整体 table a few hundred at most; ten
 * thousand rows are not a form (and held the embedded database for seconds on every save).
 */
export const MAX_INDICATORS_PER_FORM = 500;
export const indicatorListSchema = z
  .array(indicatorSchema)
  .max(
    MAX_INDICATORS_PER_FORM,
    `一张表最多 ${MAX_INDICATORS_PER_FORM} 条绩效指标：请删除重复的指标，或按项目拆分为多张表`,
  );

/** A level2 slot of the template that was left with no indicator (what completeness checks see). */
export const emptyLevel2Schema = z.object({
  term: termSchema,
  goal: z.string().nullable(),
  level1: z.string().nullable(),
  level2: z.string(),
});
export type EmptyLevel2 = z.infer<typeof emptyLevel2Schema>;

export const goalSchema = z.object({
  term: termSchema,
  label: z.string(), // e.g. 长期绩效目标1
  text: z.string().nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

/**
 * A row that says nothing: no name, no value, no basis — the slot an editor keeps for an empty 二级指标.
 * It is not an indicator: approvals, exports and public data leave it out (MODEL.md).
 */
export function isBlankIndicator(i: Pick<Indicator, 'name' | 'target' | 'basis'>): boolean {
  return !i.name?.trim() && i.target.kind === 'empty' && !i.basis?.trim();
}

/** A row of the 二级指标 `level1`/`level2` under `goal` with nothing filled in yet: a slot left for the unit. */
export function blankIndicator(
  term: Term,
  goal: string | null,
  level1: string | null,
  level2: string | null,
): Indicator {
  return {
    term,
    goal,
    level1,
    level2,
    name: null,
    target: parseIndicatorValue(''),
    history: null,
    basis: null,
    category: null,
  };
}
