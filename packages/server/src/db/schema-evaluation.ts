// Tables of monitoring (绩效运行监控) and self-evaluation (绩效自评): a monitoring round opened by finance,
// one entry per project in it, and one self-evaluation per project and year. The filled values are the
// core models (jsonb); the computed lights, scores and grades sit in columns for dashboards.
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  created,
  formForeignKey,
  orgRef,
  regionCode,
  rowId,
  stamp,
  updated,
  userRef,
} from './schema-core.ts';

/** 监控轮次: data 1–`month`月 of `year`, the thresholds its warnings use. */
export const monitoringRounds = pgTable(
  'monitoring_rounds',
  {
    regionCode: regionCode(),
    id: rowId(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('open'), // open | closed
    thresholds: jsonb('thresholds').notNull(), // MonitoringThresholds
    createdBy: userRef('created_by'),
    createdAt: created(),
    closedAt: stamp('closed_at'),
    closedBy: userRef('closed_by'),
    /** The warnings of every entry as they stood at closing (FrozenEntry[]): what the dashboard shows. */
    frozen: jsonb('frozen'),
    /**
     * Set only on rounds opened for a period that already had one before periods were unique (migration
     * 0010_monitoring_round_period): the earlier round of that period. New rounds never have it.
     */
    duplicateOf: uuid('duplicate_of'),
  },
  (t) => [
    primaryKey({ name: 'monitoring_rounds_pkey', columns: [t.regionCode, t.id] }),
    // What an entry's foreign key refers to: its round and the round's year, the year its partition is.
    uniqueIndex('monitoring_rounds_id_year').on(t.regionCode, t.id, t.year),
    index('monitoring_rounds_year').on(t.regionCode, t.year),
    // One round per period (1—m月 of a year) of a region: two finance officers opening it at once get one round.
    uniqueIndex('monitoring_rounds_period')
      .on(t.regionCode, t.year, t.month)
      .where(sql`${t.duplicateOf} is null`),
  ],
);

/**
 * The names a list row shows, carried on the row itself (migration 0052, docs/scale.md h-mon33): its project's
 * name and code (its form's) and its unit's name (its organisation's). The database writes them — from the form
 * and the organisation when a row is inserted (the server, a COPY, a restore) or moved to another form or unit,
 * and on every row of a form or organisation renamed, in the renaming transaction (triggers project_row_names,
 * form_project_names, org_name_project_rows). A page of the list then reads one table's index range and no
 * form or organisation a row.
 */
function carriedNames() {
  return {
    projectName: text('project_name').notNull().default(''),
    projectCode: text('project_code'),
    orgName: text('org_name').notNull().default(''),
  };
}

/** 项目监控表: one project in one round; `data` is the core NewMonitoringEntry. */
export const monitoringEntries = pgTable(
  'monitoring_entries',
  {
    regionCode: regionCode(),
    id: rowId(),
    roundId: uuid('round_id').notNull(),
    /** The round's year (kept equal by the foreign key): what the table is partitioned by (migration 0037). */
    year: integer('year').notNull(),
    formId: uuid('form_id').notNull(),
    orgId: orgRef(),
    ...carriedNames(),
    // unfilled (未填报, never saved) | pending (填报中) | filled (已填完) | submitted (已提交); set on insert
    status: text('status').notNull().default('pending'),
    data: jsonb('data').notNull(),
    budgetLight: text('budget_light'), // red | yellow | green (null until filled)
    worstLight: text('worst_light'), // worst of budget and indicators
    redCount: integer('red_count').notNull().default(0),
    yellowCount: integer('yellow_count').notNull().default(0),
    executionRate: numeric('execution_rate'),
    version: integer('version').notNull().default(1),
    updatedBy: userRef('updated_by'),
    updatedAt: updated(),
    /**
     * The entry as a page of the round's entries shows it: the JSON text of the answer's item, written by the
     * trigger monitoring_entry_text on every insert and update (migration 0054), never by the server — a page
     * reads it as it is (monitoring.repo.ts). '' only until the trigger has run.
     */
    listItem: text('list_item').notNull().default(''),
  },
  (t) => [
    // Partitioned by year (migration 0037, docs/scale.md): the year in every unique key, after the id so that
    // a lookup by (region_code, id) reads each partition's key index by its prefix.
    primaryKey({ name: 'monitoring_entries_pkey', columns: [t.regionCode, t.id, t.year] }),
    foreignKey({
      name: 'monitoring_entries_round_fk',
      columns: [t.regionCode, t.roundId, t.year],
      foreignColumns: [monitoringRounds.regionCode, monitoringRounds.id, monitoringRounds.year],
    }).onDelete('cascade'),
    formForeignKey('monitoring_entries_form_fk', t.regionCode, t.formId).onDelete('no action'),
    uniqueIndex('monitoring_entries_round_form').on(t.regionCode, t.roundId, t.formId, t.year),
    index('monitoring_entries_org').on(t.orgId),
    // A form's entries, found to take its new name (and by the foreign key when a form's key is deleted).
    index('monitoring_entries_form').on(t.regionCode, t.formId),
    // The round's entry list in keyset order (`updated_at desc, id`), and a unit's entries of a round.
    index('monitoring_entries_round_updated').on(t.roundId, t.updatedAt.desc(), t.id),
    index('monitoring_entries_org_round_updated').on(t.orgId, t.roundId, t.updatedAt.desc(), t.id),
    // 待我处理's rounds to chase: a round's entries not yet submitted, counted per unit from the index alone.
    index('monitoring_entries_round_open')
      .on(t.regionCode, t.roundId, t.orgId)
      .where(sql`${t.status} <> 'submitted'`),
    // The dashboard's 红/黄 warnings of a round and unit: the list as rows of an index, read only for the
    // units whose warnings come first (the kept counts say which).
    index('monitoring_entries_round_warned')
      .on(t.regionCode, t.roundId, t.orgId, t.worstLight)
      .where(sql`${t.worstLight} in ('red', 'yellow')`),
  ],
);

/** The counts of a round's entries, kept per unit (monitoring_round_counts) and per round (monitoring_round_totals). */
function roundCounts() {
  return {
    entries: integer('entries').notNull().default(0),
    /** Status filled or submitted. */
    filled: integer('filled').notNull().default(0),
    submitted: integer('submitted').notNull().default(0),
    unfilled: integer('unfilled').notNull().default(0),
    red: integer('red').notNull().default(0),
    yellow: integer('yellow').notNull().default(0),
  };
}

/**
 * A round's entries counted per unit: kept by a trigger on monitoring_entries (migration
 * 0024_list_reads) in the same transaction as every insert, update and delete of an entry, so that the
 * round list sums a few rows per unit instead of counting every entry of every round on each request.
 * Derived: not in a backup (a restore's entries count again).
 */
export const monitoringRoundCounts = pgTable(
  'monitoring_round_counts',
  {
    regionCode: regionCode(),
    roundId: uuid('round_id').notNull(),
    orgId: orgRef(),
    ...roundCounts(),
    /** Of the entries not 未填报: how many show 红 and 黄, and Σ 全年预算数 and Σ 1—m月执行数 (万元). */
    reportedRed: integer('reported_red').notNull().default(0),
    reportedYellow: integer('reported_yellow').notNull().default(0),
    annual: numeric('annual').notNull().default('0'),
    executed: numeric('executed').notNull().default('0'),
  },
  (t) => [
    primaryKey({ name: 'monitoring_round_counts_pkey', columns: [t.regionCode, t.roundId, t.orgId] }),
    foreignKey({
      name: 'monitoring_round_counts_round_fk',
      columns: [t.regionCode, t.roundId],
      foreignColumns: [monitoringRounds.regionCode, monitoringRounds.id],
    }).onDelete('cascade'),
  ],
);

/**
 * A round's entries counted once for the whole round: what finance's round list shows, one row a round
 * instead of a sum over every unit's kept counts (2,000 rows a round in a province, ~1 ms a request). Kept by
 * statement triggers on monitoring_entries (migration 0046) in the same transaction as each write, from the
 * rows the statement wrote (its transition tables): a round opened with 60,000 entries moves its row once.
 * A write that moves none of the counted columns leaves the row (and its lock) alone. Derived: not in a backup.
 */
export const monitoringRoundTotals = pgTable(
  'monitoring_round_totals',
  {
    regionCode: regionCode(),
    roundId: uuid('round_id').notNull(),
    ...roundCounts(),
  },
  (t) => [
    primaryKey({ name: 'monitoring_round_totals_pkey', columns: [t.regionCode, t.roundId] }),
    foreignKey({
      name: 'monitoring_round_totals_round_fk',
      columns: [t.regionCode, t.roundId],
      foreignColumns: [monitoringRounds.regionCode, monitoringRounds.id],
    }).onDelete('cascade'),
  ],
);

/** 项目支出绩效自评: one per project form and year; `data` is the core NewSelfEvaluation. */
export const selfEvaluations = pgTable(
  'self_evaluations',
  {
    regionCode: regionCode(),
    id: rowId(),
    formId: uuid('form_id').notNull(),
    orgId: orgRef(),
    ...carriedNames(),
    year: integer('year').notNull(),
    // draft | scored | submitted | returned | passed (主管部门审核通过) | confirmed (财政审核确认)
    status: text('status').notNull().default('draft'),
    data: jsonb('data').notNull(),
    /** The last complete scoring: per-indicator scores with their working, execution, total, grade. */
    result: jsonb('result'),
    total: numeric('total'),
    grade: text('grade'), // 优 | 良 | 中 | 差
    executionRate: numeric('execution_rate'),
    version: integer('version').notNull().default(1),
    updatedBy: userRef('updated_by'),
    createdAt: created(),
    updatedAt: updated(),
    /**
     * The list's item of this evaluation as the answer writes it (evaluationSummary's fields), written by the
     * trigger self_evaluation_text on every insert and update (migration 0055), never by the server — a page
     * reads it as it is (self-evaluation.repo.ts). '' only until the trigger has run.
     */
    listItem: text('list_item').notNull().default(''),
  },
  (t) => [
    // The year is in the key because the table is partitioned by it (migration 0035, docs/scale.md): after
    // the id, so that a lookup by (region_code, id) still reads each partition's key index by its prefix.
    primaryKey({ name: 'self_evaluations_pkey', columns: [t.regionCode, t.id, t.year] }),
    formForeignKey('self_evaluations_form_fk', t.regionCode, t.formId).onDelete('no action'),
    uniqueIndex('self_evaluations_form_year').on(t.regionCode, t.formId, t.year),
    index('self_evaluations_org_year').on(t.orgId, t.year),
    // The list's keyset order (`updated_at desc, id`) within a year, and within a unit's year (a filler's).
    index('self_evaluations_year_updated').on(t.year, t.updatedAt.desc(), t.id),
    index('self_evaluations_org_year_updated').on(t.orgId, t.year, t.updatedAt.desc(), t.id),
    // 待我处理: the year's evaluations waiting in one status (passed for finance), the latest changed first.
    index('self_evaluations_status_year_updated').on(t.status, t.year, t.updatedAt.desc(), t.id),
  ],
);

/**
 * The dashboard's most missed indicators, per unit, year and indicator (三级 name under its 一级): how many
 * confirmed, scored self-evaluations scored it and how many below its weight. Kept by a trigger on
 * self_evaluations (migration 0025_evaluation_indicator_counts) in the same transaction as each write, so
 * the dashboard sums a few rows per unit instead of reading every confirmed evaluation's JSON per request.
 * Derived: not in a backup (a restore's evaluations count again).
 */
export const selfEvaluationIndicatorCounts = pgTable(
  'self_evaluation_indicator_counts',
  {
    regionCode: regionCode(),
    year: integer('year').notNull(),
    orgId: orgRef(),
    /** 三级指标 name (its indicatorId when unnamed). */
    name: text('name').notNull(),
    level1: text('level1'),
    evaluated: integer('evaluated').notNull().default(0),
    missed: integer('missed').notNull().default(0),
  },
  (t) => [
    unique('self_evaluation_indicator_counts_key')
      .on(t.regionCode, t.year, t.orgId, t.name, t.level1)
      .nullsNotDistinct(),
    index('self_evaluation_indicator_counts_year').on(t.year, t.orgId),
  ],
);

/**
 * The indicator counts of a year summed over its units (migration 0030_evaluation_dashboard_kept): kept by a
 * trigger on self_evaluation_indicator_counts, so finance's most missed read a row per indicator, not one
 * per unit and indicator (a province's ~110,000).
 */
export const selfEvaluationIndicatorYearCounts = pgTable(
  'self_evaluation_indicator_year_counts',
  {
    regionCode: regionCode(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    level1: text('level1'),
    evaluated: integer('evaluated').notNull().default(0),
    missed: integer('missed').notNull().default(0),
  },
  (t) => [
    unique('self_evaluation_indicator_year_counts_key')
      .on(t.regionCode, t.year, t.name, t.level1)
      .nullsNotDistinct(),
    index('self_evaluation_indicator_year_counts_year').on(t.year, t.missed.desc()),
  ],
);

/**
 * Each indicator a confirmed self-evaluation scored below its weight: which projects missed the most missed
 * (read only for the dashboard's top names). Kept by the same trigger as the counts.
 */
export const selfEvaluationMisses = pgTable(
  'self_evaluation_misses',
  {
    regionCode: regionCode(),
    evaluationId: uuid('evaluation_id').notNull(),
    /** The indicator's position in the evaluation (1-based). */
    ord: integer('ord').notNull(),
    year: integer('year').notNull(),
    orgId: uuid('org_id').notNull(),
    formId: uuid('form_id').notNull(),
    name: text('name').notNull(),
    level1: text('level1'),
    /**
     * The project's name (its form's), kept by the triggers (0031_evaluation_miss_projects) at the write and
     * at a rename of the form (0052's form_project_names, also when the same save moves the form's year): the
     * dashboard names and counts the projects without joining every miss with its form.
     */
    project: text('project').notNull().default(''),
    /**
     * The unit's name (its organisation's), kept by the triggers (0040_evaluation_miss_units) at the write and
     * at a rename of the unit: the projects of a top name are listed in unit then project name order from
     * the index below, without joining every miss with its organisation.
     */
    unit: text('unit').notNull().default(''),
  },
  (t) => [
    // Partitioned by year like self_evaluations (migration 0035). No foreign key to the evaluation: the
    // trigger that writes the misses deletes them with their evaluation, and a cascade would delete the
    // misses already moved when a year's rows leave the DEFAULT partition (jixiao_year_partition).
    primaryKey({
      name: 'self_evaluation_misses_pkey',
      columns: [t.regionCode, t.evaluationId, t.ord, t.year],
    }),
    // A top name's projects, grouped from the index alone (an index-only scan once vacuumed).
    index('self_evaluation_misses_year_name_project').on(t.year, t.name, t.level1, t.project, t.unit),
    // A renamed form's misses, found to take the new name.
    index('self_evaluation_misses_form').on(t.regionCode, t.formId),
  ],
);

/**
 * The dashboard's self-evaluation figures per unit, year and status: how many there are (the counts by
 * status) and, of the scored ones, how many, their Σ score, grades and Σ budget/executed (the confirmed
 * totals). Kept by a trigger on self_evaluations (migration 0028_self_evaluation_year_totals) in the same
 * transaction as each write, so the dashboard sums a few rows per unit instead of reading the year's
 * evaluations and their JSON budgets per request. Derived: not in a backup (a restore's evaluations count
 * again).
 */
export const selfEvaluationYearTotals = pgTable(
  'self_evaluation_year_totals',
  {
    regionCode: regionCode(),
    year: integer('year').notNull(),
    orgId: orgRef(),
    status: text('status').notNull(),
    evaluations: integer('evaluations').notNull().default(0),
    /** Those with a total (scored). */
    evaluated: integer('evaluated').notNull().default(0),
    scoreSum: numeric('score_sum').notNull().default('0'),
    grade1: integer('grade1').notNull().default(0), // 优
    grade2: integer('grade2').notNull().default(0), // 良
    grade3: integer('grade3').notNull().default(0), // 中
    grade4: integer('grade4').notNull().default(0), // 差
    /** Σ data.budget.annual / .executed of the scored ones. */
    budget: numeric('budget').notNull().default('0'),
    executed: numeric('executed').notNull().default('0'),
  },
  (t) => [
    primaryKey({
      name: 'self_evaluation_year_totals_pkey',
      columns: [t.regionCode, t.year, t.orgId, t.status],
    }),
    index('self_evaluation_year_totals_year').on(t.year, t.orgId),
  ],
);

/**
 * Each step of the monitoring and self-evaluation workflow (close/reopen a round, submit an entry, submit,
 * return, pass, confirm a self-evaluation): who, when, from and to which state, with the opinion or reason.
 */
export const evaluationTransitions = pgTable(
  'evaluation_transitions',
  {
    regionCode: regionCode(),
    id: rowId(),
    entity: text('entity').notNull(), // monitoring-round | monitoring-entry | self-evaluation
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    opinion: text('opinion'),
    actorId: userRef('actor_id'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ name: 'evaluation_transitions_pkey', columns: [t.regionCode, t.id] }),
    index('evaluation_transitions_entity').on(t.entity, t.entityId),
  ],
);
