// Importing a 自评表 / 监控表 from outside: the file read in the worker pool → the approved projects it may
// belong to, ranked by similar names, and for the chosen one each imported indicator paired with an approved
// one → on the user's confirmation, the values written through the same services as typed input (the
// project's self-evaluation of the year, or its entry in the open monitoring round), or the table kept as a
// record of its own. Nothing is written before the user confirms; the file is kept from the upload on.
import {
  approvedAnnualIndicators,
  checkStatedTotal,
  type EvaluationDocument,
  type MonitoringDocument,
  type SelfEvaluationDocument,
} from '@jixiao/core';
import type {
  evaluationConfirmBody,
  evaluationConfirmResponse,
  evaluationProposal,
  indicatorMatch,
  projectCandidate,
} from '@jixiao/core/contracts';
import { evaluationStatusNames } from '@jixiao/core/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';
import type { FieldSource, LabelMapping, Row } from '@jixiao/documents';
import { pointedEvaluations } from '../layout-labels/evaluation-fields.ts';
import { resolvePicks, type Pick, type ResolvedPick } from '../layout-labels/picks.ts';
import { taughtLabels } from '../layout-labels/mappings.service.ts';
import { previewRows } from '../layout-labels/document-rows.ts';
import type { Actor } from '../../http/access.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { loadApprovedForm } from '../evaluation-common/approved-project.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { canSee, fillsFor } from '../evaluation-common/evaluation-scope.ts';
import { findOwnFile, storeUpload } from '../../storage/files.ts';
import * as monitoring from '../monitoring/monitoring.service.ts';
import { scoreOf } from '../self-evaluation/self-evaluation-scoring.ts';
import * as selfEvaluation from '../self-evaluation/self-evaluation.service.ts';
import { editable } from '../self-evaluation/self-evaluation-workflow.ts';
import { evaluationImportError } from './evaluation-imports.errors.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import * as repo from './evaluation-imports.repo.ts';
import { pairIndicators, type ApprovedIndicatorRef } from './indicator-pairs.ts';
import { monitoringInputFromDocument } from './monitoring-fill.ts';
import { rankProjects } from './project-ranking.ts';
import { evaluationProvenance } from './evaluation-provenance.ts';
import { selfEvaluationInputFromDocument, type PairChoice } from './self-evaluation-fill.ts';

// What the routes hand in (defaults applied) and what they send back (before encoding).
type ConfirmBody = z.output<typeof evaluationConfirmBody>;
type ConfirmResponse = z.output<typeof evaluationConfirmResponse>;
type IndicatorMatch = z.output<typeof indicatorMatch>;
type ProjectCandidate = z.output<typeof projectCandidate>;
type Proposal = z.output<typeof evaluationProposal>;

const CANDIDATES_SHOWN = 10;

/**
 * The 自评表 / 监控表 of a file, each with where its values stood, read with the organisation's taught labels and
 * the cells the user pointed at (as a target form's import is); a file without one is refused with what it
 * holds instead.
 */
export async function readEvaluations(
  documents: DocumentReader,
  data: Uint8Array,
  fileName: string,
  taught: readonly LabelMapping[] = [],
  picks: readonly Pick[] = [],
): Promise<{ docs: EvaluationDocument[]; sources: FieldSource[][]; rows: Row[]; picks: ResolvedPick[] }> {
  const read = await documents.recognize(data, fileName, taught, picks); // in the worker pool
  if (!read.ok) throw evaluationImportError('unreadable', { reason: read.error.code }, read.error.message);
  // The worker resolved the picks the same way; a pick naming no cell is refused here with its reason.
  const resolved = resolvePicks(read.rows, picks);
  const outcome = read.outcome;
  if (!outcome) throw evaluationImportError('unreadable');
  if (!outcome.ok) {
    // Read, but nothing recognised: no such table (the reader's message says what it did find).
    const nothing = outcome.error.code === 'no-form-found' || outcome.error.code === 'unsupported-form';
    throw evaluationImportError(
      nothing ? 'no-evaluation' : 'unreadable',
      { reason: outcome.error.code },
      outcome.error.message,
    );
  }
  if (outcome.evaluations.length === 0)
    throw evaluationImportError(outcome.forms.length > 0 ? 'not-an-evaluation' : 'no-evaluation');
  const docs = [...outcome.evaluations];
  const sources = docs.map((_, i) => [...(outcome.evaluationSources[i] ?? [])]);
  pointedEvaluations(docs, sources, read.rows, taught, resolved);
  return { docs, sources, rows: read.rows, picks: resolved };
}

