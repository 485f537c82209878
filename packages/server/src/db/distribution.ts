// How each table is placed when the country runs on Citus (docs/scale.md): a region's data is distributed by
// its 财政区划代码 (region_code) so that everything of one region sits on one node and joins there; small
// read-mostly tables every query joins are reference tables (a copy on every node); what belongs to one
// server's sign-in machinery stays local to the coordinator. distribution.test.ts holds the schema to these
// roles (keys and foreign keys include region_code). The 政府收支分类科目 and the indicator frameworks are
// data in packages/core (code), so every server has them without a table.

export type TableRole = 'distributed by region_code' | 'reference' | 'local';

export const DISTRIBUTION_COLUMN = 'region_code';

export const tableRoles: Record<string, TableRole> = {
  // The organisation tree and its accounts: every request joins them (names, subtree paths); about
  // 150,000 organisations for the country, written rarely.
  orgs: 'reference',
  users: 'reference',
  fiscal_years: 'reference',
  // The 指标库 shipped with the system and kept by finance: shared by every region.
  indicator_library: 'reference',
  // Sign-in state: looked up by token or key alone, never joined with a region's data.
  sessions: 'local',
  rate_limits: 'local',
  login_failures: 'local',
  // A region's data.
  files: 'distributed by region_code',
  forms: 'distributed by region_code',
  // A form's id in its region whatever its year (schema-core.ts): beside its form.
  form_keys: 'distributed by region_code',
  form_goals: 'distributed by region_code',
  indicators: 'distributed by region_code',
  form_versions: 'distributed by region_code',
  transitions: 'distributed by region_code',
  review_comments: 'distributed by region_code',
  approvals: 'distributed by region_code',
  // A form's findings kept for the dashboards: beside its form, joined with it.
  form_findings: 'distributed by region_code',
  audit_log: 'distributed by region_code',
  monitoring_rounds: 'distributed by region_code',
  monitoring_entries: 'distributed by region_code',
  monitoring_round_counts: 'distributed by region_code',
  monitoring_round_totals: 'distributed by region_code',
  self_evaluations: 'distributed by region_code',
  self_evaluation_indicator_counts: 'distributed by region_code',
  self_evaluation_misses: 'distributed by region_code',
  self_evaluation_indicator_year_counts: 'distributed by region_code',
  self_evaluation_year_totals: 'distributed by region_code',
  evaluation_transitions: 'distributed by region_code',
  reminders: 'distributed by region_code',
  budgets: 'distributed by region_code',
  budget_income: 'distributed by region_code',
  budget_functional_lines: 'distributed by region_code',
  budget_economic_lines: 'distributed by region_code',
  budget_units: 'distributed by region_code',
  budget_unit_income: 'distributed by region_code',
  budget_projects: 'distributed by region_code',
  budget_disclosures: 'distributed by region_code',
  budget_publications: 'distributed by region_code',
  budget_publication_pages: 'distributed by region_code',
  // A published form's stored public page: beside its form.
  public_form_pages: 'distributed by region_code',
  layout_mappings: 'distributed by region_code',
  imported_evaluations: 'distributed by region_code',
  check_batches: 'distributed by region_code',
  check_batch_documents: 'distributed by region_code',
  check_batch_findings: 'distributed by region_code',
  check_batch_counts: 'distributed by region_code',
};

/**
 * The tables partitioned by fiscal year (PARTITION BY LIST on this column, migrations 0035–0039, 0042,
 * docs/scale.md): PostgreSQL requires the partition key in each of their primary and unique keys.
 */
export const PARTITION_COLUMN = 'year';

export const partitionedByYear: readonly string[] = [
  'self_evaluations',
  'self_evaluation_misses',
  'monitoring_entries',
  'budget_income',
  'budget_functional_lines',
  'budget_economic_lines',
  'budget_units',
  'budget_unit_income',
  'budget_projects',
  // A form and the children that grow with it, by the form's year (NO_YEAR, in DEFAULT, for none).
  'forms',
  'form_goals',
  'indicators',
  'form_versions',
];
