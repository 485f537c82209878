// Import: an uploaded file → preview of the recognised forms, where each value came from, which
// values to confirm and the document itself → saved as drafts of the caller's unit, with the
// original file kept beside them. The organisation's taught labels take part in every reading, and
// the cells the user pointed at in the preview are applied the same way on save. Saving is one
// transaction.
import { checkForm, formDisplayName } from '@jixiao/core';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { insertForm } from '../forms/forms.service.ts';
import { importError } from './imports.errors.ts';
import { findOwnFile, storeUpload } from '../../storage/files.ts';
import { keepRecognised } from './imports.repo.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { previewRows } from '../layout-labels/document-rows.ts';
import { unsureFields } from './field-sources.ts';
import { taughtLabels } from '../layout-labels/mappings.service.ts';
import type { Pick } from '../layout-labels/picks.ts';
import { readUpload, type ReadUpload } from './read-upload.ts';
import { keptForms, readingKey } from './recognised.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';
import { evaluationUploadOf } from '../evaluation-imports/evaluation-imports.service.ts';
import { failpoint, type Failpoint } from '../../reliability/failpoint.ts';

function preview(read: ReadUpload) {
  const forms = read.forms.map((form, index) => {
    const name = formDisplayName(form);
    // Each form's own findings, checked with the whole file as its batch (joined by position, not by name).
    const own = checkForm(form, read.forms);
    const sources = read.sources[index] ?? [];
    return {
      index,
      kind: form.kind,
      name,
      form,
      findings: own,
      errorCount: own.filter((f) => f.severity === 'error').length,
      sources,
      unsure: unsureFields(form, sources),
    };
  });
  return {
    format: read.format,
    forms,
    document: previewRows(read.rows),
    problem: read.problem,
    unknownLabels: read.unknownLabels,
    picks: read.picks.map((p) => ({
      index: p.index ?? 0,
      field: p.field,
      row: p.row,
      column: p.column,
      label: p.foundLabel,
      text: p.text,
    })),
  };
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
  const taught = await taughtLabels(db, actor.orgId);
  // One upload serves both imports: a file of 自评表 / 监控表 only is stored once and answered with the
  // evaluation import's proposal (`evaluation`), so the page never sends the same file a second time.
  const read = await readUpload(documents, data, fileName, taught, [], { takeEvaluations: true });
  const recognised = { key: readingKey([], taught), forms: read.forms };
  const file = await db.transaction(async (tx) => {
    const f = await storeUpload(tx, { actor, ip }, { fileName, data }, blobs);
    await keepRecognised(tx, f.id, recognised);
    return f;
  });
  const evaluation =
    read.evaluations.length > 0
      ? await evaluationUploadOf(db, actor, file, read.evaluations, read.evaluationSources)
      : null;
  return { fileId: file.id, fileName: file.fileName, size: file.size, ...preview(read), evaluation };
}

async function ownFile(db: Db, actor: Actor, fileId: string, blobs?: BlobStore) {
  const file = await findOwnFile(db, actor.orgId, fileId, blobs);
  if (!file) throw importError('upload-not-found');
  return file;
}

/** Reads an upload again: with the labels taught since, and the cells the user pointed at. */
export async function rereadUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  fileId: string,
  picks: Pick[],
  blobs?: BlobStore,
) {
  const file = await ownFile(db, actor, fileId, blobs);
  const taught = await taughtLabels(db, actor.orgId);
  const read = await readUpload(documents, file.data, file.fileName, taught, picks);
  await keepRecognised(db, file.id, { key: readingKey(picks, taught), forms: read.forms });
  return {
    fileId: file.id,
    fileName: file.fileName,
    size: file.data.length,
    ...preview(read),
    evaluation: null,
  };
}

export async function saveUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  ip: string | null,
  fileId: string,
  indices: number[] | undefined,
  blobs?: BlobStore,
  picks: Pick[] = [],
  years: { index: number; year: number }[] = [],
  armed?: Failpoint,
) {
  const file = await ownFile(db, actor, fileId, blobs);
  const taught = await taughtLabels(db, actor.orgId);
  // The forms the preview showed, unless a pick or a taught label changed since.
  const forms =
    keptForms(file.recognised, readingKey(picks, taught)) ??
    (await readUpload(documents, file.data, file.fileName, taught, picks)).forms;
  if (forms.length === 0) throw importError('no-forms');
  const chosen = indices ?? forms.map((_, i) => i);
  if (chosen.some((i) => i >= forms.length)) throw importError('bad-index', { count: forms.length });
  return db.transaction(async (tx) => {
    const saved = [];
    for (const i of [...new Set(chosen)]) {
      // A form whose document names no year takes the one the user gave in the preview (never today's).
      const given = years.find((y) => y.index === i)?.year;
      const form = forms[i]!.year === null && given !== undefined ? { ...forms[i]!, year: given } : forms[i]!;
      const stored = await insertForm(tx, { actor, ip }, form, {
        orgId: actor.orgId,
        regionCode: actor.regionCode,
        sourceFileId: file.id,
        note: `导入自 ${file.fileName}`,
      });
      saved.push(stored.meta);
    }
    // Tests only (crash-safety.test.ts): every form written, none committed — where a kill must lose them all.
    await failpoint(armed, 'save-before-commit');
    return { forms: saved };
  });
}
