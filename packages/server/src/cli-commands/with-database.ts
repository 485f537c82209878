// Shared by the admin commands: open the configured database (migrated), run, always close.
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';

export async function withDatabase(fn: (database: Database) => Promise<number>): Promise<number> {
  let database: Database;
  try {
    database = await openDatabase(loadConfig());
  } catch (e) {
    // A bad DATABASE_URL, a locked data folder: say so, exit 1, no stack trace.
    return fail(`无法打开数据库：${(e as Error).message}`);
  }
  try {
    try {
      await database.migrate();
    } catch (e) {
      return fail(`无法连接数据库或应用迁移：${(e as Error).message}`);
    }
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Prints a message a person can act on and returns exit code 1 (bad usage or refused). */
export function fail(message: string): number {
  console.error(message);
  return 1;
}
