// Logical backup of the whole database, the same for PGlite and PostgreSQL: gzip'ed lines, a JSON
// header, then per chunk of rows a line `T <table>` and a line with the rows as a JSON array exactly
// as PostgreSQL rendered them (numeric digits and bytea hex kept; never parsed into JS numbers).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../db/client.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, backupTables } from './tables.ts';

const CHUNK = 2000;

export async function appliedMigrations(ex: Executor): Promise<string[]> {
  const r = await queryRows<{ hash: string }>(
    ex,
    sql`select hash from drizzle.__drizzle_migrations order by id`,
  );
  return r.map((x) => x.hash);
}

export interface BackupSummary {
  tables: Record<string, number>;
  bytes: number;
}

export async function backupTo(database: Database, outPath: string): Promise<BackupSummary> {
  const gzip = createGzip();
  // Never overwrite an existing file; readable by its owner only (it holds password hashes and every form).
  const file = createWriteStream(outPath, { flags: 'wx', mode: 0o600 });
  gzip.pipe(file);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  await database.db.transaction(
    async (tx) => {
      await write(
        JSON.stringify({
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          driver: database.driver,
          migrations: await appliedMigrations(tx),
          tables: backupTables,
        }),
      );
      // A table partitioned by year is read through its parent: every partition's rows, the DEFAULT's
      // included, under the parent's name (a restore routes each to its year's partition). A ctid is unique
      // within one partition only, so the chunks are ordered by partition, then ctid.
      for (const table of backupTables) {
        counts[table] = 0;
        for (let offset = 0; ; offset += CHUNK) {
          const r = await queryRows<{ j: string }>(
            tx,
            sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t order by tableoid, ctid limit ${CHUNK} offset ${offset}`,
          );
          if (r.length === 0) break;
          await write(`T ${table}`);
          await write(`[${r.map((x) => x.j).join(',')}]`);
          counts[table] += r.length;
          if (r.length < CHUNK) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  gzip.end();
  await once(file, 'close');
  return { tables: counts, bytes: file.bytesWritten };
}
