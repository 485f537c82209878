// Upload previews expire: a file uploaded for a preview and never saved as a form's source is deleted once
// it is older than the configured age — on start and every hour, with the clock passed in (tests move it).
import { and, lt, notExists, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { files, forms } from '../../db/schema.ts';

/** Deletes unsaved uploads older than `maxAgeMs` at `now`; returns how many went. */
export async function sweepPreviews(db: Db, now: Date, maxAgeMs: number): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeMs);
  const gone = await db
    .delete(files)
    .where(
      and(
        lt(files.createdAt, cutoff),
        notExists(db.select({ id: forms.id }).from(forms).where(eq(forms.sourceFileId, files.id))),
      ),
    )
    .returning({ id: files.id });
  return gone.length;
}
