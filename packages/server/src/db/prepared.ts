// Hot statements built once and run as named prepared statements: drizzle builds their SQL text once per
// database handle (values are sql.placeholder parameters), and PostgreSQL parses each text once per
// connection and, on PostgreSQL, plans it once (a generic plan, on a pool of its own: `usesGenericPlans`) —
// instead of every request building the text in Node and the database parsing and planning it anew. PGlite
// runs the same text unnamed.
// Only statements of a few shapes (a list's filters present or not) are prepared so: each connection keeps
// every statement it has prepared, so a text with values inlined or a list of varying length never is.
import { createHash } from 'node:crypto';
import { Column, is, noopDecoder, SQL, Subquery } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/** Placeholder values by name. */
export type Values = Record<string, unknown>;

export interface Prepared<R> {
  execute(values: Values): Promise<R[]>;
}

/**
 * The statement's name, from its text: the same text has the same name on every connection, and two texts
 * never share one (PostgreSQL rejects a name prepared again with another text). 63 bytes at most.
 */
export function statementName(text: string): string {
  return 'jx_' + createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

/** The pool whose sessions keep generic plans, by the main pool it serves (client.ts `fromPostgres`). */
const genericPools = new WeakMap<object, object>();

/**
 * Runs the prepared statements of `pool` (the database handle's own, not a transaction's connection) on
 * `generic`, whose sessions use `plan_cache_mode = force_generic_plan`. PostgreSQL otherwise plans a list
 * statement anew on every run: its `limit` is a parameter, a generic plan reckons a tenth of the table for it
 * and never looks cheaper than the custom one, so the plan cache never keeps it (docs/scale.md). Forced, a
 * list statement is planned once per connection; each list's generic plan is checked in
 * generic-plans.test.ts (its index, the year's partitions pruned as it runs).
 */
export function usesGenericPlans(pool: object, generic: object): void {
  genericPools.set(pool, generic);
}

/**
 * A statement whose plan depends on a value in a way a generic plan cannot know: a pattern (`like $n`) is
 * turned into an index range only when its text is known. Such a statement keeps plans made for its values.
 */
export function needsItsValues(text: string): boolean {
  return /\b(i?like|similar\s+to)\s+\$\d/i.test(text);
}

/** drizzle's prepared query: the client it runs on (the pool, a transaction's connection, PGlite). */
interface PreparedClient {
  client?: object;
}

/**
 * The prepared statement on the generic-plan pool when its handle's pool has one and its plan may be generic:
 * no pattern in its text, or (`patternsIndexed`) patterns that its plan reads alike whatever their values —
 * by a trigram index, or in no index at all.
 */
function onGenericPool(prepared: unknown, text: string, patternsIndexed = false): void {
  const p = prepared as PreparedClient;
  const generic = p.client && genericPools.get(p.client);
  if (generic && (patternsIndexed || !needsItsValues(text))) p.client = generic;
}

/**
 * A raw statement whose values are `sql.placeholder`s, prepared under its text's name. `patternsIndexed`: as
 * `prepareBuilt`'s (its patterns read alike whatever their values: a generic plan serves them all).
 */
export function prepareSql<R>(ex: Executor, query: SQL, patternsIndexed = false): Prepared<R> {
  const built = new PgDialect().sqlToQuery(query);
  const prepared = ex._.session.prepareQuery(built, undefined, statementName(built.sql), false);
  onGenericPool(prepared, built.sql, patternsIndexed);
  return {
    execute: async (values) => ((await prepared.execute(values)) as { rows: R[] }).rows,
  };
}

/**
 * A query builder's statement (placeholders for its values), prepared under its text's name. `patternsIndexed`:
 * its patterns (`like $n`) are read by a trigram index or by no index, so that a generic plan serves every
 * value (see `onGenericPool`); a statement whose pattern could be a B-tree range keeps plans made for its values.
 */
export function prepareBuilt<P>(
  query: { toSQL(): { sql: string }; prepare(name: string): P },
  patternsIndexed = false,
): P {
  const text = query.toSQL().sql;
  const prepared = query.prepare(statementName(text));
  onGenericPool(prepared, text, patternsIndexed);
  return withFlatRows(prepared);
}

/** A prepared query builder's statement whose flat rows are mapped by `flatRowMapper` (a nested selection keeps drizzle's). */
export function withFlatRows<P>(prepared: P): P {
  const p = prepared as unknown as PreparedInternals;
  if (p.fields && !p.customResultMapper) p.customResultMapper = flatRowMapper(p.fields);
  return prepared;
}

/** What drizzle's prepared query keeps of its selection (both drivers' prepared queries have these). */
interface PreparedInternals {
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: (rows: unknown[][]) => unknown[];
}

type Decoder = { mapFromDriverValue(value: unknown): unknown };

/** drizzle's decoders that hand the driver's value on as it is (a column's default, a plain `sql` field's). */
const IDENTITY_DECODERS = new Set<unknown>([
  Column.prototype.mapFromDriverValue,
  noopDecoder.mapFromDriverValue,
]);

/**
 * The rows of a flat selection (every field a top-level key: the list pages), each made by one function
 * compiled once for the selection: an object literal of its keys, in the selection's order, each value through
 * its field's decoder where it has one that is not the identity. drizzle's own mapper finds each field's
 * decoder again for every field of every row (`is()` walks the field's class chain) and walks its path; a
 * loop over the fields with decoders found once still called each (the identity for most, through the alias
 * proxy of a subquery's column) and built each row by 15 keyed stores: 50 µs a page of 51 rows, against 10 µs
 * so (docs/scale.md, thirty-first session). The same objects; a nested selection keeps drizzle's mapper.
 */
export function flatRowMapper(
  fields: { path: string[]; field: unknown }[],
): ((rows: unknown[][]) => unknown[]) | undefined {
  if (!fields.every((f) => f.path.length === 1)) return undefined;
  const keys = fields.map((f) => f.path[0]!);
  // `__proto__` as a literal key would set the row's prototype, not a field: left to drizzle.
  if (keys.includes('__proto__')) return undefined;
  // drizzle's own choice of decoder (utils.js mapResultRow).
  const decoderOf = (s: unknown) => (s as { decoder: Decoder }).decoder;
  const decoders = fields.map(({ field }): Decoder => {
    if (is(field, Column)) return field;
    if (is(field, SQL)) return decoderOf(field);
    if (is(field, Subquery)) return decoderOf((field._ as unknown as { sql: SQL }).sql);
    return decoderOf((field as SQL.Aliased).sql);
  });
  // Each decoder's function read once (a subquery's column answers through drizzle's alias proxy), called
  // with its decoder as `this`, as drizzle calls it; none where it is the identity.
  const decode = decoders.map((d) => {
    const f = d.mapFromDriverValue;
    return IDENTITY_DECODERS.has(f) ? undefined : (v: unknown) => f.call(d, v);
  });
  const row = compiledRow(keys, decode);
  return (rows) => rows.map(row);
}

/**
 * `(values) => ({ key0: values[0], key1: decode1(values[1]), … })`, compiled: an object literal makes every
 * row with one hidden class at once (and the answer's serializer reads them by it), where stores of computed
 * keys in a loop go through V8's megamorphic store stub, one lookup per field. The keys are the selection's
 * own (names in this code, never data), written as JSON string literals (`__proto__` never: see above); a
 * null is kept as null (drizzle decodes no null).
 */
function compiledRow(
  keys: string[],
  decode: (((v: unknown) => unknown) | undefined)[],
): (values: unknown[]) => Record<string, unknown> {
  const fields = keys.map((k, i) => {
    const v = `v[${i}]`;
    return `${JSON.stringify(k)}: ${decode[i] ? `${v} === null ? null : d[${i}](${v})` : v}`;
  });
  return new Function('d', `return (v) => ({ ${fields.join(', ')} });`)(decode) as (
    values: unknown[],
  ) => Record<string, unknown>;
}

// Built statements by database handle and shape; a transaction is a handle of its own, dropped with it.
const byHandle = new WeakMap<Executor, Map<string, unknown>>();

/**
 * The statements of one shape for this handle, built by `make` on first use. `shape` names the statement
 * set and everything that changes its text (never a value: values are placeholders).
 */
export function preparedFor<T>(ex: Executor, shape: string, make: () => T): T {
  let shapes = byHandle.get(ex);
  if (!shapes) {
    shapes = new Map();
    byHandle.set(ex, shapes);
  }
  let made = shapes.get(shape) as T | undefined;
  if (made === undefined) {
    made = make();
    shapes.set(shape, made);
  }
  return made;
}

/**
 * The executed plan (`EXPLAIN (ANALYZE, FORMAT JSON)`) of a built statement with these placeholder values:
 * for tests that say how a statement reads its table (e.g. how many rows it fetches), on either engine.
 */
export async function explainBuilt(
  ex: Executor,
  query: { toSQL(): { sql: string; params: unknown[] } },
  values: Values,
): Promise<unknown> {
  const built = query.toSQL();
  const explained = ex._.session.prepareQuery(
    { sql: `explain (analyze, format json) ${built.sql}`, params: built.params },
    undefined,
    undefined,
    false,
  );
  const rows = ((await explained.execute(values)) as { rows: { 'QUERY PLAN': unknown }[] }).rows;
  const plan = rows[0]?.['QUERY PLAN'];
  return typeof plan === 'string' ? JSON.parse(plan) : plan;
}
