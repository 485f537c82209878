// What the import keeps beside an uploaded file (the file store itself is storage/files.ts).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { files } from '../../db/schema.ts';
import type { Recognised } from './recognised.ts';

/** Keeps what a preview recognised in the file, replacing an earlier reading. */
export async function keepRecognised(ex: Executor, id: string, recognised: Recognised): Promise<void> {
  await ex.update(files).set({ recognised }).where(eq(files.id, id));
}
