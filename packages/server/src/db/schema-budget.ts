// Budget data (部门预算) held relationally by classification codes, and the disclosures generated from it.
// Amounts are NUMERIC in 万元; the generated disclosure is kept as the document it is (jsonb snapshot).
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type PgColumn,
} from 'drizzle-orm/pg-core';
import { bytea, orgRef, regionCode, rowId, stamp, updated, userRef } from './schema-core.ts';

const money = (name: string) => numeric(name, { precision: 18, scale: 4 }).notNull().default('0');
const lastYear = (name: string) => numeric(name, { precision: 18, scale: 4 });

/** One department's budget for one year: the scalars; lines, income and projects in their own tables. */
export const budgets = pgTable(
  'budgets',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: orgRef(),
    year: integer('year').notNull(),
    department: text('department').notNull(),
    departmentCode: text('department_code'),
    unitCode: text('unit_code'),
    approvedOn: date('approved_on', { mode: 'string' }), // 预算批复日期
    threePublicAbroad: money('three_public_abroad'),
    threePublicVehiclePurchase: money('three_public_vehicle_purchase'),
    threePublicVehicleOperation: money('three_public_vehicle_operation'),
    threePublicReception: money('three_public_reception'),
    operatingCosts: money('operating_costs'),
    procurementGoods: money('procurement_goods'),
    procurementWorks: money('procurement_works'),
    procurementServices: money('procurement_services'),
    vehiclesGeneral: integer('vehicles_general').notNull().default(0),
    vehiclesEnforcement: integer('vehicles_enforcement').notNull().default(0),
    vehiclesSpecial: integer('vehicles_special').notNull().default(0),
    assetsGeneralEquipment: integer('assets_general_equipment').notNull().default(0), // 单位价值50万元以上通用设备
    assetsSpecialEquipment: integer('assets_special_equipment').notNull().default(0), // 单位价值100万元以上专用设备
    lastTotal: lastYear('last_total'),
    lastGeneralPublic: lastYear('last_general_public'),
    lastBasic: lastYear('last_basic'),
    lastProject: lastYear('last_project'),
    lastPublicFunds: lastYear('last_public_funds'),
    lastThreePublicAbroad: lastYear('last_three_public_abroad'),
    lastThreePublicVehiclePurchase: lastYear('last_three_public_vehicle_purchase'),
    lastThreePublicVehicleOperation: lastYear('last_three_public_vehicle_operation'),
    lastThreePublicReception: lastYear('last_three_public_reception'),
    profile: text('profile').notNull().default(''),
    tasks: text('tasks').notNull().default(''),
    threePublicScope: text('three_public_scope').notNull().default(''),
    /** Reasons for changes, by figure (prose, not amounts). */
    reasons: jsonb('reasons').notNull().default({}),
    /** 其他结转: the part of 上年结转 (income row carryOver) that is not 财政拨款. */
    carryOverOther: money('carry_over_other'),
    version: integer('version').notNull().default(1),
    updatedBy: userRef('updated_by'),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ name: 'budgets_pkey', columns: [t.regionCode, t.id] }),
    uniqueIndex('budgets_org_year').on(t.regionCode, t.orgId, t.year),
    // What a line's foreign key refers to: the budget and its year, the year the line's partition is.
    uniqueIndex('budgets_id_year').on(t.regionCode, t.id, t.year),
    // The list's keyset order (`updated_at desc, id`), over all years and within one.
    index('budgets_updated').on(t.updatedAt.desc(), t.id),
    index('budgets_year_updated').on(t.year, t.updatedAt.desc(), t.id),
  ],
);

/** The budget a line belongs to; its lines go with it. */
const budgetRef = () => uuid('budget_id').notNull();
/**
 * The budget's year, copied into each line: the line tables are partitioned by it (migration 0039,
 * docs/scale.md), and the foreign key to (region_code, id, year) of the budget keeps it equal.
 */
const budgetYear = () => integer('year').notNull();
const budgetForeignKey = (name: string, regionColumn: PgColumn, budgetColumn: PgColumn) =>
  foreignKey({
    name,
    columns: [regionColumn, budgetColumn],
    foreignColumns: [budgets.regionCode, budgets.id],
  }).onDelete('cascade');
