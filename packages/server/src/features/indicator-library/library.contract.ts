// The request and response shapes of /api/indicator-library, in one place (zod): the routes validate
// with them, the web client mirrors the output types.
import { z } from 'zod';

export const directions = ['≥', '≤', '=', '定性'] as const;
export const directionSchema = z.enum(directions, { error: '指标方向应为 ≥、≤、= 或 定性' });
export const directionLabels: Record<(typeof directions)[number], string> = {
  '≥': '正向（≥，越大越好）',
  '≤': '反向（≤，越小越好）',
  '=': '等于（=）',
  定性: '定性',
};

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 字`)
    .nullable()
    .transform((v) => (v === '' ? null : v));
const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 字`);

/** What finance writes (the form on the 指标库 page, one .xlsx row). */
export const entryInputSchema = z
  .object({
    sector: required('行业/领域', 40),
    field: text('项目类别', 40).default(null),
    level1: required('一级指标', 30),
    level2: required('二级指标', 30),
    name: required('三级指标名称', 100),
    definition: text('指标解释', 1000).default(null),
    formula: text('计算公式', 300).default(null),
    unit: text('计量单位', 20).default(null),
    direction: directionSchema,
    usualValue: text('常用取值', 100).default(null),
    scoring: text('评分标准', 1000).default(null),
    dataSource: text('数据来源', 300).default(null),
    sourceTitle: text('出处', 300).default(null),
    sourceUrl: text('出处网址', 500)
      .default(null)
      .refine((v) => v === null || /^https?:\/\//.test(v), '出处网址应以 http:// 或 https:// 开头'),
  })
  .strict();
export type EntryInput = z.output<typeof entryInputSchema>;

export const entrySchema = entryInputSchema.extend({
  id: z.uuid(),
  origin: z.enum(['builtin', 'import', 'manual']),
  /** Indicators of approved or published forms linked to it. */
  uses: z.number().int(),
  updatedAt: z.string(),
});
export type LibraryEntry = z.infer<typeof entrySchema>;

export const idParams = z.object({ id: z.uuid({ error: '指标库条目编号无效' }) });

/** The tree: 行业/领域 → 一级 → 二级, with how many entries each holds. */
export interface TreeNode {
  sector: string;
  count: number;
  level1: { name: string; count: number; level2: { name: string; count: number }[] }[];
}

export const entriesQuery = z.object({
  q: z.string().trim().max(100, '检索词过长').default(''),
  sector: z.string().trim().max(40).optional(),
  level1: z.string().trim().max(30).optional(),
  level2: z.string().trim().max(30).optional(),
  /** The project's 项目类别 / 行业, to put its own sector's indicators first. */
  category: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type EntriesQuery = z.output<typeof entriesQuery>;

/** The suggestions while a 三级指标 is typed (the editor): library entries and approved forms merged. */
export const suggestQuery = z.object({
  level2: z.string().trim().min(1, '请指明二级指标').max(50, '二级指标过长'),
  q: z.string().max(100, '检索词过长').default(''),
  category: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export interface ImportRowError {
  /** The row of the sheet (1-based, as Excel shows it). */
  row: number;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}
