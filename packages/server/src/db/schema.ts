// The database schema, every table: the core tables (organisations, users, forms and their workflow) and
// the feature tables, each file importing the core tables it references from schema-core.ts (not from
// here, which would be an import cycle).
export * from './schema-core.ts';
export * from './schema-evaluation.ts';
export * from './schema-budget.ts';
export * from './schema-work.ts';
export * from './schema-imports.ts';
export * from './schema-evaluation-imports.ts';
export * from './schema-check-reports.ts';
export * from './schema-indicator-library.ts';
export * from './schema-form-findings.ts';
export * from './schema-public-pages.ts';
