// The database, chosen once at start-up: embedded PGlite (data folder or memory) or a PostgreSQL
// server via `pg`. Both are exposed as the same Drizzle database type; `close()` must be called.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';
import { pgliteCopy, postgresCopy, type CopyText } from './bulk-copy.ts';
import { usesGenericPlans } from './prepared.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: repository functions accept either. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Applies pending migrations (one history for both drivers). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, when embedded (for dump/clone in tests and backup). */
  pglite?: PGlite;
  /**
   * Receives the notifications of a channel (delivered after the sending transaction commits).
   * `onLost` is called when notifications may have been missed: when the listening connection broke,
   * and again once a new one listens (what was announced in between was not heard). Returns the function that stops listening.
   */
  /**
   * Runs `load` in one transaction on one connection with COPY (bulk-copy.ts): all of it is loaded or none.
   * `exec` runs a statement without parameters on the same connection (a setting for the transaction).
   */
  bulkCopy(
    load: (copy: CopyText, exec: (statement: string) => Promise<void>) => Promise<void>,
  ): Promise<void>;
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Wraps an open PGlite instance. */
export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    pglite: client,
    bulkCopy: async (load) => {
      await client.transaction(async (tx) =>
        load(pgliteCopy(tx), async (statement) => {
          await tx.query(statement);
        }),
      );
    },
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    listen: async (channel, onNotify) => {
      const stop = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** How long an unused connection stays open (a quiet spell longer than this closes it). */
export const POOL_IDLE_MS = 5 * 60_000;

/**
 * Connects to a PostgreSQL server: a pool of `max` connections for every statement, and a smaller one of
 * `listMax` whose sessions keep generic plans (`plan_cache_mode = force_generic_plan`) for the prepared list
 * statements alone (prepared.ts `usesGenericPlans`): planned once per connection instead of on every run,
 * where drizzle's unnamed statements on the main pool keep plans made for their values.
 */
export function fromPostgres(url: string, max = 10, listMax = Math.max(2, Math.ceil(max / 2))): Database {
  // Connections are kept between bursts: a backend opened anew spends 15–20 ms on its first statement
  // (loading the catalog of the partitioned tables, preparing the lists again), and pg's default of
  // closing a connection after 10 s idle put that cost on the first requests of every busy spell.
  const kept = { idleTimeoutMillis: POOL_IDLE_MS };
  const pool = new pg.Pool({ connectionString: url, max, ...kept });
  const listPool =
    listMax > 0
      ? new pg.Pool({
          connectionString: url,
          max: listMax,
          options: '-c plan_cache_mode=force_generic_plan',
          ...kept,
        })
      : undefined;
  // A dropped connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  listPool?.on('error', () => undefined);
  if (listPool) usesGenericPlans(pool, listPool);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: 'postgres',
    bulkCopy: async (load) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await load(postgresCopy(client), async (statement) => {
          await client.query(statement);
        });
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    migrate: async () => {
      await migratePg(drizzlePg(pool), { migrationsFolder });
    },
    listen: (channel, onNotify, onLost) => listenOnPostgres(url, channel, onNotify, onLost),
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), listPool?.end()]);
    },
  };
}

/** Opens the configured database: PostgreSQL when a URL is given, otherwise PGlite in `dataDir`. */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  databasePoolSize?: number | undefined;
  dataDir: string;
}): Promise<Database> {
  if (opts.databaseUrl) return fromPostgres(opts.databaseUrl, opts.databasePoolSize);
  mkdirSync(opts.dataDir, { recursive: true });
  const release = lockDataDir(opts.dataDir);
  try {
    const client = await PGlite.create(opts.dataDir);
    const database = fromPglite(client);
    return {
      ...database,
      close: async () => {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/**
 * One process per PGlite folder: a second server or a `restore` while the server runs would corrupt
 * it. The lock is a file holding the owner's pid; a lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'jixiao.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(lockFile, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(`数据目录 ${dataDir} 正被另一个 Jixiao 进程（pid ${pid}）使用：请先停止它`, {
          cause: e,
        });
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to queries); when it breaks, the
 * listener is told that notifications may be lost and a new connection listens again.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onLost: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    const lost = () => {
      if (stopped || client !== c) return;
      client = undefined;
      onLost();
      retry = setTimeout(() => void connect().catch(() => lost()), 1000).unref();
    };
    c.on('error', lost);
    c.on('end', lost);
    client = c;
    await c.connect();
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    // Listening again: what was announced between the break and now was not heard.
    if (replacing) onLost();
    replacing = true;
  };
  let replacing = false;
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

/** Runs raw SQL and returns its rows (both drivers return `{ rows }`). */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Independent reads: at once on the pool (each on a connection of its own), one after another in a
 * transaction, whose one connection takes one statement at a time (`pg` warns of a query sent while
 * another runs on the same client, and pg@9 refuses it).
 */
export async function readTogether<T extends readonly unknown[]>(
  ex: Executor,
  reads: { [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  if (!is(ex, PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
