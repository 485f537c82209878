// The file store: uploaded files (imports, evaluation imports, budget sources) and the files forms were
// imported from. The bytes are kept in the database beside the forms they produced, or in the
// S3-compatible store when one is configured (the row then holds the object's key).
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { files } from '../db/schema.ts';
import { appendAudit } from '../features/audit/audit.repo.ts';
import type { Actor } from '../http/access.ts';
import { storageError, type BlobStore } from './blob-store.ts';

export async function insertFile(
  ex: Executor,
  f: {
    /** The acting organisation's region (Actor.regionCode). */
    regionCode: string;
    orgId: string;
    fileName: string;
    format: string | null;
    data: Uint8Array;
    createdBy: string | null;
  },
  blobs?: BlobStore,
) {
  const sha256 = createHash('sha256').update(f.data).digest('hex');
  // The object is written first: a failed transaction leaves an unreferenced object, never a row
  // whose bytes are missing.
  const storageKey = blobs ? await blobs.put(sha256, f.data) : null;
  const [row] = await ex
    .insert(files)
    .values({ ...f, data: storageKey ? null : f.data, storageKey, size: f.data.length, sha256 })
    .returning({
      id: files.id,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      format: files.format,
    });
  return row!;
}

/** A stored file with its bytes, from the database or the S3 store. */
export async function findFile(ex: Executor, id: string, blobs?: BlobStore) {
  const rows = await ex.select().from(files).where(eq(files.id, id)).limit(1);
  const row = rows[0];
  if (!row) return undefined;
  if (row.data) return { ...row, data: row.data };
  if (!row.storageKey) throw storageError('file-missing-in-store', { id });
  if (!blobs) throw storageError('file-store-not-configured');
  return { ...row, data: await blobs.get(row.storageKey) };
}

/**
 * An uploaded file of the actor's unit kept, and its upload audited, in the caller's transaction (the
 * import preview and the evaluation import keep the file from the upload on).
 */
export async function storeUpload(
  tx: Executor,
  ctx: { actor: Actor; ip: string | null },
  upload: { fileName: string; data: Uint8Array },
  blobs?: BlobStore,
) {
  const { fileName, data } = upload;
  const f = await insertFile(
    tx,
    {
      regionCode: ctx.actor.regionCode,
      orgId: ctx.actor.orgId,
      fileName,
      format: null,
      data,
      createdBy: ctx.actor.id,
    },
    blobs,
  );
  await appendAudit(tx, ctx, {
    action: 'file-upload',
    entity: 'file',
    entityId: f.id,
    after: { fileName, size: f.size, sha256: f.sha256 },
  });
  return f;
}

/** A stored file of the given organisation with its bytes; another organisation's is not found. */
export async function findOwnFile(ex: Executor, orgId: string, id: string, blobs?: BlobStore) {
  const file = await findFile(ex, id, blobs);
  return file && file.orgId === orgId ? file : undefined;
}
