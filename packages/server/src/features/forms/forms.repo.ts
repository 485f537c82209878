// SQL for forms, their goals, indicators and versions.
import {
  and,
  asc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  like,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import { formWithId } from '../../db/key-join.ts';
import { PgDialect, unionAll, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { readTogether, type Executor } from '../../db/client.ts';
import { formGoals, formVersions, forms, indicators, orgs, yearKey } from '../../db/schema.ts';
import type { Scope } from './form-access.ts';
import { childrenText, formJsonText, type StoredGoal, type StoredIndicator } from './form-mapping.ts';
import { announceFormChange } from './form-cache.ts';
import { afterPlaced, olderThan, tiedAfter } from '../../db/keyset.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import { detailHeadBase64 } from './form-detail-text.ts';
import { encodeCursor, pageEnd, pageOf, type TimeIdCursor } from '../../http/list-cursor.ts';
import {
  EXACT_COUNT,
  tableEstimate,
  pageCountColumn,
  countedAnyway,
  pageCounting,
  prepareCount,
  preparedTotal,
  uncountedTotal,
  type PageCount,
  type PageCounting,
  type PreparedCount,
} from '../../db/count-capped.ts';
import { prepareBuilt, prepareSql, preparedFor, withFlatRows, type Values } from '../../db/prepared.ts';
import { joinedPage, joinedRead, type JoinedRow } from '../../db/json-page.ts';

// A form's row as the services use it: every column but `form_json` (the detail's text of the whole form, read
// by the detail alone and not parsed for anything else) and `list_item` (the list's text of the row, read by the
// list alone).
const { formJson: _formJson, listItem: _listItem, ...formRowColumns } = getTableColumns(forms);
export type FormRow = Omit<typeof forms.$inferSelect, 'formJson' | 'listItem'>;
export type FormWithOrg = FormRow & { orgName: string; orgPath: string };

const CHUNK = 500;
export { EXACT_COUNT } from '../../db/count-capped.ts';

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function insertFormRow(ex: Executor, row: typeof forms.$inferInsert): Promise<FormRow> {
  const [r] = await ex.insert(forms).values(row).returning(formRowColumns);
  await announceFormChange(ex, r!.id); // lists change
  return r!;
}

/**
 * A form's key in its year's partition: the child tables are partitioned by the form's year, and a read or
 * write that names it touches that year's partition only (`year` as the form row has it: null for none).
 */
export interface FormKey {
  regionCode: string;
  id: string;
  year: number | null;
}

/** The condition on `forms` for one form in its year's partition. */
function ofFormKey(key: FormKey) {
  return and(eq(forms.regionCode, key.regionCode), eq(forms.id, key.id), eq(forms.year, yearKey(key.year)))!;
}

/** The condition on a child table (goals, indicators, versions) for the rows of one form, its year included. */
function ofForm(child: { regionCode: AnyPgColumn; formId: AnyPgColumn; year: AnyPgColumn }, key: FormKey) {
  return and(
    eq(child.regionCode, key.regionCode),
    eq(child.formId, key.id),
    eq(child.year, yearKey(key.year)),
  );
}

/**
 * Replaces a form's goals and indicators (rows made for the form's current year, `key.year`), and the text of the
 * whole form the detail reads (`forms.form_json`: `rest`, the form's `rest` as its row holds it, with them): the
 * one place besides the COPY load (form-copy.ts) that writes it.
 */
export async function replaceChildren(
  ex: Executor,
  key: FormKey,
  goals: (typeof formGoals.$inferInsert)[],
  inds: (typeof indicators.$inferInsert)[],
  rest: Record<string, unknown>,
): Promise<void> {
  await announceFormChange(ex, key.id);
  await ex.delete(formGoals).where(ofForm(formGoals, key));
  await ex.delete(indicators).where(ofForm(indicators, key));
  await insertChunked(goals, (c) => ex.insert(formGoals).values(c));
  await insertChunked(inds, (c) => ex.insert(indicators).values(c));
  const whole = formJsonText(JSON.stringify(rest), String(rest.kind), childrenText(goals, inds));
  await ex
    .update(forms)
    .set({ formJson: sql`${whole}::json` })
    .where(ofFormKey(key));
}

export async function insertVersion(ex: Executor, v: typeof formVersions.$inferInsert): Promise<void> {
  await ex.insert(formVersions).values(v);
}

/**
 * Moves the form to the next version only if it is still at `baseVersion`. A new `rest` empties the whole form's
 * kept text (`form_json`) until replaceChildren writes it again: a writer that left it stale would have the
 * detail send the form as it was; null is read from the rows.
 */
export async function updateIfVersion(
  ex: Executor,
  key: FormKey,
  baseVersion: number,
  set: Partial<typeof forms.$inferInsert>,
): Promise<FormRow | undefined> {
  await announceFormChange(ex, key.id);
  const rows = await ex
    .update(forms)
    .set({
      ...set,
      ...('rest' in set ? { formJson: null } : {}),
      version: sql`${forms.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(ofFormKey(key), eq(forms.version, baseVersion)))
    .returning(formRowColumns);
  return rows[0];
}

/** Moves a form to `status` if it is still in `fromStatus`; named by its key (its year's partition) or its id. */
export async function setStatus(
  ex: Executor,
  form: FormKey | string,
  fromStatus: string,
  status: string,
): Promise<FormRow | undefined> {
  const id = typeof form === 'string' ? form : form.id;
  await announceFormChange(ex, id);
  const rows = await ex
    .update(forms)
    .set({ status, updatedAt: new Date() })
    .where(and(typeof form === 'string' ? eq(forms.id, form) : ofFormKey(form), eq(forms.status, fromStatus)))
    .returning(formRowColumns);
  return rows[0];
}

const withOrg = { form: formRowColumns, orgName: orgs.name, orgPath: orgs.path };

export async function findForm(ex: Executor, id: string, lock = false): Promise<FormWithOrg | undefined> {
  const q = ex
    .select(withOrg)
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(formWithId(id))
    .limit(1);
  const rows = lock ? await q.for('update', { of: forms }) : await q;
  const r = rows[0];
  return r ? { ...r.form, orgName: r.orgName, orgPath: r.orgPath } : undefined;
}

// The children as JSON arrays computed by the database, so that a form detail is one round trip — only for a
// form without its kept text (`form_json`: written before migration 0045, or by a write of `rest` alone).
const goalsJson = sql<
  StoredGoal[] | null
>`case when ${forms.formJson} is null then (select coalesce(json_agg(json_build_object(
    'position', g.position, 'term', g.term, 'label', g.label, 'text', g.text) order by g.position), '[]'::json)
  from ${formGoals} g where g.region_code = ${forms.regionCode} and g.form_id = ${forms.id}
    and g.year = ${forms.year}) end`;
const indicatorsJson = sql<
  StoredIndicator[] | null
>`case when ${forms.formJson} is null then (select coalesce(json_agg(json_build_object(
    'id', i.id, 'position', i.position, 'term', i.term, 'goal', i.goal, 'level1', i.level1,
    'level2', i.level2, 'name', i.name, 'target', i.target, 'history', i.history, 'basis', i.basis,
    'category', i.category, 'libraryId', i.library_id) order by i.position), '[]'::json)
  from ${indicators} i where i.region_code = ${forms.regionCode} and i.form_id = ${forms.id}
    and i.year = ${forms.year}) end`;
// As text: sent as it is kept, never parsed.
const formJsonAsText = sql<string | null>`${forms.formJson}::text`;

function formDetailQuery(ex: Executor) {
  return ex
    .select({ ...withOrg, kept: formJsonAsText, goals: goalsJson, indicators: indicatorsJson })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(formWithId(sql.placeholder('id')))
    .limit(1);
}

// The detail read is the hottest query: prepared once per database handle, so that its SQL is built
// once and PostgreSQL parses and plans it once per connection instead of on every request.
const preparedDetail = new WeakMap<Executor, ReturnType<ReturnType<typeof formDetailQuery>['prepare']>>();

/**
 * A form with its organisation and its goals and indicators, in one query: the whole form as its kept text `kept`
 * (then `goals` and `indicators` are empty) or, for a form without it, as rows.
 */
export async function findFormWithChildren(ex: Executor, id: string) {
  let q = preparedDetail.get(ex);
  if (!q) {
    q = formDetailQuery(ex).prepare('form_detail');
    preparedDetail.set(ex, q);
  }
  const r = (await q.execute({ id }))[0];
  if (!r) return undefined;
  const row: FormWithOrg = { ...r.form, orgName: r.orgName, orgPath: r.orgPath };
  return { row, kept: r.kept, goals: r.goals ?? [], indicators: r.indicators ?? [] };
}

/**
 * A form's detail as the route sends it (`{"meta":…,"form":…}`): who may see the form and what each reader may do
 * with it (its organisation, the organisation's path, its status) and the answer up to its form, written by the
 * statement itself (form-detail-text.ts) — four columns, none parsed or mapped but the head's base64.
 */
function formDetailJsonQuery(ex: Executor) {
  return ex
    .select({
      orgId: forms.orgId,
      orgPath: orgs.path,
      status: forms.status,
      headBase64: detailHeadBase64(),
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(formWithId(sql.placeholder('id')))
    .limit(1);
}

export type FormDetailRow = Awaited<ReturnType<ReturnType<typeof formDetailJsonQuery>['execute']>>[number];

// Prepared once per database handle, on its own pool (as form_detail: planned generic after five runs), its
// rows mapped by the flat mapper (prepared.ts).
const preparedDetailJson = new WeakMap<
  Executor,
  ReturnType<ReturnType<typeof formDetailJsonQuery>['prepare']>
>();

/** A form's detail row with the answer's head (`headBase64`: null for a form written without its kept text, read by findFormWithChildren). */
export async function findFormDetail(ex: Executor, id: string): Promise<FormDetailRow | undefined> {
  let q = preparedDetailJson.get(ex);
  if (!q) {
    q = withFlatRows(formDetailJsonQuery(ex).prepare('form_detail_json'));
    preparedDetailJson.set(ex, q);
  }
  return (await q.execute({ id }))[0];
}

export async function findChildren(ex: Executor, key: FormKey) {
  const [goals, inds] = await readTogether(ex, [
    () => ex.select().from(formGoals).where(ofForm(formGoals, key)).orderBy(asc(formGoals.position)),
    () => ex.select().from(indicators).where(ofForm(indicators, key)).orderBy(asc(indicators.position)),
  ]);
  return { goals, indicators: inds };
}

export async function findIndicatorIds(ex: Executor, key: FormKey) {
  return ex
    .select({ id: indicators.id, originId: indicators.originId })
    .from(indicators)
    .where(ofForm(indicators, key));
}

export interface FormFilter {
  year?: number | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  orgId?: string | undefined;
  q?: string | undefined;
  statuses?: string[] | undefined;
  limit: number;
  offset: number;
  /** The page after this position (keyset); the offset is then ignored and the total not counted. */
  after?: TimeIdCursor | undefined;
}

/** Which of a list's conditions apply: the statement's shape (its values are placeholders). */
function listShape(scope: Scope, f: FormFilter): string {
  const has = (v: unknown) => (v === undefined || v === null || v === '' ? '-' : '+');
  return [
    scope.kind,
    has(f.year),
    has(f.status),
    has(f.statuses),
    has(f.kind),
    has(f.orgId),
    has(f.q),
    pagePosition(f),
  ].join('');
}

/** Where a page starts: the top, after a cursor, or after some rows (an offset). */
function pagePosition(f: FormFilter): 'first' | 'after' | 'offset' {
  return f.after ? 'after' : f.offset > 0 ? 'offset' : 'first';
}

/** The placeholders' values of a list statement. */
function listValues(scope: Scope, f: FormFilter): Values {
  return {
    scopeOrg: scope.kind === 'org' ? scope.orgId : null,
    scopePath: scope.kind === 'subtree' ? `${scope.path}%` : null,
    year: f.year ?? null,
    status: f.status ?? null,
    statuses: f.statuses ?? null,
    kind: f.kind ?? null,
    orgId: f.orgId ?? null,
    qName: f.q ? `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null,
    q: f.q ?? null,
    afterAt: f.after?.at ?? null,
    afterId: f.after?.id ?? null,
    // One more than the page: whether there is a next page.
    limit: f.limit + 1,
    // The last row skipped (an offset page starts after it); unused by the other shapes.
    skipped: f.after ? 0 : Math.max(0, f.offset - 1),
  };
}

const p = (name: string) => sql.placeholder(name);

/**
 * How a search's name part is read: from the trigram index (forms_name_trgm) when it holds a run of three
 * letters or digits, in a scan when it does not — pg_trgm finds no trigram in a shorter part (`项目`, `%`), and
 * its index is then read whole and every form checked again (518 ms at 60,000 forms under a generic plan).
 */
export type SearchMode = 'trigram' | 'scan';

export function searchMode(q: string): SearchMode {
  return /[\p{L}\p{N}]{3}/u.test(q) ? 'trigram' : 'scan';
}

/**
 * A name part, or a 项目编码 exactly (the key a project is known by from budget to 自评). On PostgreSQL the
 * forms_name_trgm index answers the name part (`trigram`; without pg_trgm it is a scan); `scan` writes the name
 * so that no index applies to it.
 */
function searchCondition(name: AnyPgColumn, code: AnyPgColumn, mode: SearchMode): SQL {
  const named = mode === 'trigram' ? ilike(name, p('qName')) : sql`(${name} || '') ilike ${p('qName')}`;
  return or(named, eq(code, p('q')))!;
}

/** The filter's conditions on `forms` (scope included), without the page's position; values as placeholders. */
function listConditions(
  ex: Executor,
  scope: Scope,
  f: FormFilter,
  search: SearchMode = 'trigram',
): SQL | undefined {
  const where: SQL[] = [];
  // A subtree as the ids of its organisations, so that the page is taken from `forms` alone, in the
  // order of the forms_updated index (`updated_at desc nulls last, id`: a plain `desc` means nulls
  // first, which the index does not hold, and PostgreSQL then sorted every form for each page).
  if (scope.kind === 'subtree')
    where.push(
      inArray(
        forms.orgId,
        ex
          .select({ id: orgs.id })
          .from(orgs)
          .where(like(orgs.path, p('scopePath'))),
      ),
    );
  else if (scope.kind === 'org') where.push(eq(forms.orgId, p('scopeOrg')));
  else if (scope.kind === 'none') where.push(sql`false`);
  if (f.year !== undefined) where.push(eq(forms.year, p('year')));
  if (f.status) where.push(eq(forms.status, p('status')));
  // One array parameter, whatever the number of statuses: one statement text.
  if (f.statuses) where.push(sql`${forms.status} = any(${p('statuses')}::text[])`);
  if (f.kind) where.push(eq(forms.kind, p('kind')));
  if (f.orgId) where.push(eq(forms.orgId, p('orgId')));
  if (f.q) where.push(searchCondition(forms.name, forms.code, search));
  return where.length ? and(...where) : undefined;
}

/** The columns of `forms` a page reads (and `at`, its time as the cursor's text). */
function pageColumns() {
  return {
    id: forms.id,
    orgId: forms.orgId,
    // Carried on the form (migration 0050): no lookup in `orgs` for each row shown.
    orgName: forms.orgName,
    year: forms.year,
    kind: forms.kind,
    formType: forms.formType,
    name: forms.name,
    code: forms.code,
    status: forms.status,
    version: forms.version,
    budgetTotal: forms.budgetTotal,
    budgetCurrent: forms.budgetCurrent,
    updatedAt: forms.updatedAt,
    at: sql<string>`${forms.updatedAt}::text`.as('at'),
  };
}

/**
 * A joined page's columns of a form: the item it keeps of itself (`list_item`, migration 0056: written by its
 * trigger as the route's compiled serializer wrote formListItem of the row's fields) and its place in the list.
 * Typed as `pageColumns` for `pageFrom`, which reads the place alone; the joined statement reads the item.
 */
function keptColumns(): ReturnType<typeof pageColumns> {
  const kept = { id: forms.id, updatedAt: forms.updatedAt, item: sql<string>`${forms.listItem}`.as('item') };
  return kept as unknown as ReturnType<typeof pageColumns>;
}

const listOrder = () => [sql`${forms.updatedAt} desc nulls last`, asc(forms.id)];

/**
 * The page's rows of `forms` in the list's order, from where the page starts. A page by offset starts
 * after the key of the last row it skips, found from the sort index alone (`forms_updated`: time and id,
 * an index-only scan), and then reads its own rows as a cursor's page does: an `offset` on the rows
 * themselves made PostgreSQL fetch every skipped form from the table (1.2 s at row 59,950 of 60,000),
 * where the keys of the index cost a few milliseconds. The same rows as `offset`; none past the end.
 */
function pageFrom(ex: Executor, f: FormFilter, cond: SQL | undefined, columns = pageColumns) {
  const position = pagePosition(f);
  if (position === 'offset') {
    // The skipped row's key in a CTE read by scalar subqueries: PostgreSQL runs it once, and the page's
    // ranges on `forms_updated` are then index conditions on its values, as with a cursor.
    const skipped = ex.$with('skipped').as(
      ex
        .select({ lastAt: sql`${forms.updatedAt}`.as('last_at'), lastId: sql`${forms.id}`.as('last_id') })
        .from(forms)
        .where(cond)
        .orderBy(...listOrder())
        .limit(1)
        .offset(p('skipped')),
    );
    const after = afterKey(ex, cond, columns, {
      at: sql`(select ${skipped.lastAt} from ${skipped})`,
      id: sql`(select ${skipped.lastId} from ${skipped})`,
    });
    return ex
      .with(skipped)
      .select()
      .from(after)
      .orderBy(sql`${after.updatedAt} desc nulls last`, asc(after.id))
      .limit(p('limit'))
      .as('page');
  }
  if (position === 'after') {
    const after = afterKey(ex, cond, columns, { at: p('afterAt'), id: p('afterId') });
    return ex
      .select()
      .from(after)
      .orderBy(sql`${after.updatedAt} desc nulls last`, asc(after.id))
      .limit(p('limit'))
      .as('page');
  }
  return ex
    .select(columns())
    .from(forms)
    .where(cond)
    .orderBy(...listOrder()) // forms_updated's order: no sort
    .limit(p('limit'))
    .as('page');
}

/**
 * The rows after a key (a cursor's, or an offset's last skipped row), at most a page of them, in two reads
 * of the sort index that each start where their rows start (db/keyset.ts `tiedAfter`, `olderThan`): as one
 * range the index was sought to the key's time only, and every form tied with it before the key was fetched
 * from the table and dropped — a whole import shares one time (loaded a thousand forms a transaction, the
 * page at offset 9,950 fetched 1,001 forms for its 51: docs/scale.md).
 */
function afterKey(
  ex: Executor,
  cond: SQL | undefined,
  columns: typeof pageColumns,
  key: { at: SQL | Placeholder; id: SQL | Placeholder },
) {
  const read = (where: SQL) =>
    ex
      .select(columns())
      .from(forms)
      .where(and(cond, where))
      .orderBy(...listOrder())
      .limit(p('limit'));
  return unionAll(read(tiedAfter(forms.updatedAt, forms.id, key)), read(olderThan(forms.updatedAt, key))).as(
    'after_key',
  );
}

/** A list's statements of one shape: the page (with the capped count on a first page) and its counts. */
function listStatements(
  ex: Executor,
  scope: Scope,
  f: FormFilter,
  counting: PageCount = f.after ? 'none' : 'estimate',
  search: SearchMode = 'trigram',
  planOnce = false,
) {
  const cond = listConditions(ex, scope, f, search);
  const page = pageFrom(ex, f, cond);
  const rows = ex
    .select({
      ...rowColumns(page),
      // The total is given with the first page; the pages a cursor asks for do not count again.
      matching: pageCountColumn(counting, forms, cond),
    })
    .from(page)
    .orderBy(sql`${page.updatedAt} desc nulls last`, asc(page.id));
  return { page: prepareBuilt(rows, planOnce), count: prepareCount(ex, forms, cond), query: rows };
}

/**
 * A list's statements of one shape, the page joined into one row (db/json-page.ts): each form's kept item, its
 * id and time (the next page's cursor), the capped count on a first page — no field a column read, no object made
 * and written again a row, as self-evaluations' and a round's entries' pages. The rows as `listStatements` reads
 * them: the same conditions (the scope's among them) and the same reads of the sort index.
 */
function joinedListStatements(ex: Executor, scope: Scope, f: FormFilter, counting: PageCount) {
  const cond = listConditions(ex, scope, f, 'trigram');
  const page = pageFrom(ex, f, cond, keptColumns);
  const rows = ex
    .select({
      item: sql<string>`${(page as unknown as Record<'item', SQL.Aliased<string>>).item}`.as('item'),
      id: page.id,
      // The time as it is: the joined row makes the last shown row's text (json-page.ts), not every row's.
      at: sql`${page.updatedAt}`.as('at'),
      matching: pageCountColumn(counting, forms, cond).as('matching'),
    })
    .from(page)
    .orderBy(sql`${page.updatedAt} desc nulls last`, asc(page.id));
  const joined = joinedPage(rows, true);
  return {
    page: prepareSql<JoinedRow>(ex, joined),
    count: prepareCount(ex, forms, cond),
    query: { toSQL: () => new PgDialect().sqlToQuery(joined) },
  };
}

type PageSource = ReturnType<typeof pageFrom>;

/** A list row as answered, from a subquery of `pageColumns` (typed as the list's page). */
function rowColumns(subquery: Pick<PageSource, keyof ReturnType<typeof pageColumns>> | object) {
  const page = subquery as PageSource;
  return {
    id: page.id,
    orgId: page.orgId,
    orgName: page.orgName,
    year: page.year,
    kind: page.kind,
    formType: page.formType,
    name: page.name,
    code: page.code,
    status: page.status,
    version: page.version,
    budgetTotal: page.budgetTotal,
    budgetCurrent: page.budgetCurrent,
    // ISO text, no Date a row (db/timestamp-text.ts): the answer writes it as it is.
    updatedAt: isoTimestamp(page.updatedAt),
    at: page.at,
  };
}

/**
 * A search's rows are first looked for among this many rows of the list, in its order, for each row of the
 * page: a part found in more than one form in twenty fills its page there.
 */
const SEARCH_WINDOW_PER_ROW = 20;

/**
 * A search's statements of one shape, each planned once (generic plans: db/prepared.ts), whatever its pattern:
 * - `gated`: its matches counted up to the cap and, when they are that few, its page — a selective part is read
 *   from the trigram index and its few rows sorted; the page is not read when more match (`c.n` tested once,
 *   before it: a one-time filter), since sorting every form that matches an unselective part cost more than
 *   the page (518 ms at 60,000);
 * - `window`: an unselective part's page, from the rows at the head of the list (the sort index, no sort):
 *   `SEARCH_WINDOW_PER_ROW` × the page's rows, those that match;
 * - `page`: the whole search's page, when the matches are not where the window looked (rare: they are many).
 */
function searchStatements(ex: Executor, scope: Scope, f: FormFilter, mode: SearchMode) {
  const cond = listConditions(ex, scope, f, mode);
  // The matches, up to one more than the cap, read once (a statement's CTE read twice is kept): counted, and
  // when they are that few, sorted for the page — a second read of them cost as much as the first.
  const matches = ex.$with('matches').as(
    ex
      .select(pageColumns())
      .from(forms)
      .where(cond)
      .limit(EXACT_COUNT + 1),
  );
  const counted = ex
    .select({ n: sql<number>`count(*)`.as('n') })
    .from(matches)
    .as('counted');
  const after = afterPlaced(matches.updatedAt, matches.id, !f.after);
  const few = ex
    .select({ ...matches._.selectedFields })
    .from(matches)
    .where(and(sql`${counted.n} <= ${EXACT_COUNT}`, after))
    .orderBy(sql`${matches.updatedAt} desc nulls last`, asc(matches.id))
    .limit(p('limit'))
    .as('page');
  const gated = ex
    .with(matches)
    .select({
      ...rowColumns(few),
      matching: counted.n,
      // Above the cap, how many forms the list holds (the table's estimate: an upper bound for a scope):
      // with the search's estimate, whether the window is likely to hold its page.
      listed: sql<
        number | string | null
      >`case when ${counted.n} > ${EXACT_COUNT} then ${tableEstimate(forms)} end`,
    })
    .from(counted)
    .leftJoinLateral(few, sql`true`)
    .orderBy(sql`${few.updatedAt} desc nulls last`, asc(few.id));
  // The window: the list's head without the search, each row marked whether it matches.
  const marked = ex
    .select({ ...pageColumns(), hit: searchCondition(forms.name, forms.code, mode).as('hit') })
    .from(forms)
    .where(and(listConditions(ex, scope, { ...f, q: undefined }), windowAfter(f)))
    .orderBy(...listOrder())
    .limit(p('window'))
    .as('w');
  const window = ex
    .select({ ...rowColumns(marked), matching: sql<number | null>`null` })
    .from(marked)
    .where(sql`${marked.hit}`)
    .orderBy(sql`${marked.updatedAt} desc nulls last`, asc(marked.id))
    .limit(p('limit'));
  const whole = listStatements(ex, scope, f, 'none', mode, true);
  return {
    gated: prepareBuilt(gated, true),
    window: prepareBuilt(window, true),
    page: whole.page,
    count: prepareCount(ex, forms, cond),
    query: gated,
    windowQuery: window,
  };
}

/** The placeholders' values of a search's statements: a list's, and the window's rows. */
function searchValues(scope: Scope, f: FormFilter): Values {
  return { ...listValues(scope, f), window: SEARCH_WINDOW_PER_ROW * (f.limit + 1) };
}

/** A search page's rows after its cursor, if any (the window starts there). */
function windowAfter(f: FormFilter): SQL | undefined {
  return afterPlaced(forms.updatedAt, forms.id, !f.after);
}

/**
 * A page of a search (`q`) from its first row or a cursor: planned once for every pattern (`searchStatements`).
 * The rows the same as the list filtered by the pattern; the total counted up to the cap, above it estimated.
 */
async function searchForms(ex: Executor, scope: Scope, f: FormFilter & { q: string }) {
  const mode = searchMode(f.q);
  const shape = `forms.search ${listShape(scope, f)} ${mode}`;
  const values = searchValues(scope, f);
  const statements = preparedFor(ex, shape, () => searchStatements(ex, scope, f, mode));
  const gated = await statements.gated.execute(values);
  const n = Number(gated[0]?.matching ?? 0);
  // Without a page (more match than the cap, or none), the one row carries the count alone.
  let rows = gated.filter((r) => r.id !== null) as Awaited<ReturnType<typeof statements.page.execute>>;
  // The total: counted, or above the cap estimated (kept a minute for the same search, its cursor pages too:
  // the estimate's key leaves the page's position out).
  const searched = `forms.search ${listShape(scope, { ...f, after: undefined, offset: 0 })} ${mode}`;
  const count =
    n > EXACT_COUNT || !f.after
      ? await preparedTotal(statements.count, n, values, {
          ex,
          counting: countedAnyway(pageCounting(ex, true, searched, values)),
        })
      : undefined;
  if (n > EXACT_COUNT) {
    // The window when the matches, spread evenly, would fill its page twice over; else (or if it falls short)
    // the whole search's page: sorting a few thousand matches costs less than a window that misses.
    const listed = Number(gated[0]?.listed ?? 0);
    const expected = listed > 0 ? (count!.total / listed) * Number(values.window) : 0;
    if (expected >= 2 * (f.limit + 1)) rows = await statements.window.execute(values);
    if (rows.length <= f.limit) rows = await statements.page.execute(values);
  }
  const { shown, more } = pageOf(rows, f.limit);
  // A search counts on its first page only.
  return { items: shown, ...pageEnd(shown, more, f.after ? undefined : count) };
}

/** A search's statements as built (prepared by `listForms`), and their values: to read their plans in tests. */
export function searchPageStatements(ex: Executor, scope: Scope, f: FormFilter & { q: string }) {
  const statements = searchStatements(ex, scope, f, searchMode(f.q));
  return { gated: statements.query, window: statements.windowQuery, values: searchValues(scope, f) };
}

/** A list page's statement as built (prepared by `listFormsJoined`), and its values: to read its plan in tests. */
export function listPageStatement(ex: Executor, scope: Scope, f: FormFilter) {
  const counting = f.after ? 'none' : 'estimate';
  return { query: joinedListStatements(ex, scope, f, counting).query, values: listValues(scope, f) };
}

/**
 * A first page's total: from the kept estimate when the statement did not count (`estimated`), else from the
 * count its rows carry — or, for an offset past the last row, which has no row to carry it, counted on its own.
 */
async function listTotal(
  count: PreparedCount,
  counting: PageCounting,
  values: Values,
  rows: number,
  matching: unknown,
  f: FormFilter,
  more: boolean,
  ex: Executor,
) {
  const uncounted =
    counting.kind === 'estimated' ? uncountedTotal(counting, f.offset, rows, more) : undefined;
  if (uncounted) return uncounted;
  const n =
    rows === 0 && f.offset > 0
      ? Number((await count.count.execute(values))[0]?.n ?? 0)
      : Number(matching ?? 0);
  return preparedTotal(count, n, values, { ex, counting });
}

/**
 * Whether a page is a search's (`searchForms`: its statements choose among reads by its matches). A search by
 * offset (rare: the web pages by cursor) keeps plans made for its pattern, as a list by offset.
 */
export function isSearchPage(f: FormFilter): f is FormFilter & { q: string } {
  return Boolean(f.q) && pagePosition(f) !== 'offset';
}

export async function listForms(ex: Executor, scope: Scope, f: FormFilter) {
  if (isSearchPage(f)) return searchForms(ex, scope, f);
  const values = listValues(scope, f);
  const shape = 'forms.list ' + listShape(scope, f);
  const counting = pageCounting(ex, !f.after, shape, values);
  const statements = preparedFor(ex, `${shape} ${counting.kind}`, () =>
    listStatements(ex, scope, f, counting.kind),
  );
  const rows = await statements.page.execute(values);
  const { shown, more } = pageOf(rows, f.limit);
  const count = !f.after
    ? await listTotal(statements.count, counting, values, rows.length, rows[0]?.matching, f, more, ex)
    : undefined;
  return {
    // The rows as read, `at` and `matching` included: the answer is written through the contract's
    // formListItem, which leaves them out (a copy of every row without them cost a page's CPU for nothing).
    items: shown,
    ...pageEnd(shown, more, count),
  };
}

/**
 * A page of the forms list as the forms keep their items, joined into one row (`joinedListStatements`), and its
 * end: the same page, total and cursor as `listForms` reads as objects. A search by name or code (`q`, not by
 * offset) is read as objects by `listForms`.
 */
export async function listFormsJoined(
  ex: Executor,
  scope: Scope,
  f: FormFilter,
): Promise<{ shown: JoinedRow; end: ReturnType<typeof pageEnd> }> {
  const values = listValues(scope, f);
  const shape = 'forms.joined ' + listShape(scope, f);
  const counting = pageCounting(ex, !f.after, shape, values);
  const statements = preparedFor(ex, `${shape} ${counting.kind}`, () =>
    joinedListStatements(ex, scope, f, counting.kind),
  );
  const page = joinedRead(await statements.page.execute(values), f.limit);
  const row = page.shown;
  const count = !f.after
    ? await listTotal(statements.count, counting, values, row.rows, row.matching, f, page.more, ex)
    : undefined;
  return {
    shown: row,
    end: {
      total: count ? count.total : null,
      totalCapped: count?.estimated ?? false,
      nextCursor: page.last ? encodeCursor(page.last) : null,
    },
  };
}

export async function listVersions(ex: Executor, key: FormKey) {
  return ex
    .select({
      version: formVersions.version,
      createdAt: formVersions.createdAt,
      createdBy: formVersions.createdBy,
      note: formVersions.note,
    })
    .from(formVersions)
    .where(ofForm(formVersions, key))
    .orderBy(asc(formVersions.version));
}

export async function findVersion(ex: Executor, key: FormKey, version: number) {
  const rows = await ex
    .select()
    .from(formVersions)
    .where(and(ofForm(formVersions, key), eq(formVersions.version, version)))
    .limit(1);
  return rows[0];
}