export function summaryOf(doc: EvaluationDocument, index: number) {
  return {
    index,
    kind: doc.kind,
    title: doc.title,
    name: doc.name,
    unit: doc.unit,
    department: doc.department,
    year: doc.year,
    period: doc.kind === 'monitoring' ? doc.period : null,
    budget: { annual: doc.budget.annual ?? doc.budget.initial, executed: doc.budget.executed },
    indicatorCount: doc.indicators.length,
  };
}

const kindsFor = (doc: EvaluationDocument) =>
  doc.kind === 'monitoring' ? ['project'] : ['project', 'department'];

/** Where the values would go for each project, and whether they can be written now. */
async function targetsOf(
  ex: Executor,
  actor: Actor,
  doc: EvaluationDocument,
  projects: readonly repo.ApprovedProjectRow[],
): Promise<Map<string, ProjectCandidate['target']>> {
  const ids = projects.map((p) => p.formId);
  const out = new Map<string, ProjectCandidate['target']>();
  if (doc.kind === 'monitoring') {
    const entries = await repo.openEntriesOf(ex, ids);
    for (const p of projects) {
      const own = entries.filter((e) => e.formId === p.formId);
      const e = own.find((x) => x.month === doc.month) ?? own[0];
      if (!e) {
        out.set(p.formId, {
          id: null,
          label: '没有开启中的监控轮次',
          writable: false,
          reason: evaluationImportError('no-open-entry').message,
        });
        continue;
      }
      const submitted = e.status === 'submitted';
      const mine = fillsFor(actor, p.orgId);
      out.set(p.formId, {
        id: e.id,
        label: `${e.title}（${submitted ? '已提交' : '可填报'}）`,
        writable: !submitted && mine,
        reason: submitted ? '该监控表已提交：请先撤回' : mine ? null : '只能填报本单位的项目',
      });
    }
    return out;
  }
  const evaluations = await repo.selfEvaluationsOf(ex, ids);
  for (const p of projects) {
    const year = p.year ?? doc.year;
    const ev = evaluations.find((e) => e.formId === p.formId && e.year === year);
    const mine = fillsFor(actor, p.orgId);
    if (ev) {
      const open = editable(ev.status);
      out.set(p.formId, {
        id: ev.id,
        label: `${year}年度自评表（${evaluationStatusNames[ev.status] ?? ev.status}）`,
        writable: open && mine,
        reason: !open ? '自评表已提交或已审核，不能再修改' : mine ? null : '只能填报本单位的项目',
      });
    } else
      out.set(p.formId, {
        id: null,
        label: year === null ? '将新建自评表（项目和表都未写年度：确认时选择）' : `将新建${year}年度自评表`,
        writable: mine,
        reason: mine ? null : '只能填报本单位的项目',
      });
  }
  return out;
}

export async function candidatesFor(
  ex: Executor,
  actor: Actor,
  doc: EvaluationDocument,
): Promise<ProjectCandidate[]> {
  const projects = await repo.approvedProjects(ex, actor, kindsFor(doc), doc.year);
  const ranked = rankProjects(
    {
      name: doc.name,
      unit: doc.unit,
      department: doc.department,
      budget: doc.budget.annual ?? doc.budget.initial,
    },
    projects,
  ).slice(0, CANDIDATES_SHOWN);
  const targets = await targetsOf(
    ex,
    actor,
    doc,
    ranked.map((r) => r.project),
  );
  return ranked.map(({ project: p, score, parts }) => ({
    formId: p.formId,
    name: p.name,
    unit: p.unit,
    orgName: p.orgName,
    year: p.year,
    budget: p.budget,
    score,
    parts,
    target: targets.get(p.formId)!,
  }));
}

