// /api/indicator-library: the 指标库 (tree, ranked search, finance's changes, .xlsx import) and the
// suggestions while a 三级指标 is typed. The routes validate with these schemas; the web reads the same
// types.
import { z } from 'zod';
import { itemsOf } from './common.ts';

export const libraryDirections = ['≥', '≤', '=', '定性'] as const;
export type LibraryDirection = (typeof libraryDirections)[number];
export const libraryDirectionSchema = z.enum(libraryDirections, { error: '指标方向应为 ≥、≤、= 或 定性' });
export const libraryDirectionLabels: Record<LibraryDirection, string> = {
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
export const libraryEntryInput = z
  .object({
    sector: required('行业/领域', 40),
    field: text('项目类别', 40).default(null),
    level1: required('一级指标', 30),
    level2: required('二级指标', 30),
    name: required('三级指标名称', 100),
    definition: text('指标解释', 1000).default(null),
    formula: text('计算公式', 300).default(null),
    unit: text('计量单位', 20).default(null),
    direction: libraryDirectionSchema,
    usualValue: text('常用取值', 100).default(null),
    scoring: text('评分标准', 1000).default(null),
    dataSource: text('数据来源', 300).default(null),
    sourceTitle: text('出处', 300).default(null),
    sourceUrl: text('出处网址', 500)
      .default(null)
      .refine((v) => v === null || /^https?:\/\//.test(v), '出处网址应以 http:// 或 https:// 开头'),
  })
  .strict();
/** What the server stores (blank texts as null). */
export type LibraryEntryInput = z.output<typeof libraryEntryInput>;
/** What the web sends. */
export type LibraryEntryBody = z.input<typeof libraryEntryInput>;

export const libraryEntryParams = z.object({ id: z.uuid({ error: '指标库条目编号无效' }) });

/** The tree: 行业/领域 → 一级 → 二级, with how many entries each holds. */
export interface LibraryTreeNode {
  sector: string;
  count: number;
  level1: { name: string; count: number; level2: { name: string; count: number }[] }[];
}

export const libraryEntriesQuery = z.object({
  q: z.string().trim().max(100, '检索词过长').default(''),
  sector: z.string().trim().max(40).optional(),
  level1: z.string().trim().max(30).optional(),
  level2: z.string().trim().max(30).optional(),
  /** The project's 项目类别 / 行业, to put its own sector's indicators first. */
  category: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type LibraryEntriesQuery = z.output<typeof libraryEntriesQuery>;
/** The filter of the library's list as the web sends it. */
export type LibraryEntriesFilter = z.input<typeof libraryEntriesQuery>;

/** The suggestions while a 三级指标 is typed (the editor): library entries and approved forms merged. */
export const librarySuggestQuery = z.object({
  level2: z.string().trim().min(1, '请指明二级指标').max(50, '二级指标过长'),
  q: z.string().max(100, '检索词过长').default(''),
  category: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

export interface LibraryImportRowError {
  /** The row of the sheet (1-based, as Excel shows it). */
  row: number;
  message: string;
}

/**
 * A 指标库 entry in an answer (plain fields: an answer is encoded, and the input's trimming is one-way);
 * ranked searches add their score.
 */
export const libraryEntryResponse = z.object({
  id: z.uuid(),
  origin: z.enum(['builtin', 'import', 'manual']),
  uses: z.number(),
  updatedAt: z.string(),
  sector: z.string(),
  field: z.string().nullable(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  definition: z.string().nullable(),
  formula: z.string().nullable(),
  unit: z.string().nullable(),
  direction: libraryDirectionSchema,
  usualValue: z.string().nullable(),
  scoring: z.string().nullable(),
  dataSource: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  score: z.number().optional(),
});
export type LibraryEntryResponse = z.input<typeof libraryEntryResponse>;
/** A stored entry (what the server's library functions hand over). */
export type LibraryEntry = Omit<z.output<typeof libraryEntryResponse>, 'score'>;
export const libraryEntryList = itemsOf(libraryEntryResponse);

const treeCount = z.object({ name: z.string(), count: z.number() });
export const libraryTreeResponse = z.object({
  sectors: z.array(
    z.object({
      sector: z.string(),
      count: z.number(),
      level1: z.array(treeCount.extend({ level2: z.array(treeCount) })),
    }),
  ),
});

/** A suggestion while a 三级指标 is typed: approved forms' use merged with the library's entry. */
export const librarySuggestion = z.object({
  name: z.string(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  /** How many approved forms used it. */
  uses: z.number(),
  /** The values it was given, most frequent first (at most three). */
  values: z.array(z.object({ raw: z.string(), count: z.number() })),
  unit: z.string().nullable(),
  basis: z.string().nullable(),
  score: z.number(),
  /** The 指标库 entry, or null for a name known only from approved forms. */
  libraryId: z.string().nullable(),
  definition: z.string().nullable(),
  direction: libraryDirectionSchema.nullable(),
  sector: z.string().nullable(),
  sourceTitle: z.string().nullable(),
});
export type LibrarySuggestion = z.input<typeof librarySuggestion>;
export const librarySuggestions = itemsOf(librarySuggestion);

export const libraryImportResult = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type LibraryImportResult = z.input<typeof libraryImportResult>;
