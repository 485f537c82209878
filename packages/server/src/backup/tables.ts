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
] as const;

export const BACKUP_FORMAT = 'jixiao-backup';
export const BACKUP_VERSION = 1;