/** The approved annual indicators of a project the actor may see, with their printed targets. */
async function approvedIndicatorsOf(ex: Executor, actor: Actor, doc: EvaluationDocument, formId: string) {
  const p = await loadApprovedForm(ex, formId, ['project', 'department']);
  if (!canSee(actor, p.row)) throw evaluationError('form-not-found');
  if (!kindsFor(doc).includes(p.form.kind))
    throw evaluationImportError('wrong-kind', {}, '监控表只能导入已批复的项目绩效目标表所对应的监控');
  const approved: ApprovedIndicatorRef[] = approvedAnnualIndicators(p.form.indicators).map((i) => ({
    indicatorId: i.id!,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: i.target.raw,
  }));
  return { project: p, approved };
}

const actualOf = (doc: EvaluationDocument, i: number) => {
  const row = doc.indicators[i]!;
  return 'actual' in row ? row.actual.raw : row.actualToDate.raw;
};

/** An indicator row of the table as read, paired with nothing yet. */
function importedRowOf(doc: EvaluationDocument, row: number) {
  const r = doc.indicators[row]!;
  return {
    row,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    target: r.target.raw,
    actual: actualOf(doc, row),
    weight: 'weight' in r ? r.weight : null,
    score: 'score' in r ? r.score : null,
    deviationReason: r.deviationReason,
    indicatorId: null,
    similarity: null,
    candidates: [],
  };
}

export async function matchFor(
  ex: Executor,
  actor: Actor,
  doc: EvaluationDocument,
  formId: string,
): Promise<IndicatorMatch> {
  const { approved } = await approvedIndicatorsOf(ex, actor, doc, formId);
  const pairing = pairIndicators(
    doc.indicators.map((r) => ({ level1: r.level1, level2: r.level2, name: r.name, target: r.target.raw })),
    approved,
  );
  return {
    formId,
    approved,
    rows: pairing.rows.map((p) => ({
      ...importedRowOf(doc, p.row),
      indicatorId: p.indicatorId,
      similarity: p.similarity,
      candidates: p.candidates,
    })),
    unmatchedApproved: pairing.unmatchedApproved,
  };
}

export async function proposalFor(
  ex: Executor,
  actor: Actor,
  docs: EvaluationDocument[],
  index: number,
): Promise<Proposal> {
  const doc = docs[index];
  if (!doc) throw evaluationImportError('bad-index', { count: docs.length });
  const candidates = await candidatesFor(ex, actor, doc);
  const best = candidates[0];
  return {
    index,
    document: summaryOf(doc, index),
    rows: doc.indicators.map((_, row) => importedRowOf(doc, row)),
    candidates,
    match: best ? await matchFor(ex, actor, doc, best.formId) : null,
  };
}

export async function uploadEvaluation(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  ip: string | null,
  fileName: string,
  data: Uint8Array,
  blobs?: BlobStore,
) {
  const taught = await taughtLabels(db, actor.orgId);
  const { docs, sources } = await readEvaluations(documents, data, fileName, taught);
  const file = await db.transaction((tx) => storeUpload(tx, { actor, ip }, { fileName, data }, blobs));
  return evaluationUploadOf(db, actor, file, docs, sources);
}

/**
 * What the upload of a 自评表 / 监控表 answers, for a file already stored and read — also by the form import,
 * which meets such tables in the same upload and hands them on instead of asking for the file again.
 */
export async function evaluationUploadOf(
  ex: Executor,
  actor: Actor,
  file: { id: string; fileName: string },
  docs: EvaluationDocument[],
  sources: readonly FieldSource[][],
) {
  return {
    fileId: file.id,
    fileName: file.fileName,
    documents: docs.map(summaryOf),
    provenance: docs.map((doc, i) => evaluationProvenance(doc, sources[i] ?? [])),
    proposal: await proposalFor(ex, actor, docs, 0),
  };
}

/** An uploaded file of the actor's own unit, read again (with the labels taught since and the user's picks). */
async function ownDocuments(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  fileId: string,
  blobs?: BlobStore,
  picks: readonly Pick[] = [],
) {
  const file = await findOwnFile(db, actor.orgId, fileId, blobs);
  if (!file) throw evaluationImportError('upload-not-found');
  const taught = await taughtLabels(db, actor.orgId);
  return { file, ...(await readEvaluations(documents, file.data, file.fileName, taught, picks)) };
}