/** A line's budget, by its key and year. */
const lineForeignKey = (name: string, regionColumn: PgColumn, budgetColumn: PgColumn, yearColumn: PgColumn) =>
  foreignKey({
    name,
    columns: [regionColumn, budgetColumn, yearColumn],
    foreignColumns: [budgets.regionCode, budgets.id, budgets.year],
  }).onDelete('cascade');

/** The first columns of a numbered line of a budget (支出功能分类, 经济分类, 项目): its key, budget, year and place. */
const numberedLine = () => ({
  regionCode: regionCode(),
  id: rowId(),
  budgetId: budgetRef(),
  year: budgetYear(),
  position: integer('position').notNull(),
});
/** A numbered line's primary key (its year too: the table is partitioned by it) and its budget's foreign key. */
const numberedLineKeys = (
  table: string,
  t: { regionCode: PgColumn; id: PgColumn; budgetId: PgColumn; year: PgColumn },
) => [
  primaryKey({ name: `${table}_pkey`, columns: [t.regionCode, t.id, t.year] }),
  lineForeignKey(`${table}_budget_fk`, t.regionCode, t.budgetId, t.year),
];

/** 收入: one row per source (一般公共预算财政拨款收入, 上年结转, …). */
export const budgetIncome = pgTable(
  'budget_income',
  {
    regionCode: regionCode(),
    budgetId: budgetRef(),
    year: budgetYear(),
    source: text('source').notNull(),
    amount: money('amount'),
  },
  (t) => [
    lineForeignKey('budget_income_budget_fk', t.regionCode, t.budgetId, t.year),
    uniqueIndex('budget_income_source').on(t.regionCode, t.budgetId, t.source, t.year),
  ],
);

