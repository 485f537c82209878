// Import: an uploaded file → preview of the recognised forms and their findings → saved as drafts
// of the caller's unit, with the original file kept beside them. Saving is one transaction.
import { formDisplayName, runChecks, type Form } from '@jixiao/core';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { insertForm } from '../forms/forms.service.ts';
import { importError } from './imports.errors.ts';
import { findFile, insertFile } from './imports.repo.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';

/** The file's forms, read off the event loop; a bad file is a 422 with its reason (the reader never throws for one). */
async function readForms(documents: DocumentReader, data: Uint8Array, fileName: string): Promise<Form[]> {
  const outcome = await documents.importBuffer(data, fileName);
  if (!outcome.ok) throw importError('import-failed', { reason: outcome.error.code }, outcome.error.message);
  return outcome.forms;
}

function preview(forms: Form[]) {
  const findings = runChecks(forms);
  return forms.map((form, index) => {
    const name = formDisplayName(form);
    const own = findings.filter((f) => f.form === name);
    return {
      index,
      kind: form.kind,
      name,
      form,
      findings: own,
      errorCount: own.filter((f) => f.severity === 'error').length,
    };
  });
}

export async function previewUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  ip: string | null,
  fileName: string,
  data: Uint8Array,
  blobs?: BlobStore,
) {
  const forms = await readForms(documents, data, fileName);
  const file = await db.transaction(async (tx) => {
    const f = await insertFile(
      tx,
      { orgId: actor.orgId, fileName, format: null, data, createdBy: actor.id },
      blobs,
    );
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'file-upload',
        entity: 'file',
        entityId: f.id,
        after: { fileName, size: f.size, sha256: f.sha256 },
      },
    );
    return f;
  });
  return { fileId: file.id, fileName: file.fileName, size: file.size, forms: preview(forms) };
}

export async function saveUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  ip: string | null,
  fileId: string,
  indices: number[] | undefined,
  blobs?: BlobStore,
) {
  const file = await findFile(db, fileId, blobs);
  if (!file || file.orgId !== actor.orgId) throw importError('upload-not-found');
  const forms = await readForms(documents, file.data, file.fileName);
  const chosen = indices ?? forms.map((_, i) => i);
  if (chosen.some((i) => i >= forms.length)) throw importError('bad-index', { count: forms.length });
  return db.transaction(async (tx) => {
    const saved = [];
    for (const i of [...new Set(chosen)]) {
      const stored = await insertForm(tx, { actor, ip }, forms[i]!, {
        orgId: actor.orgId,
        sourceFileId: file.id,
        note: `导入自 ${file.fileName}`,
      });
      saved.push(stored.meta);
    }
    return { forms: saved };
  });
}
