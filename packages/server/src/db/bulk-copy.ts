// Bulk loads by COPY: rows of a Drizzle table written as CSV and streamed to the database in one
// statement per table (PostgreSQL through pg-copy-streams, PGlite through its /dev/blob device),
// instead of multi-row INSERTs whose parameters are bound and parsed value by value.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Copies CSV text (RFC 4180, no header) into `table`'s `columns`, inside the caller's transaction. */
export type CopyCsv = (table: string, columns: readonly string[], csv: Iterable<string>) => Promise<void>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[]) =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FORMAT csv)`;

/** COPY on a checked-out `pg` connection. */
export function postgresCopy(client: pg.PoolClient | pg.Client): CopyCsv {
  return async (table, columns, csv) => {
    await pipeline(Readable.from(csv), client.query(copyFrom(copySql(table, columns))));
  };
}

/** COPY into PGlite: the CSV is handed over as one blob (PGlite has no streaming COPY). */
export function pgliteCopy(client: Pick<PGlite, 'query'>): CopyCsv {
  return async (table, columns, csv) => {
    const sql = copySql(table, columns).replace('FROM STDIN', "FROM '/dev/blob'");
    await client.query(sql, [], { blob: new Blob([...csv]) });
  };
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return ''; // unquoted empty: NULL
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.replace(/"/g, '""')}"`; // quoted: an empty string stays a string
}

/**
 * Copies Drizzle insert rows into their table. The columns are those some row gives; the others take
 * their defaults, and a row that leaves out a copied column gets NULL there.
 */
export async function copyRows<T extends Table>(copy: CopyCsv, table: T, rows: readonly T['$inferInsert'][]) {
  const all = getTableColumns(table);
  const given = new Set<string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (v !== undefined) given.add(k);
  const keys = Object.keys(all).filter((k) => given.has(k));
  if (rows.length === 0 || keys.length === 0) return;
  await copy(
    getTableName(table),
    keys.map((k) => all[k]!.name),
    csvLines(keys, new Set(keys.filter((k) => all[k]!.dataType === 'json')), rows),
  );
}

function* csvLines(
  keys: readonly string[],
  json: ReadonlySet<string>,
  rows: readonly Record<string, unknown>[],
): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    // A JSON column's value is always JSON text, a string value included.
    chunk += keys.map((k) => cell(json.has(k) && row[k] != null ? JSON.stringify(row[k]) : row[k])).join(',') + '\n';
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
