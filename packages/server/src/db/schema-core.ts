// The relational schema (Drizzle): organisations, accounts, forms with goals and indicators in
// columns, versions, workflow, review comments, approvals (批复), uploaded files and the audit log.

import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type PgColumn,
} from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

// The columns many tables declare alike, made once here (the tables that use them import them from this file).
/** A moment, with its time zone, read as a Date. */
export const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** When the row was made. */
export const created = () => stamp('created_at').notNull().defaultNow();
/** When the row was last changed. */
export const updated = () => stamp('updated_at').notNull().defaultNow();
/** A tenant table's own id (its primary key is the region and the id). */
export const rowId = () => uuid('id').notNull().defaultRandom();
/** The organisation the row belongs to. */
export const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => orgs.id);
/** The user who did what the column names (null: not known, or done by the system). */
export const userRef = (name: string) => uuid(name).references(() => users.id);

/**
 * 财政区划代码 ('420100'): the region whose data a row is, and the distribution column of every tenant table
 * (distribution.ts). Always filled by the server from the acting organisation's region, never from a request.
 */
export const regionCode = () => text('region_code').notNull();

/** 组织: 财政局 → 主管部门 → 预算单位, any depth; `path` is the chain of ids for subtree queries. */
export const orgs = pgTable(
  'orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // finance | department | unit
    code: text('code'),
    path: text('path').notNull(), // '/<root id>/<child id>/…/<own id>/'
    /** The region the organisation belongs to: its root's, given when the root is created. */
    regionCode: regionCode(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('orgs_name_parent').on(t.parentId, t.name),
    index('orgs_path').on(t.path.op('text_pattern_ops')),
  ],
);

/** 预算年度. */
export const fiscalYears = pgTable('fiscal_years', {
  year: integer('year').primaryKey(),
  status: text('status').notNull().default('open'), // open | closed
  createdAt: created(),
});

/** 用户: one role bound to one organisation. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(), // filler | reviewer | finance | admin
    orgId: orgRef(),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: stamp('locked_until'),
    disabled: boolean('disabled').notNull().default(false),
    /** Where reminders (催报) are e-mailed, when the server has an SMTP server configured. */
    email: text('email'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

/** Sessions live in the database (stateless servers); only the token's hash is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: created(),
    expiresAt: stamp('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** The original uploaded files, kept beside the forms they produced. */
export const files = pgTable(
  'files',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: orgRef(),
    fileName: text('file_name').notNull(),
    format: text('format'),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** The bytes, when kept in the database; null when they are in the S3 store under `storageKey`. */
    data: bytea('data'),
    storageKey: text('storage_key'),
    /**
     * What the last preview recognised in the file ({ key, forms }), under which picks and taught labels
     * (`key`): the save takes these forms instead of reading the file again (imports/recognised.ts).
     */
    recognised: jsonb('recognised'),
    createdBy: userRef('created_by'),
    createdAt: created(),
  },
  // The bytes are somewhere: in the row or in the object store.
  (t) => [
    primaryKey({ name: 'files_pkey', columns: [t.regionCode, t.id] }),
    check('files_bytes_kept', sql`${t.data} is not null or ${t.storageKey} is not null`),
  ],
);

/**
 * forms.year of a form whose document gave no 预算年度: 0, never a fiscal year, so that the year can be
 * the partition key (NOT NULL, in every key: forms is partitioned by year, docs/scale.md) and such a form
 * sits in forms_default until its year is known. The server never shows it: `year` reads as null.
 */
export const NO_YEAR = 0;

/** The partition key a form's (or its child's) year is stored under: its year, or NO_YEAR. */
export const yearKey = (year: number | null | undefined): number => year ?? NO_YEAR;

/** forms.year: an integer NOT NULL in the database, null (no year) to the server as before. */
const formYear = customType<{ data: number | null; driverData: number }>({
  dataType: () => 'integer',
  toDriver: (year) => yearKey(year),
  fromDriver: (stored) => (stored === NO_YEAR ? null : stored),
});

/**
 * A form's identity in its region whatever its year: one narrow row per form (region_code, id), written
 * by a trigger as the form is inserted (migration 0041). forms is partitioned by year and its keys must
 * hold the year, so only this table keeps a form's id unique across years, and the tables that are not
 * partitioned by the form's year (transitions, comments, approvals, findings, public pages, monitoring
 * entries, self-evaluations) refer to it here: a form's year edit moves none of their rows. Deleting a
 * form is deleting its key (everything of the form goes with it).
 */
