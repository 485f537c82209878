// 检查报告: a batch of published documents that finance checks in one go (a region's 自评表 or 部门预算公开),
// its documents (each read, or with the reason it was not) and their findings with the place each stands.
// The read text of each document is kept so that a finding opens at its place.
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { created, orgRef, regionCode, rowId, stamp, updated, userRef } from './schema-core.ts';

export const checkBatches = pgTable(
  'check_batches',
  {
    regionCode: regionCode(),
    id: rowId(),
    /** The finance organisation that ran it: its region sees it. */
    orgId: orgRef(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** running | done | failed (the process that ran it stopped before the end). */
    status: text('status').notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    warnings: integer('warnings').notNull().default(0),
    infos: integer('infos').notNull().default(0),
    createdBy: userRef('created_by'),
    createdAt: created(),
    /** Moved on each document done: a running batch not moved for long was interrupted. */
    updatedAt: updated(),
    finishedAt: stamp('finished_at'),
  },
  (t) => [
    primaryKey({ name: 'check_batches_pkey', columns: [t.regionCode, t.id] }),
    index('check_batches_org_year').on(t.orgId, t.year),
    // The list's keyset order (`created_at desc, id`) within a year.
    index('check_batches_year_created').on(t.year, t.createdAt.desc(), t.id),
  ],
);

/**
 * How many batches each organisation ran in a year, kept by the database (migration 0053, trigger
 * `check_batch_count`): a first page's total is the sum over the region's organisations — exact at any size,
 * where the capped count read 1,001 batches on every first page above the cap (docs/scale.md).
 */
export const checkBatchCounts = pgTable(
  'check_batch_counts',
  {
    regionCode: regionCode(),
    orgId: uuid('org_id').notNull(),
    year: integer('year').notNull(),
    batches: integer('batches').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'check_batch_counts_pkey', columns: [t.regionCode, t.orgId, t.year] })],
);

export const checkBatchDocuments = pgTable(
  'check_batch_documents',
  {
    regionCode: regionCode(),
    id: rowId(),
    batchId: uuid('batch_id').notNull(),
    /** Its place in the batch as uploaded. */
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    format: text('format'),
    unit: text('unit'),
    titles: jsonb('titles').$type<string[]>().notNull(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errors: integer('errors').notNull().default(0),
    warnings: integer('warnings').notNull().default(0),
    infos: integer('infos').notNull().default(0),
    /** The read text, row by row ({ cells, line, source }). */
    rows: jsonb('rows').$type<Array<{ cells: string[]; line: number | null; source: string | null }>>(),
  },
  (t) => [
    primaryKey({ name: 'check_batch_documents_pkey', columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'check_batch_documents_batch_fk',
      columns: [t.regionCode, t.batchId],
      foreignColumns: [checkBatches.regionCode, checkBatches.id],
    }).onDelete('cascade'),
    index('check_batch_documents_batch').on(t.batchId, t.ordinal),
  ],
);

export const checkBatchFindings = pgTable(
  'check_batch_findings',
  {
    regionCode: regionCode(),
    id: rowId(),
    batchId: uuid('batch_id').notNull(),
    documentId: uuid('document_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    message: text('message').notNull(),
    path: text('path').notNull(),
    form: text('form').notNull(),
    /** Where it stands: { line, source, column, label, text }, or null when not found. */
    place: jsonb('place').$type<{
      line: number | null;
      source: string | null;
      column: number | null;
      label: string | null;
      text: string | null;
    }>(),
  },
  (t) => [
    primaryKey({ name: 'check_batch_findings_pkey', columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'check_batch_findings_batch_fk',
      columns: [t.regionCode, t.batchId],
      foreignColumns: [checkBatches.regionCode, checkBatches.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'check_batch_findings_document_fk',
      columns: [t.regionCode, t.documentId],
      foreignColumns: [checkBatchDocuments.regionCode, checkBatchDocuments.id],
    }).onDelete('cascade'),
    index('check_batch_findings_batch').on(t.batchId),
    index('check_batch_findings_document').on(t.documentId),
  ],
);