/** 支出功能分类 lines with the columns of the 部门支出总表. */
export const budgetFunctionalLines = pgTable(
  'budget_functional_lines',
  {
    ...numberedLine(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fund: text('fund').notNull().default('general'), // general | governmentFund | other
    unitCode: text('unit_code'), // the 预算单位 (budget_units.code); null: the department's only unit
    wages: money('wages'),
    goods: money('goods'),
    family: money('family'),
    capital: money('capital'),
    regular: money('regular'),
    policy: money('policy'),
    oneOff: money('one_off'),
    otherProject: money('other_project'),
  },
  (t) => [
    ...numberedLineKeys('budget_functional_lines', t),
    index('budget_functional_budget').on(t.budgetId, t.position),
    index('budget_functional_code').on(t.code),
  ],
);

/** 部门预算支出经济分类 lines (类/款), basic and project. */
export const budgetEconomicLines = pgTable(
  'budget_economic_lines',
  {
    ...numberedLine(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    govCode: text('gov_code'), // 政府预算支出经济分类 (5xx)
    fund: text('fund').notNull().default('general'), // general | governmentFund | other
    basic: money('basic'),
    project: money('project'),
  },
  (t) => [
    ...numberedLineKeys('budget_economic_lines', t),
    index('budget_economic_budget').on(t.budgetId, t.position),
  ],
);

/** 预算单位 of a department that has several: listed in the 部门收入总表 and 部门支出总表. */
export const budgetUnits = pgTable(
  'budget_units',
  {
    regionCode: regionCode(),
    budgetId: budgetRef(),
    year: budgetYear(),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    lineForeignKey('budget_units_budget_fk', t.regionCode, t.budgetId, t.year),
    uniqueIndex('budget_units_code').on(t.regionCode, t.budgetId, t.code, t.year),
  ],
);

/** A unit's income by source (the department's is budget_income). */
export const budgetUnitIncome = pgTable(
  'budget_unit_income',
  {
    regionCode: regionCode(),
    budgetId: budgetRef(),
    year: budgetYear(),
    unitCode: text('unit_code').notNull(),
    source: text('source').notNull(),
    amount: money('amount'),
  },
  (t) => [
    lineForeignKey('budget_unit_income_budget_fk', t.regionCode, t.budgetId, t.year),
    uniqueIndex('budget_unit_income_source').on(t.regionCode, t.budgetId, t.unitCode, t.source, t.year),
  ],
);

/** 项目支出: each project with its class and amount. */
export const budgetProjects = pgTable(
  'budget_projects',
  {
    ...numberedLine(),
    /** 项目编码: the key the project's forms, monitoring and 自评 carry (forms.code). */
    code: text('code'),
    name: text('name').notNull(),
    category: text('category').notNull(),
    amount: money('amount'),
    purpose: text('purpose'),
  },
  (t) => [
    ...numberedLineKeys('budget_projects', t),
    index('budget_projects_budget').on(t.budgetId, t.position),
  ],
);

/**
 * 部门预算公开 generated from a budget: the latest generation (a draft, regenerated at will). What the public
 * sees is in budget_publications, which a generation never touches.
 */
export const budgetDisclosures = pgTable(
  'budget_disclosures',
  {
    regionCode: regionCode(),
    id: rowId(),
    budgetId: budgetRef(),
    orgId: orgRef(),
    year: integer('year').notNull(),
    /** Counts the generations of this department and year: a publication names the one it published. */
    generation: integer('generation').notNull().default(1),
    /** The generated Disclosure and the forms published with it (canonical model). */
    content: jsonb('content').notNull(),
    findings: jsonb('findings').notNull(),
    budgetVersion: integer('budget_version').notNull(),
    generatedBy: userRef('generated_by'),
    generatedAt: stamp('generated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'budget_disclosures_pkey', columns: [t.regionCode, t.id] }),
    budgetForeignKey('budget_disclosures_budget_fk', t.regionCode, t.budgetId),
    uniqueIndex('budget_disclosures_org_year').on(t.regionCode, t.orgId, t.year),
  ],
);

/**
 * Each publication of a department's 部门预算公开 for a year, numbered 1, 2, …: a snapshot of the generation
 * finance published, kept whole. The public sees the highest version; a new generation changes nothing here
 * until finance publishes it. One publication per generation, one row per version (both unique: two
 * publishers at once cannot both succeed).
 */
export const budgetPublications = pgTable(
  'budget_publications',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: orgRef(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    generation: integer('generation').notNull(),
    /** The disclosure as published (with its publication date) and the forms published with it. */
    content: jsonb('content').notNull(),
    /** The findings on the published document (for finance; the public is not shown them). */
    findings: jsonb('findings').notNull(),
    budgetVersion: integer('budget_version').notNull(),
    publishedBy: userRef('published_by'),
    publishedAt: stamp('published_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'budget_publications_pkey', columns: [t.regionCode, t.id] }),
    uniqueIndex('budget_publications_version').on(t.regionCode, t.orgId, t.year, t.version),
    uniqueIndex('budget_publications_generation').on(t.regionCode, t.orgId, t.year, t.generation),
    index('budget_publications_year').on(t.regionCode, t.year),
  ],
);

/**
 * A publication's public page, rendered once when it is published (in the same transaction): the JSON
 * answer of GET /api/public/disclosures/:orgId/:year as the contract encodes it, without the department's
 * name (read live: a renamed department is shown by its name). A request sends it as it is — no rebuilding,
 * checking or serialising of ten forms per request. Derived from the publication, which is never changed.
 */
export const budgetPublicationPages = pgTable(
  'budget_publication_pages',
  {
    regionCode: regionCode(),
    publicationId: uuid('publication_id').notNull(),
    /** The answer's JSON object text, every field but `orgName`. */
    body: text('body').notNull(),
    /**
     * The department's name the compressed copies below were made with (the answer begins with it): they
     * are served only while it is the department's name, so copies left behind by a rename that no server
     * saw (SQL by hand, a restore) are never sent; null: no copies yet (a page stored before 0051).
     */
    orgName: text('org_name'),
    /** The whole answer (the name, then `body`) gzip-compressed once (level 9), when it was published. */
    gzip: bytea('gzip'),
    /** The same brotli-compressed once (quality 11: disclosures/page-copies.ts says why). */
    br: bytea('br'),
  },
  (t) => [
    primaryKey({ name: 'budget_publication_pages_pkey', columns: [t.regionCode, t.publicationId] }),
    foreignKey({
      name: 'budget_publication_pages_publication_fk',
      columns: [t.regionCode, t.publicationId],
      foreignColumns: [budgetPublications.regionCode, budgetPublications.id],
    }).onDelete('cascade'),
  ],
);
