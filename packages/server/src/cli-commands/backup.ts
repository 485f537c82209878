// `jixiao backup OUT`: a logical backup of the configured database (PGlite or PostgreSQL).
import { existsSync } from 'node:fs';
import { backupTo } from '../backup/backup.ts';
import { fail, withDatabase } from './with-database.ts';

const usage = '用法: jixiao backup 输出文件（如 jixiao-2026-11-23.backup.gz）';

export async function run(args: string[]): Promise<number> {
  const [out, ...rest] = args;
  if (!out || rest.length > 0 || out.startsWith('-')) return fail(usage);
  if (existsSync(out)) return fail(`文件 ${out} 已存在：不会覆盖，请换一个文件名`);
  return withDatabase(async (database) => {
    const summary = await backupTo(database, out);
    const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
    console.log(
      `已备份 ${rows} 行（${Object.keys(summary.tables).length} 张表，${summary.bytes} 字节）到 ${out}`,
    );
    return 0;
  });
}
