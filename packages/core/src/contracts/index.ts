// The HTTP contract between the server and the web: every request and response schema, one file per
// feature. The server validates with these schemas (through its Fastify type provider) and the web's API
// clients type their calls with `z.input` of the same schemas, so a change on one side fails `tsc` on
// the other. Dates travel as ISO strings (`timestamp`).
export * from './common.ts';
export * from './forms.ts';
export * from './access.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './budgets.ts';
export * from './checks.ts';
export * from './dashboards.ts';
export * from './disclosures.ts';
export * from './exports.ts';
export * from './imports.ts';
export * from './indicator-library.ts';
export * from './monitoring.ts';
export * from './orgs.ts';
export * from './public.ts';
export * from './self-evaluation.ts';
export * from './users.ts';
export * from './work.ts';
export * from './workflow.ts';
export * from './workflow-batch.ts';
export * from './evaluation-input.ts';
export * from './evaluation-imports.ts';
export * from './check-reports.ts';
export * from './budget-forms.ts';
