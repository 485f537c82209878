// Other ways of answering a round's entries and the audit log, as routes of the bench's own (never the
// product's), for list-whole-cpu.ts to weigh against the product's routes in one process. Each route takes the
// product route's access, query and cursors and answers the same JSON (the product: a round's entries as the
// rows' kept item texts, migration 0054; the audit log joined into one row, h-deep35):
// - `/bench/rows/…`: the page as rows of fields, made into objects and written by the route's serializer — the
//   path before h-deep35 (main d9128431): the entries by roundEntriesResponse's compiled serializer, the audit
//   log by JSON.stringify of its rows (`before`/`after` parsed by the driver).
// - `/bench/joined/…` (entries): each row's JSON written by the statement and the page joined into one row —
//   main ffe40e29's path (h-deep35).
// - `/bench/keptRows/…` (entries): the kept item texts (migration 0054) as rows, not joined: the server joins them.
// - `/bench/items/…` (entries): each row's JSON written by the statement, the rows not joined: the driver decodes
//   one field a row, the server joins the texts.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { auditQuery, idParams, roundEntriesQuery, roundEntriesResponse } from '@jixiao/core/contracts';
import type { Executor } from '../packages/server/src/db/client.ts';
import { monitoringEntries as e, monitoringRoundTotals } from '../packages/server/src/db/schema.ts';
import { featureRoutes, type RoutePlugin } from '../packages/server/src/http/route-plugin.ts';
import { actorOf, type Actor } from '../packages/server/src/http/access.ts';
import { decodeCursor, decodeIdCursor, type TimeIdCursor } from '../packages/server/src/http/list-cursor.ts';
import { pageCountColumn, prepareCount, type PreparedCount } from '../packages/server/src/db/count-capped.ts';
import { prepareBuilt, preparedFor, prepareSql, type Values } from '../packages/server/src/db/prepared.ts';
import {
  afterPlaced,
  keptFirstPage,
  keysetPageRead,
  rowsRead,
  type PageRead,
} from '../packages/server/src/db/keyset.ts';
import { isoTimestamp } from '../packages/server/src/db/timestamp-text.ts';
import { digitsOf, isoOf, jsonObjectText, jsonOf, quotedOf } from '../packages/server/src/db/json-text.ts';
import { joinedAnswer, joinedPage, joinedRead, type JoinedRow } from '../packages/server/src/db/json-page.ts';
import { formScope, type Scope } from '../packages/server/src/features/forms/form-access.ts';
import { scopeValues } from '../packages/server/src/features/evaluation-common/evaluation-scope.ts';
import { evaluationReaders as readers } from '../packages/server/src/features/evaluation-common/file-routes.ts';
import {
  entryPageQuery,
  type EntryCount,
  type StatusShape,
} from '../packages/server/src/features/monitoring/monitoring.repo.ts';
import { listAudit } from '../packages/server/src/features/audit/audit.repo.ts';

const route = featureRoutes('bench');

/** `{"items":[…],…end}` of items each read as its own JSON text: joined by `,`, encoded once. */
function itemsAnswer(items: readonly string[], end: Record<string, unknown>): Buffer {
  let text = `{"items":[${items.join(',')}]`;
  for (const key of Object.keys(end)) text += `,${JSON.stringify(key)}:${JSON.stringify(end[key])}`;
  return Buffer.from(`${text}}`);
}

/** d9128431's columns of an entry's page: flat, as the answer's rows, the time as ISO text. */
const entryListColumns = {
  id: e.id,
  formId: e.formId,
  orgName: e.orgName,
  projectName: e.projectName,
  projectCode: e.projectCode,
  status: e.status,
  budgetLight: e.budgetLight,
  worstLight: e.worstLight,
  redCount: e.redCount,
  yellowCount: e.yellowCount,
  executionRate: e.executionRate,
  updatedAt: isoTimestamp(e.updatedAt),
};

/** ffe40e29's item written by the statement (monitoring.repo.ts's `entryItemText` then). */
const entryItemText = jsonObjectText([
  ['id', quotedOf(e.id, false)],
  ['formId', quotedOf(e.formId, false)],
  ['orgName', jsonOf(e.orgName, false)],
  ['projectName', jsonOf(e.projectName, false)],
  ['projectCode', jsonOf(e.projectCode, true)],
  ['status', jsonOf(e.status, false)],
  ['budgetLight', jsonOf(e.budgetLight, true)],
  ['worstLight', jsonOf(e.worstLight, true)],
  ['redCount', digitsOf(e.redCount, false)],
  ['yellowCount', digitsOf(e.yellowCount, false)],
  ['executionRate', quotedOf(e.executionRate, true)],
  ['updatedAt', isoOf(e.updatedAt)],
]);

/** The round's entries as kept in its totals row (monitoring.repo.ts's, not exported). */
function keptEntries(): SQL<number> {
  const t = monitoringRoundTotals;
  const p = (name: string) => sql.placeholder(name);
  return sql<number>`coalesce((select ${t.entries} from ${t}
    where ${t.regionCode} = ${p('regionCode')} and ${t.roundId} = ${p('roundId')}), 0)`;
}

/** A shape of the entries' page: scope kind, status condition, a unit given, how it counts. */
interface Shape {
  kind: Scope['kind'];
  status: StatusShape;
  hasOrg: boolean;
  counting: EntryCount;
}

