// Hot statements built once and run as named prepared statements: drizzle builds their SQL text once per
// database handle (values are sql.placeholder parameters), and PostgreSQL parses each text once per
// connection and, after its first runs, keeps a generic plan — instead of every request building the text
// in Node and the database parsing and planning it anew. PGlite runs the same text unnamed.
// Only statements of a few shapes (a list's filters present or not) are prepared so: each connection keeps
// every statement it has prepared, so a text with values inlined or a list of varying length never is.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
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

/** A raw statement whose values are `sql.placeholder`s, prepared under its text's name. */
export function prepareSql<R>(ex: Executor, query: SQL): Prepared<R> {
  const built = new PgDialect().sqlToQuery(query);
  const prepared = ex._.session.prepareQuery(built, undefined, statementName(built.sql), false);
  return {
    execute: async (values) => ((await prepared.execute(values)) as { rows: R[] }).rows,
  };
}

/** A query builder's statement (placeholders for its values), prepared under its text's name. */
export function prepareBuilt<P>(query: { toSQL(): { sql: string }; prepare(name: string): P }): P {
  return query.prepare(statementName(query.toSQL().sql));
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
