// `jixiao restore IN [--force]`: restores a backup into the configured database in one transaction.
// Stop the server first when it uses the embedded database (one process per PGlite folder).
import { existsSync } from 'node:fs';
import { restoreFrom, RestoreError } from '../backup/restore.ts';
import { fail, withDatabase } from './with-database.ts';

const usage = '用法: jixiao restore 备份文件 [--force]（--force：清空现有数据后恢复）';

export async function run(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  const [input] = files;
  if (!input || files.length !== 1 || input.startsWith('-')) return fail(usage);
  if (!existsSync(input)) return fail(`文件 ${input} 不存在`);
  return withDatabase(async (database) => {
    try {
      const counts = await restoreFrom(database, input, { force });
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`已恢复 ${rows} 行（${Object.keys(counts).length} 张表）自 ${input}`);
      return 0;
    } catch (e) {
      if (e instanceof RestoreError) return fail(e.message);
      throw e;
    }
  });
}
