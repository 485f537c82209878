// Other ways of answering a round's entries and the audit log, as routes of the bench's own (never the
// product's), for list-whole-cpu.ts to weigh against the product's routes in one process. Each route takes the
// product route's access, query and cursors and answers the same JSON:
// - `/bench/rows/…`: the page as rows of fields, made into objects and written by the route's serializer — the
//   path before h-deep35 (main d9128431): the entries by roundEntriesResponse's compiled serializer, the audit
//   log by JSON.stringify of its rows (`before`/`after` parsed by the driver).
// - `/bench/items/…`: each row's item as its JSON text written by the statement (the product's), the rows not
//   joined into one: the driver decodes one field a row, the server joins the items.
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { auditQuery, idParams, roundEntriesQuery, roundEntriesResponse } from '@jixiao/core/contracts';
import type { Executor } from '../packages/server/src/db/client.ts';
import { monitoringEntries as e, monitoringRoundTotals } from '../packages/server/src/db/schema.ts';
import { featureRoutes, type RoutePlugin } from '../packages/server/src/http/route-plugin.ts';
import { actorOf, type Actor } from '../packages/server/src/http/access.ts';
import { decodeCursor, decodeIdCursor, type TimeIdCursor } from '../packages/server/src/http/list-cursor.ts';
import { pageCountColumn, prepareCount } from '../packages/server/src/db/count-capped.ts';
import { prepareBuilt, preparedFor } from '../packages/server/src/db/prepared.ts';
import { afterPlaced, keptFirstPage, keysetPage, rowsRead } from '../packages/server/src/db/keyset.ts';
import { isoTimestamp } from '../packages/server/src/db/timestamp-text.ts';
import { formScope, type Scope } from '../packages/server/src/features/forms/form-access.ts';
import { scopeValues } from '../packages/server/src/features/evaluation-common/evaluation-scope.ts';
import {
  entryPageQuery,
  type EntryCount,
  type StatusShape,
} from '../packages/server/src/features/monitoring/monitoring.repo.ts';
import { listAudit } from '../packages/server/src/features/audit/audit.repo.ts';
import { evaluationReaders as readers } from '../packages/server/src/features/evaluation-common/file-routes.ts';

const route = featureRoutes('bench');

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

/** The round's entries as kept in its totals row (monitoring.repo.ts's, not exported). */
function keptEntries(): SQL<number> {
  const t = monitoringRoundTotals;
  const p = (name: string) => sql.placeholder(name);
  return sql<number>`coalesce((select ${t.entries} from ${t}
    where ${t.regionCode} = ${p('regionCode')} and ${t.roundId} = ${p('roundId')}), 0)`;
}

/** The rows path's statements of one shape: the product's condition, d9128431's columns. */
function rowStatements(
  ex: Executor,
  kind: Scope['kind'],
  status: StatusShape,
  hasOrg: boolean,
  counting: EntryCount,
) {
  const { cond } = entryPageQuery(ex, kind, status, hasOrg, counting);
  const p = (name: string) => sql.placeholder(name);
  const page = ex
    .select({
      ...entryListColumns,
      at: sql<string>`${e.updatedAt}::text`,
      matching: counting === 'kept' ? keptEntries() : pageCountColumn(counting, e, cond),
    })
    .from(e)
    .where(and(cond, eq(e.regionCode, p('regionCode')), afterPlaced(e.updatedAt, e.id, counting !== 'none')))
    .orderBy(sql`${e.updatedAt} desc nulls last`, asc(e.id))
    .limit(p('limit'));
  return { page: prepareBuilt(page), count: prepareCount(ex, e, cond) };
}

/** The product's statements of rows, each its item's text, not joined. */
function itemStatements(
  ex: Executor,
  kind: Scope['kind'],
  status: StatusShape,
  hasOrg: boolean,
  counting: EntryCount,
) {
  const { page, cond } = entryPageQuery(ex, kind, status, hasOrg, counting);
  return { page: prepareBuilt(page), count: prepareCount(ex, e, cond) };
}

interface EntriesAsk {
  limit: number;
  cursor?: string | undefined;
  status?: string | undefined;
  orgId?: string | undefined;
}

/** A page of entries by `statementsOf`'s statements, as monitoring.repo.ts's `listEntries` reads it. */
async function entryPage<R extends TimeIdCursor & { matching?: unknown }>(
  ex: Executor,
  actor: Actor,
  roundId: string,
  q: EntriesAsk,
  name: string,
  statementsOf: (
    ex: Executor,
    kind: Scope['kind'],
    status: StatusShape,
    hasOrg: boolean,
    counting: EntryCount,
  ) => { page: unknown; count: ReturnType<typeof prepareCount> },
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
  type S = {
    page: { execute(v: Record<string, unknown>): Promise<R[]> };
    count: ReturnType<typeof prepareCount>;
  };
  const made = (counting: EntryCount) =>
    statementsOf(ex, scope.kind, status, hasOrg, counting) as unknown as S;
  if (!after && scope.kind === 'all' && status === 'any' && !hasOrg) {
    const statements = preparedFor(ex, `${shape} kept`, () => made('kept'));
    return keptFirstPage(statements.page, filter, q.limit, rowsRead);
  }
  return keysetPage(ex, shape, filter, { after, limit: q.limit }, made);
}

/** The bench's routes (see the head of this file). */
export function variantRoutes(db: Executor): RoutePlugin {
  return async (app) => {
    app.get(
      '/bench/rows/monitoring/rounds/:id/entries',
      route(readers, 'bench: entries as rows', {
        params: idParams,
        querystring: roundEntriesQuery,
        response: { 200: roundEntriesResponse },
      }),
      async (request) => {
        const { shown, end } = await entryPage<
          TimeIdCursor & { matching?: unknown } & Record<string, unknown>
        >(db, actorOf(request), request.params.id, request.query, 'rows', rowStatements);
        return { items: shown as never[], ...end };
      },
    );
    app.get(
      '/bench/items/monitoring/rounds/:id/entries',
      route(readers, 'bench: entries as item rows', { params: idParams, querystring: roundEntriesQuery }),
      async (request, reply) => {
        const { shown, end } = await entryPage<TimeIdCursor & { item: string; matching?: unknown }>(
          db,
          actorOf(request),
          request.params.id,
          request.query,
          'items',
          itemStatements,
        );
        let text = `{"items":[${shown.map((r) => r.item).join(',')}]`;
        for (const [key, value] of Object.entries(end))
          text += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
        return reply.type('application/json; charset=utf-8').send(Buffer.from(`${text}}`));
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

export type VariantApp = FastifyInstance;