/**
 * The upload read again with the cells the user pointed at: the same answer as the upload's, for the table
 * `index`, with the document's rows (to point again) and each pick's cell, label and text.
 */
export async function rereadEvaluation(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  fileId: string,
  input: { index: number; picks: Pick[] },
  blobs?: BlobStore,
) {
  const read = await ownDocuments(db, documents, actor, fileId, blobs, input.picks);
  if (!read.docs[input.index]) throw evaluationImportError('bad-index', { count: read.docs.length });
  return {
    fileId: read.file.id,
    fileName: read.file.fileName,
    documents: read.docs.map(summaryOf),
    provenance: read.docs.map((doc, i) => evaluationProvenance(doc, read.sources[i] ?? [])),
    proposal: await proposalFor(db, actor, read.docs, input.index),
    document: previewRows(read.rows),
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

export async function matchUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  fileId: string,
  input: { index: number; formId: string; picks?: Pick[] | undefined },
  blobs?: BlobStore,
) {
  const { docs } = await ownDocuments(db, documents, actor, fileId, blobs, input.picks);
  const doc = docs[input.index];
  if (!doc) throw evaluationImportError('bad-index', { count: docs.length });
  return matchFor(db, actor, doc, input.formId);
}

/** The confirmed pairs, checked: rows of the table, approved indicators of the project, each used once. */
function checkedPairs(
  doc: EvaluationDocument,
  approved: readonly ApprovedIndicatorRef[],
  pairs: readonly PairChoice[],
) {
  const known = new Set(approved.map((a) => a.indicatorId));
  const problems: string[] = [];
  const rows = new Set<number>();
  const used = new Set<string>();
  for (const p of pairs) {
    if (p.row >= doc.indicators.length)
      problems.push(`第 ${p.row + 1} 行不存在（表中共 ${doc.indicators.length} 行指标）`);
    else if (rows.has(p.row)) problems.push(`第 ${p.row + 1} 行「${doc.indicators[p.row]!.name}」对应了两次`);
    rows.add(p.row);
    if (p.indicatorId === null) continue;
    if (!known.has(p.indicatorId)) problems.push(`指标 ${p.indicatorId} 不是该项目批复的年度指标`);
    else if (used.has(p.indicatorId))
      problems.push(`批复指标「${approved.find((a) => a.indicatorId === p.indicatorId)!.name}」对应了两行`);
    used.add(p.indicatorId);
  }
  if (problems.length > 0)
    throw evaluationImportError('bad-pairs', { problems }, `指标对应关系有误：${problems.join('；')}`);
  return pairs;
}

async function attachSelfEvaluation(
  db: Db,
  actor: Actor,
  ip: string | null,
  doc: SelfEvaluationDocument,
  fileName: string,
  attach: NonNullable<ConfirmBody['attach']>,
  chosenYear: number | undefined,
): Promise<ConfirmResponse> {
  const { project, approved } = await approvedIndicatorsOf(db, actor, doc, attach.formId);
  if (!fillsFor(actor, project.row.orgId)) throw evaluationError('not-your-unit');
  const pairs = checkedPairs(doc, approved, attach.pairs);
  const year = project.row.year ?? doc.year ?? chosenYear ?? null;
  if (year === null)
    throw evaluationError('self-evaluation-invalid', {}, '项目和自评表都未写年度：请选择自评年度');
  const existing = (await repo.selfEvaluationsOf(db, [attach.formId])).find((e) => e.year === year);
  const view = existing
    ? await selfEvaluation.getEvaluation(db, actor, existing.id)
    : await selfEvaluation.createEvaluation(db, actor, ip, { formId: attach.formId, year });
  const { input, notes } = selfEvaluationInputFromDocument(view.data, view.evaluation.version, doc, pairs, {
    usePublishedScores: attach.usePublishedScores,
    source: fileName,
  });
  const saved = await selfEvaluation.saveEvaluation(db, actor, ip, view.evaluation.id, input);
  // R-EVAL-09: the total printed in the table against the one now computed.
  for (const f of checkStatedTotal(doc.total, scoreOf(saved.data).total, saved.data.projectName))
    notes.push(f.message);
  await appendAudit(
    db,
    { actor, ip },
    {
      action: 'evaluation-import-attach',
      entity: 'self-evaluation',
      entityId: view.evaluation.id,
      after: {
        fileName,
        pairs: pairs.filter((p) => p.indicatorId).length,
        usePublishedScores: attach.usePublishedScores,
      },
    },
  );
  return {
    kind: 'self-evaluation',
    id: view.evaluation.id,
    link: `/self-evaluations/${view.evaluation.id}`,
    notes,
  };
}

async function attachMonitoring(
  db: Db,
  actor: Actor,
  ip: string | null,
  doc: MonitoringDocument,
  fileName: string,
  attach: NonNullable<ConfirmBody['attach']>,
): Promise<ConfirmResponse> {
  const { project, approved } = await approvedIndicatorsOf(db, actor, doc, attach.formId);
  if (!fillsFor(actor, project.row.orgId)) throw evaluationError('not-your-unit');
  const pairs = checkedPairs(doc, approved, attach.pairs);
  const entries = await repo.openEntriesOf(db, [attach.formId]);
  const entry = entries.find((e) => e.month === doc.month) ?? entries[0];
  if (!entry) throw evaluationImportError('no-open-entry');
  const view = await monitoring.getEntry(db, actor, entry.id);
  const { input, notes } = monitoringInputFromDocument(view.data, view.entry.version, doc, pairs);
  await monitoring.saveEntry(db, actor, ip, entry.id, input);
  await appendAudit(
    db,
    { actor, ip },
    {
      action: 'evaluation-import-attach',
      entity: 'monitoring-entry',
      entityId: entry.id,
      after: { fileName, pairs: pairs.filter((p) => p.indicatorId).length },
    },
  );
  return { kind: 'monitoring', id: entry.id, link: `/monitoring/entries/${entry.id}`, notes };
}

export async function confirmUpload(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  ip: string | null,
  fileId: string,
  body: ConfirmBody,
  blobs?: BlobStore,
): Promise<ConfirmResponse> {
  const { file, docs } = await ownDocuments(db, documents, actor, fileId, blobs, body.picks);
  const doc = docs[body.index];
  if (!doc) throw evaluationImportError('bad-index', { count: docs.length });
  if (body.attach)
    return doc.kind === 'monitoring'
      ? attachMonitoring(db, actor, ip, doc, file.fileName, body.attach)
      : attachSelfEvaluation(db, actor, ip, doc, file.fileName, body.attach, body.year);
  const record = await db.transaction(async (tx) => {
    const r = await repo.insertRecord(tx, {
      regionCode: actor.regionCode,
      orgId: actor.orgId,
      kind: doc.kind,
      name: doc.name?.trim() || file.fileName,
      year: doc.year ?? body.year ?? null,
      data: doc,
      fileId: file.id,
      createdBy: actor.id,
    });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'evaluation-import-record',
        entity: 'imported-evaluation',
        entityId: r.id,
        after: { kind: r.kind, name: r.name, fileName: file.fileName },
      },
    );
    return r;
  });
  return {
    kind: 'record',
    id: record.id,
    link: `/evaluation-imports/${record.id}`,
    notes: [`已作为独立的${doc.kind === 'monitoring' ? '监控表' : '自评表'}记录保存（未关联批复项目）`],
  };
}

/** A page of the records (latest imported first); `cursor` is the previous page's nextCursor. */
export async function listRecords(
  db: Db,
  actor: Actor,
  q: { year?: number | undefined; limit: number; cursor?: string | undefined },
) {
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  const page = await repo.listRecords(db, actor, { year: q.year, limit: q.limit, after });
  return { ...page, items: page.items.map(({ orgPath: _p, ...r }) => r) };
}

export async function getRecord(db: Db, actor: Actor, id: string) {
  const row = await repo.findRecord(db, id);
  if (!row || !canSee(actor, row)) throw evaluationImportError('record-not-found');
  const { orgPath: _p, data, ...record } = row;
  return { record, document: data as EvaluationDocument };
}
