// Restore a logical backup into a migrated database, in one transaction: either everything is
// restored or nothing changes. Refuses a non-empty database unless `force` (which empties it first).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { appliedMigrations } from './backup.ts';
import { BACKUP_FORMAT, backupTables, seededTables, transientTables } from './tables.ts';

export class RestoreError extends Error {}

interface Header {
  format: string;
  version: number;
  migrations: string[];
  tables: string[];
}

export async function restoreFrom(
  database: Database,
  inPath: string,
  opts: { force?: boolean } = {},
): Promise<Record<string, number>> {
  const lines = createInterface({
    input: createReadStream(inPath).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new RestoreError('不是 Jixiao 备份文件（文件头无法读取）');
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError('不是 Jixiao 备份文件');
  const allowed = new Set<string>(backupTables);
  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    const ours = await appliedMigrations(tx);
    if (ours.length !== header.migrations.length || ours.some((h, i) => h !== header.migrations[i])) {
      throw new RestoreError(
        `备份的数据库结构（${header.migrations.length} 个迁移）与当前程序（${ours.length} 个迁移）不一致：请用相同版本的程序恢复`,
      );
    }
    const existing = await queryRows<{ n: string | number }>(tx, sql`select count(*) as n from orgs`);
    if (Number(existing[0]?.n ?? 0) > 0) {
      if (!opts.force) throw new RestoreError('目标数据库不是空的：如确需覆盖，请加 --force');
      // The kept tables too: each is counted again as the rows are restored, and one not tied to a restored
      // table by a foreign key (the year's indicator counts) would not be emptied by the cascade.
      await tx.execute(
        sql.raw(`TRUNCATE ${[...backupTables, ...transientTables].map((t) => `"${t}"`).join(', ')} CASCADE`),
      );
    } else {
      await tx.execute(sql.raw(`TRUNCATE ${seededTables.map((t) => `"${t}"`).join(', ')}`));
    }
    for (;;) {
      const tag = await it.next();
      if (tag.done) break;
      const m = /^T ([a-z_]+)$/.exec(String(tag.value));
      if (!m || !allowed.has(m[1]!))
        throw new RestoreError(`备份文件损坏：意外的行 ${String(tag.value).slice(0, 40)}`);
      const table = m[1]!;
      const rows = await it.next();
      if (rows.done) throw new RestoreError('备份文件不完整');
      const r = await queryRows<{ n: string | number }>(
        tx,
        sql`with ins as (insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${String(rows.value)}::json) returning 1) select count(*) as n from ins`,
      );
      counts[table] = (counts[table] ?? 0) + Number(r[0]?.n ?? 0);
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`,
    );
    // The restored tables' statistics, in the same transaction: without them the first reads after a restore
    // are planned blind until autovacuum gets there (it may be off), and a form's children were read by the
    // wrong index (docs/scale.md, eighteenth session). ANALYZE of a partitioned table samples its partitions.
    const restored = Object.keys(counts).filter((t) => counts[t]! > 0);
    if (restored.length > 0) await tx.execute(sql.raw(`ANALYZE ${restored.map((t) => `"${t}"`).join(', ')}`));
  });
  return counts;
}
