// SQL for uploaded files (the bytes are kept in the database beside the forms they produced).
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { files } from '../../db/schema.ts';

export async function insertFile(
  ex: Executor,
  f: { orgId: string; fileName: string; format: string | null; data: Uint8Array; createdBy: string | null },
) {
  const [row] = await ex
    .insert(files)
    .values({ ...f, size: f.data.length, sha256: createHash('sha256').update(f.data).digest('hex') })
    .returning({
      id: files.id,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      format: files.format,
    });
  return row!;
}

export async function findFile(ex: Executor, id: string) {
  const rows = await ex.select().from(files).where(eq(files.id, id)).limit(1);
  return rows[0];
}
