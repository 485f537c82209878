// The indicator library (指标库) managed by finance: 共性 and 分行业 indicators arranged by 行业/领域 and
// 一级/二级, each with its definition, formula, unit, direction, usual value, 评分标准, data source and the
// public document it came from. Form indicators link to an entry by `indicators.library_id`.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema-core.ts';

export const indicatorLibrary = pgTable(
  'indicator_library',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sector: text('sector').notNull(), // 行业/领域: 共性, 教育, 卫生健康 …
    field: text('field'), // 项目类别 within the sector: 培训类, 学生资助 …
    level1: text('level1').notNull(), // 一级指标
    level2: text('level2').notNull(), // 二级指标
    name: text('name').notNull(), // 三级指标
    definition: text('definition'), // 指标解释
    formula: text('formula'), // 计算公式
    unit: text('unit'), // 计量单位
    direction: text('direction').notNull(), // 指标性质: ≥ | ≤ | = | 定性
    usualValue: text('usual_value'), // 常用取值
    scoring: text('scoring'), // 评（扣）分标准
    dataSource: text('data_source'), // 数据来源
    sourceTitle: text('source_title'), // 出处：文件名称
    sourceUrl: text('source_url'), // 出处：网址
    origin: text('origin').notNull().default('builtin'), // builtin | import | manual
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // One name per 二级指标 of a sector: what an .xlsx import matches on to update rather than duplicate.
    uniqueIndex('indicator_library_key').on(t.sector, t.level1, t.level2, t.name),
    index('indicator_library_level2').on(t.level2),
  ],
);
