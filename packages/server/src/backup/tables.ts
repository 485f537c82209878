// The tables a backup holds, in an order that satisfies their foreign keys. Sessions are not kept:
// a restored system asks everyone to sign in again.
export const backupTables = [
  'orgs',
  'fiscal_years',
  'users',
  'files',
  'forms',
  'form_goals',
  'indicators',
  'form_versions',
  'transitions',
  'review_comments',
  'approvals',
  'monitoring_rounds',
  'monitoring_entries',
  'self_evaluations',
  'evaluation_transitions',
  // 催报 (schema-work.ts).
  'reminders',
  'audit_log',
  // Budgets and their disclosures (schema-budget.ts).
  'budgets',
  'budget_income',
  'budget_functional_lines',
  'budget_economic_lines',
  'budget_units',
  'budget_unit_income',
  'budget_projects',
  'budget_disclosures',
  'budget_publications',
  // Each publication's public page, rendered when published (kept: a restore serves it as it was).
  'budget_publication_pages',
  // Labels taught in the import preview (schema-imports.ts).
  'layout_mappings',
  // 自评表 / 监控表 imported as records of their own (schema-evaluation-imports.ts).
  'imported_evaluations',
  // 检查报告: batches of published documents checked by finance (schema-check-reports.ts).
  'check_batches',
  'check_batch_documents',
  'check_batch_findings',
  // The 指标库 (schema-indicator-library.ts); indicators refer to it without a foreign key.
  'indicator_library',
] as const;

/** Tables a migration fills (the shipped 指标库): a new database is not empty there, the backup replaces them. */
export const seededTables = ['indicator_library'] as const;

/**
 * Tables a backup leaves out on purpose: sign-ins and rate-limit counters start afresh after a restore,
 * the dashboards' per-form counts (form_findings) are derived from the forms and computed again, and a
 * round's counts per unit and in all (monitoring_round_counts, monitoring_round_totals) and the
 * self-evaluations' indicator counts and misses (self_evaluation_indicator_counts, self_evaluation_misses),
 * those counts summed per year
 * (self_evaluation_indicator_year_counts) and their totals per unit, year and status
 * (self_evaluation_year_totals) are kept by triggers as the rows are restored; a published form's public page
 * (public_form_pages) is rendered again on its first read, and each form's key (form_keys) is written as
 * the form is restored.
 */
export const transientTables = [
  'sessions',
  'rate_limits',
  'login_failures',
  'form_findings',
  'monitoring_round_counts',
  'monitoring_round_totals',
  'self_evaluation_indicator_counts',
  'self_evaluation_misses',
  'self_evaluation_indicator_year_counts',
  'self_evaluation_year_totals',
  // A published form's public page: rendered again from the form on its first read after a restore.
  'public_form_pages',
  // A form's key across years: written by a trigger as each form is restored (schema-core.ts).
  'form_keys',
  // Each organisation's batches a year: kept by a trigger as each batch is restored (migration 0053).
  'check_batch_counts',
] as const;

export const BACKUP_FORMAT = 'jixiao-backup';
export const BACKUP_VERSION = 1;
