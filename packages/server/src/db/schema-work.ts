// Reminders (催报): finance or a 主管部门 asks the units that have not yet filled in a monitoring round or a
// self-evaluation to do so; each unit sees its reminders in its 工作台 until someone there marks them read.
import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgRef, regionCode, rowId, stamp, userRef, users } from './schema-core.ts';

export const reminders = pgTable(
  'reminders',
  {
    regionCode: regionCode(),
    id: rowId(),
    /** The unit asked to act. */
    orgId: orgRef(),
    year: integer('year').notNull(),
    /** What is awaited: monitoring | self-evaluation. */
    kind: text('kind').notNull(),
    /** The monitoring round, for kind monitoring. */
    subjectId: uuid('subject_id'),
    /** What the unit should do, as shown: "2026年1—6月绩效监控：2 个项目未提交". */
    subject: text('subject').notNull(),
    message: text('message').notNull(),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: stamp('sent_at').notNull().defaultNow(),
    /** E-mails sent for it (0 without an SMTP server or without addresses). */
    emailed: integer('emailed').notNull().default(0),
    readAt: stamp('read_at'),
    readBy: userRef('read_by'),
  },
  (t) => [
    primaryKey({ name: 'reminders_pkey', columns: [t.regionCode, t.id] }),
    index('reminders_org_year').on(t.orgId, t.year),
  ],
);
