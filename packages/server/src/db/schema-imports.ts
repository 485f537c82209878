// Layout mappings: a label of an organisation's template that means a field ("承担项目" → name),
// taught in the import preview so that the next file of the same template reads without help.
import { pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { created, orgs, regionCode, rowId, userRef } from './schema-core.ts';

export const layoutMappings = pgTable(
  'layout_mappings',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    /** The label's key as in the document (no spaces or trailing colon, full-width brackets). */
    label: text('label').notNull(),
    field: text('field').notNull(), // one of MAPPABLE_FIELDS
    /**
     * The kind of document the label was taught on (one of TAUGHT_ON_KINDS: a form's kind, self-evaluation,
     * monitoring), to name the field as that document prints it (实施单位 on a 自评表, 申报单位 on a form);
     * null for a label taught before it was kept. The label means its field in every kind either way.
     */
    taughtOn: text('taught_on'),
    createdBy: userRef('created_by'),
    createdAt: created(),
  },
  // One field per label in an organisation; the unique index also serves the listing by organisation.
  (t) => [
    primaryKey({ name: 'layout_mappings_pkey', columns: [t.regionCode, t.id] }),
    uniqueIndex('layout_mappings_org_label').on(t.regionCode, t.orgId, t.label),
  ],
);