/** The page's select of one shape with `columns`: the product's condition, order and limit. */
function pageSelect(ex: Executor, s: Shape, columns: Record<string, unknown>) {
  const { cond } = entryPageQuery(ex, s.kind, s.status, s.hasOrg, s.counting);
  const p = (name: string) => sql.placeholder(name);
  const page = ex
    .select({
      ...(columns as typeof entryListColumns),
      at: sql<string>`${e.updatedAt}::text`.as('at'),
      matching: (s.counting === 'kept' ? keptEntries() : pageCountColumn(s.counting, e, cond)).as('matching'),
    })
    .from(e)
    .where(
      and(cond, eq(e.regionCode, p('regionCode')), afterPlaced(e.updatedAt, e.id, s.counting !== 'none')),
    )
    .orderBy(sql`${e.updatedAt} desc nulls last`, asc(e.id))
    .limit(p('limit'));
  return { page, count: prepareCount(ex, e, cond) };
}

type Statements<R> = { page: { execute(values: Values): Promise<R[]> }; count: PreparedCount };

/** The ways' statements and how each reads its result (keyset.ts's `PageRead`). */
const ways = {
  rows: (ex: Executor, s: Shape) => {
    const { page, count } = pageSelect(ex, s, entryListColumns);
    return { page: prepareBuilt(page), count };
  },
  items: (ex: Executor, s: Shape) => {
    const { page, count } = pageSelect(ex, s, { item: entryItemText.as('item'), id: e.id });
    return { page: prepareBuilt(page), count };
  },
  joined: (ex: Executor, s: Shape) => {
    const { page, count } = pageSelect(ex, s, { item: entryItemText.as('item'), id: e.id });
    return { page: prepareSql<JoinedRow>(ex, joinedPage(page, true)), count };
  },
  keptRows: (ex: Executor, s: Shape) => {
    const { page, count } = pageSelect(ex, s, { item: sql`${e.listItem}`.as('item'), id: e.id });
    return { page: prepareBuilt(page), count };
  },
};

interface EntriesAsk {
  limit: number;
  cursor?: string | undefined;
  status?: string | undefined;
  orgId?: string | undefined;
}

/** A page of entries by one way's statements, read as monitoring.repo.ts's `listEntries` reads it. */
async function entryPage<R, S>(
  ex: Executor,
  actor: Actor,
  roundId: string,
  q: EntriesAsk,
  name: keyof typeof ways,
  read: (rows: R[], limit: number) => PageRead<S>,
) {
  const scope = formScope(actor);
  const status: StatusShape =
    q.status === undefined ? 'any' : q.status === 'not-submitted' ? 'not-submitted' : 'one';
  const hasOrg = q.orgId !== undefined;
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  const shape = `bench.${name} ${scope.kind} ${status} ${hasOrg}`;
  const filter = {
    ...scopeValues(scope),
    regionCode: actor.regionCode,
    roundId,
    status: q.status ?? null,
    orgId: q.orgId ?? null,
  };
  const made = (counting: EntryCount) =>
    ways[name](ex, { kind: scope.kind, status, hasOrg, counting }) as unknown as Statements<R>;
  if (!after && scope.kind === 'all' && status === 'any' && !hasOrg) {
    const statements = preparedFor(ex, `${shape} kept`, () => made('kept'));
    return keptFirstPage(statements.page, filter, q.limit, read);
  }
  return keysetPageRead(ex, shape, filter, { after, limit: q.limit }, made, read);
}

type Row = TimeIdCursor & { matching?: unknown };

/** The bench's routes (see the head of this file). */
export function variantRoutes(db: Executor): RoutePlugin {
  const entries = '/monitoring/rounds/:id/entries';
  const ask = { params: idParams, querystring: roundEntriesQuery };
  return async (app) => {
    app.get(
      `/bench/rows${entries}`,
      route(readers, 'bench: entries as rows', { ...ask, response: { 200: roundEntriesResponse } }),
      async (request) => {
        const { shown, end } = await entryPage<Row, Row[]>(
          db,
          actorOf(request),
          request.params.id,
          request.query,
          'rows',
          rowsRead,
        );
        return { items: shown as never[], ...end };
      },
    );
    for (const name of ['items', 'keptRows'] as const)
      app.get(
        `/bench/${name}${entries}`,
        route(readers, `bench: entries ${name}`, ask),
        async (request, reply) => {
          const { shown, end } = await entryPage<Row & { item: string }, (Row & { item: string })[]>(
            db,
            actorOf(request),
            request.params.id,
            request.query,
            name,
            rowsRead,
          );
          const json = itemsAnswer(
            shown.map((r) => r.item),
            end,
          );
          return reply.type('application/json; charset=utf-8').send(json);
        },
      );
    app.get(
      `/bench/joined${entries}`,
      route(readers, 'bench: entries joined', ask),
      async (request, reply) => {
        const { shown, end } = await entryPage(
          db,
          actorOf(request),
          request.params.id,
          request.query,
          'joined',
          joinedRead,
        );
        return reply.type('application/json; charset=utf-8').send(joinedAnswer(shown, end));
      },
    );
    app.get(
      '/bench/rows/audit',
      route(['admin'], 'bench: audit as rows', { querystring: auditQuery }),
      async (request) => {
        const { cursor, ...q } = request.query;
        const query = cursor === undefined ? q : { ...q, beforeId: decodeIdCursor(cursor) };
        return listAudit(db, actorOf(request).regionCode, query);
      },
    );
  };
}