export const formKeys = pgTable(
  'form_keys',
  {
    regionCode: regionCode(),
    id: uuid('id').notNull(),
    /**
     * The form's year (NO_YEAR for none): its partition of forms, goals, indicators and versions. Written with
     * the key and moved with the form (migration 0044's triggers), so a row that refers to a form — an
     * entry, an evaluation, an approval, a URL's id — finds it in its year's partition, not in each year's.
     */
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ name: 'form_keys_pkey', columns: [t.regionCode, t.id] }),
    // A form by its id alone (a URL's /forms/:id, which does not know the region), then its year's partition.
    // The region and year in the index as well: a row that refers to a form (an entry, an evaluation) finds
    // its key by an index-only scan, no visit to the table for each row of a page (migration 0050).
    index('form_keys_id').on(t.id, t.regionCode, t.year),
  ],
);

/**
 * 表单: the current state of one form. Scalars in columns; goals and indicators in their own
 * tables; the rest of the canonical form (budget sources, details, funds, disclosure tables) in `rest`.
 */
export const forms = pgTable(
  'forms',
  {
    regionCode: regionCode(),
    id: rowId(),
    orgId: orgRef(),
    // The organisation's name, carried for the list (migration 0050): the database writes it — from `orgs` when a
    // form is inserted without it ('' or null) or moved to another organisation, and on every form of an
    // organisation renamed, in the renaming transaction (triggers form_org_name*, org_name_forms). The list then
    // reads no `orgs` row for its names.
    orgName: text('org_name').notNull().default(''),
    // Partitioned by it (migration 0042): NO_YEAR when the document gave none.
    year: formYear('year').notNull().default(NO_YEAR),
    kind: text('kind').notNull(), // project | department | disclosure
    formType: text('form_type').notNull(),
    name: text('name').notNull(), // project name or department
    code: text('code'),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    budgetTotal: numeric('budget_total'),
    budgetCurrent: numeric('budget_current'),
    rest: jsonb('rest').notNull(),
    // The whole form as the detail sends it (`{...rest, "goals":[…],"indicators":[…]}`; a disclosure's `rest` alone),
    // written in the same transaction as the goals and indicators it holds (forms.repo.ts replaceChildren,
    // form-copy.ts): the detail sends this one text, unparsed, where it built the form from `rest` and the rows
    // (docs/scale.md, h-detail17b; it replaced 0045's `children`, the goals and indicators alone). `json`, not
    // jsonb: the text is kept as written. A write of `rest` without it sets it null (updateIfVersion); null is
    // read from `rest` and the rows.
    formJson: json('form_json'),
    sourceFileId: uuid('source_file_id'),
    copiedFromId: uuid('copied_from_id'),
    createdBy: userRef('created_by'),
    createdAt: created(),
    updatedAt: updated(),
    /**
     * The form as a page of the forms list shows it: the JSON text of the answer's item (formListItem), written by
     * the trigger forms_list_text on every insert and update (migration 0056), never by the server — a page reads
     * it as it is (forms.repo.ts). '' only until the trigger has run.
     */
    listItem: text('list_item').notNull().default(''),
  },
  (t) => [
    // The year in the key because the table is partitioned by it; after the id, so that a lookup by
    // (region_code, id) reads each partition's key index by its prefix. form_keys holds the id unique.
    primaryKey({ name: 'forms_pkey', columns: [t.regionCode, t.id, t.year] }),
    foreignKey({
      name: 'forms_key_fk',
      columns: [t.regionCode, t.id],
      foreignColumns: [formKeys.regionCode, formKeys.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'forms_source_file_fk',
      columns: [t.regionCode, t.sourceFileId],
      foreignColumns: [files.regionCode, files.id],
    }),
    index('forms_org_year').on(t.orgId, t.year),
    // A form found by its id alone — a URL's /forms/:id, the public detail, a copy's source — where the
    // request does not know the region: the key (region_code, id) cannot be used without it. Not unique:
    // on Citus a unique index must hold the distribution column (the key already makes ids unique).
    index('forms_id').on(t.id),
    index('forms_region_year').on(t.regionCode, t.year),
    index('forms_status').on(t.status),
    index('forms_updated').on(t.updatedAt.desc(), t.id),
    // The list's order within one unit (a filler's forms) and one status (an inbox, the public list), so
    // that any page of those lists is read from an index in order (keyset pagination, forms.repo.ts).
    index('forms_org_updated').on(t.orgId, t.updatedAt.desc(), t.id),
    index('forms_status_updated').on(t.status, t.updatedAt.desc(), t.id),
    // Search (q=) is a name part or a 项目编码 exactly: `name ilike … or code = …`. Without an index on the
    // code the `or` could not be answered from indexes (a BitmapOr of forms_name_trgm and this one), and
    // PostgreSQL read every form for each search (123 ms at 60,000 forms; 0.5–2 ms with it).
    index('forms_code').on(t.code),
  ],
);

/**
 * A tenant row's foreign key to its form's key (form_keys), region included (rows go with their form): every
 * table that refers to a form, those partitioned by the form's year too (their year is kept by a trigger).
 */
export const formForeignKey = (name: string, regionColumn: PgColumn, formColumn: PgColumn) =>
  foreignKey({
    name,
    columns: [regionColumn, formColumn],
    foreignColumns: [formKeys.regionCode, formKeys.id],
  }).onDelete('cascade');

/**
 * A child's copy of its form's year (NO_YEAR for none): the partition it sits in. Written by the server with
 * the rows, and moved with the form by the trigger `form_year_children` (migration 0042) when the form's year
 * changes. Not held by a foreign key to forms (region_code, id, year): each child row's check would be a
 * query through the partitioned forms, and loading 10,000 forms by COPY took 36 s instead of 4.7 s.
 */
const childYear = () => integer('year').notNull();

/** 绩效目标. */
export const formGoals = pgTable(
  'form_goals',
  {
    regionCode: regionCode(),
    formId: uuid('form_id').notNull(),
    year: childYear(),
    position: integer('position').notNull(),
    term: text('term').notNull(),
    label: text('label').notNull(),
    text: text('text'),
  },
  (t) => [
    primaryKey({
      name: 'form_goals_form_id_position_pk',
      columns: [t.regionCode, t.formId, t.position, t.year],
    }),
    formForeignKey('form_goals_form_fk', t.regionCode, t.formId),
  ],
);

/**
 * 绩效指标: one stable id per indicator from declaration through approval, monitoring and
 * self-evaluation; `originId` links a copied indicator to the one of an earlier year.
 */
export const indicators = pgTable(
  'indicators',
  {
    regionCode: regionCode(),
    id: uuid('id').notNull(),
    formId: uuid('form_id').notNull(),
    year: childYear(),
    position: integer('position').notNull(),
    term: text('term').notNull(),
    goal: text('goal'),
    level1: text('level1'),
    level2: text('level2'),
    name: text('name'),
    raw: text('raw').notNull(),
    valueKind: text('value_kind').notNull(), // quantitative | qualitative | empty
    op: text('op'),
    value: numeric('value'),
    unit: text('unit'),
    valueText: text('value_text'),
    target: jsonb('target').notNull(), // the full IndicatorValue, extensions included
    history: jsonb('history'),
    basis: text('basis'),
    category: text('category'),
    originId: uuid('origin_id'),
    /** The 指标库 entry the indicator was chosen from (no foreign key: a deleted entry leaves the form as it was). */
    libraryId: uuid('library_id'),
  },
  (t) => [
    primaryKey({ name: 'indicators_pkey', columns: [t.regionCode, t.id, t.year] }),
    formForeignKey('indicators_form_fk', t.regionCode, t.formId),
    // A form's indicators by its key, year included (its partition), in order. Led by the region and form,
    // not the form alone: right after a bulk load, before any ANALYZE, the planner took the key index for
    // its (region_code, …, year) and filtered a year's indicators by form (2.6 s at 300,000; migration 0043).
    index('indicators_form').on(t.regionCode, t.formId, t.year, t.position),
    index('indicators_origin').on(t.originId),
    index('indicators_library').on(t.libraryId),
  ],
);

/** Every save of a form is a version: the whole canonical form as it was saved. */
export const formVersions = pgTable(
  'form_versions',
  {
    regionCode: regionCode(),
    formId: uuid('form_id').notNull(),
    year: childYear(),
    version: integer('version').notNull(),
    data: jsonb('data').notNull(),
    createdBy: userRef('created_by'),
    createdAt: created(),
    note: text('note'),
  },
  (t) => [
    primaryKey({
      name: 'form_versions_form_id_version_pk',
      columns: [t.regionCode, t.formId, t.version, t.year],
    }),
    formForeignKey('form_versions_form_fk', t.regionCode, t.formId),
  ],
);

/** 流转记录: who moved a form from which state to which, when, with what opinion. */
export const transitions = pgTable(
  'transitions',
  {
    regionCode: regionCode(),
    id: rowId(),
    formId: uuid('form_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    version: integer('version').notNull(),
    actorId: userRef('actor_id'),
    opinion: text('opinion'),
    grade: text('grade'), // 优 | 良 | 中 | 差
    createdAt: created(),
  },
  (t) => [
    primaryKey({ name: 'transitions_pkey', columns: [t.regionCode, t.id] }),
    formForeignKey('transitions_form_fk', t.regionCode, t.formId),
    index('transitions_form').on(t.formId, t.createdAt),
  ],
);

/** 审核意见 anchored to a field or an indicator (JSON pointer), with a reason code. */
export const reviewComments = pgTable(
  'review_comments',
  {
    regionCode: regionCode(),
    id: rowId(),
    formId: uuid('form_id').notNull(),
    transitionId: uuid('transition_id'),
    version: integer('version').notNull(),
    pointer: text('pointer').notNull(),
    indicatorId: uuid('indicator_id'),
    reason: text('reason').notNull(),
    text: text('text').notNull(),
    authorId: userRef('author_id'),
    createdAt: created(),
    resolvedAt: stamp('resolved_at'),
    resolvedBy: userRef('resolved_by'),
  },
  (t) => [
    primaryKey({ name: 'review_comments_pkey', columns: [t.regionCode, t.id] }),
    formForeignKey('review_comments_form_fk', t.regionCode, t.formId),
    foreignKey({
      name: 'review_comments_transition_fk',
      columns: [t.regionCode, t.transitionId],
      foreignColumns: [transitions.regionCode, transitions.id],
    }),
    index('review_comments_form').on(t.formId),
  ],
);

/** 批复: the approved budget and targets of a form at the version approved. */
export const approvals = pgTable(
  'approvals',
  {
    regionCode: regionCode(),
    id: rowId(),
    formId: uuid('form_id').notNull(),
    version: integer('version').notNull(),
    budgetTotal: numeric('budget_total'),
    budgetCurrent: numeric('budget_current'),
    targets: jsonb('targets').notNull(), // [{ indicatorId, name, target }]
    /** 资金来源 as approved, when finance approved another total than was asked ([{ name, amount }]). */
    sources: jsonb('sources'),
    approvedBy: userRef('approved_by'),
    opinion: text('opinion'), // 财政部门审核意见 / 批复意见
    number: text('number'), // 批复文号
    approvedOn: text('approved_on'), // 批复日期, YYYY-MM-DD as written on the sheet
    handler: text('handler'), // 经办人
    head: text('head'), // 负责人
    createdAt: created(),
  },
  (t) => [
    primaryKey({ name: 'approvals_pkey', columns: [t.regionCode, t.id] }),
    formForeignKey('approvals_form_fk', t.regionCode, t.formId),
    // A form's latest 批复 (public pages, lists) without reading every approval.
    index('approvals_form').on(t.formId, t.createdAt),
  ],
);

/** Append-only record of every write (a trigger refuses UPDATE and DELETE). */
export const auditLog = pgTable(
  'audit_log',
  {
    regionCode: regionCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: stamp('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.regionCode, t.id] }),
    index('audit_log_at').on(t.at),
    // The latest entry of any region (public/public.repo.ts: the public list's tag changes with every
    // write): the key leads with region_code, so without this max(id) read the whole log (108 ms at
    // 180,000 entries, twice a public list request).
    index('audit_log_id').on(t.id),
    index('audit_log_entity').on(t.entity, t.entityId),
  ],
);

/**
 * Request counters of the login rate limit, shared by every process of a deployment (a limit held
 * in one process's memory would multiply with the number of processes and reset on restart).
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: stamp('window_start').notNull(),
  count: integer('count').notNull(),
});
/**
 * Failed sign-ins by account name (known or not: the same for both) and by client address, for the
 * progressive delay that replaces the lockout: a failure is remembered for LOCKOUT_MINUTES.
 */
export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(), // 'account:<username>' | 'address:<ip>'
  failures: integer('failures').notNull(),
  lastFailureAt: stamp('last_failure_at').notNull(),
});
