// Import: an uploaded file → preview of the recognised forms and their findings → saved as drafts
// of the caller's unit, with the original file kept beside them. Saving is one transaction.
import { importBuffer, type ImportOutcome } from '@jixiao/documents';
import { formDisplayName, runChecks, type Form } from '@jixiao/core';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { insertForm } from '../forms/forms.service.ts';
import { importError } from './imports.errors.ts';
import { findFile, insertFile } from './imports.repo.ts';
import type { BlobStore } from '../../storage/blob-store.ts';

async function readForms(data: Uint8Array, fileName: string): Promise<Form[]> {
  let outcome: ImportOutcome;
  try {
    outcome = await importBuffer(data, fileName);
  } catch (e) {
    // The importer promises not to throw; if it does, the file is still the user's problem to fix.
    throw importError(
      'import-failed',
      { reason: 'file-unreadable' },
      `文件内容无法解析（${(e as Error).message}）`,
    );
  }
  if (!outcome.ok) throw importError('import-failed', { reason: outcome.error.code }, outcome.error.message);
  // A 自评表 / 监控表 is read now, but this upload saves target forms: say where it belongs.
  if (outcome.forms.length === 0 && outcome.evaluations.length > 0)
    throw importError(
      'import-failed',
      { reason: 'unsupported-form' },
      `这是${outcome.evaluations[0]!.kind === 'monitoring' ? '绩效运行监控表' : '绩效自评表'}，不是绩效目标表：请在绩效自评或绩效监控环节导入`,
    );
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
  actor: Actor,
  ip: string | null,
  fileName: string,
  data: Uint8Array,
  blobs?: BlobStore,
) {
  const forms = await readForms(data, fileName);
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
  actor: Actor,
  ip: string | null,
  fileId: string,
  indices: number[] | undefined,
  blobs?: BlobStore,
) {
  const file = await findFile(db, fileId, blobs);
  if (!file || file.orgId !== actor.orgId) throw importError('upload-not-found');
  const forms = await readForms(file.data, file.fileName);
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
