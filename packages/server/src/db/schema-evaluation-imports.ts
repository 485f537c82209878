// 自评表 and 监控表 imported from outside and kept as records of their own (no approved project in the system
// to attach them to, or the user chose to keep them apart): the document as read, the file it came from.
import type { EvaluationDocument } from '@jixiao/core';
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { created, files, orgRef, regionCode, rowId, userRef } from './schema-core.ts';

export const importedEvaluations = pgTable(
  'imported_evaluations',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: orgRef(),
    kind: text('kind').$type<EvaluationDocument['kind']>().notNull(), // self-evaluation | monitoring
    /** 项目名称 (or 部门 for a 部门整体 table) as printed; the file name when the table names none. */
    name: text('name').notNull(),
    year: integer('year'),
    /** The SelfEvaluationDocument / MonitoringDocument as read (core/src/model). */
    data: jsonb('data').notNull(),
    fileId: uuid('file_id'),
    createdBy: userRef('created_by'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ name: 'imported_evaluations_pkey', columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'imported_evaluations_file_fk',
      columns: [t.regionCode, t.fileId],
      foreignColumns: [files.regionCode, files.id],
    }),
    index('imported_evaluations_org_year').on(t.orgId, t.year),
    // The records list's keyset order (`created_at desc, id`).
    index('imported_evaluations_created').on(t.createdAt.desc(), t.id),
  ],
);
