// What the dashboards count per form, kept so that a dashboard is one query instead of loading and
// checking every form on each request. A row belongs to one version of a form and one set of checks:
// versions never change, so a row is never stale; a form saved since (another version) or a server
// with other checks (another `checker`) simply has no row yet, and the dashboard fills it once.
import { integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { Severity } from '@jixiao/core';
import { formForeignKey, regionCode } from './schema-core.ts';

/** A finding as a dashboard counts and shows it. */
export interface StoredFinding {
  rule: string;
  messageId?: string | undefined;
  severity: Severity;
  message: string;
}

export const formFindings = pgTable(
  'form_findings',
  {
    regionCode: regionCode(),
    formId: uuid('form_id').notNull(),
    version: integer('version').notNull(),
    /** Which checks produced the row (see dashboards/form-findings.ts). */
    checker: text('checker').notNull(),
    indicators: integer('indicators').notNull(),
    quantified: integer('quantified').notNull(),
    /** The findings, reduced to what a dashboard shows: [{ rule, messageId, severity, message }]. */
    findings: jsonb('findings').$type<StoredFinding[]>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'form_findings_pkey', columns: [t.regionCode, t.formId] }),
    formForeignKey('form_findings_form_fk', t.regionCode, t.formId),
  ],
);
