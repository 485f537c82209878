// Self-evaluation (绩效自评): drafted from the approved indicators (same ids) and the latest monitoring
// forecasts, filled by the unit, scored by the official method with its working (core), saved only when
// it scores without errors; a hand-set score needs a written reason and is recorded in the audit log.
import { newSelfEvaluationSchema, type NewSelfEvaluation, type SelfEvaluationScore } from '@jixiao/core';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { loadApprovedForm } from '../evaluation-common/approved-project.ts';
import { storedDataNotice, type StoredRead } from '../evaluation-common/stored-data.ts';
import { initialData, readEvaluationData } from './self-evaluation-stored.ts';
import { scoreOf } from './self-evaluation-scoring.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { canSee, fillsFor } from '../evaluation-common/evaluation-scope.ts';
import { applySelfEvaluationInput, type SelfEvaluationSaveInput } from './self-evaluation-input.ts';
import * as repo from './self-evaluation.repo.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { joinedAnswer } from '../../db/json-page.ts';
import { listTransitionsOf } from '../evaluation-common/evaluation-transitions.ts';
import { allowedEvaluationActions, editable } from './self-evaluation-workflow.ts';

export async function listEvaluations(
  db: Db,
  actor: Actor,
  query: { year?: number | undefined; limit: number; cursor?: string | undefined },
) {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const page = await repo.listEvaluations(db, actor, { year: query.year, limit: query.limit, after });
  // The answer's bytes: the items as the evaluations keep them (evaluationListResponse's), the end after.
  return joinedAnswer(page.shown, page.end);
}

export async function unitsBehind(db: Db, actor: Actor, year: number) {
  return { units: await repo.unitsBehind(db, actor, year) };
}

export async function listCandidates(db: Db, actor: Actor, year: number) {
  return { items: await repo.listCandidates(db, actor, year) };
}

/**
 * The self-evaluation's page: its data as read (`readEvaluationData`), its scoring, and when parts of the
 * stored data could not be read, a notice naming them (`stored`).
 */
function view(row: repo.EvaluationWithNames, { value: data, parts }: StoredRead<NewSelfEvaluation>) {
  const score = scoreOf(data);
  return {
    evaluation: {
      id: row.id,
      formId: row.formId,
      kind: row.kind,
      orgId: row.orgId,
      orgName: row.orgName,
      projectName: row.projectName,
      projectCode: row.projectCode,
      year: row.year,
      status: row.status,
      version: row.version,
      total: row.total,
      grade: row.grade,
      updatedAt: row.updatedAt,
    },
    data,
    score,
    /** Hand-set scores with their reasons, shown to the reviewer and finance. */
    overrides: overridesOf(data, score),
    stored: storedDataNotice(parts, '自评表'),
  };
}

/** The view with what the actor may do and the review record (who, when, opinion). */
async function fullView(
  db: Executor,
  actor: Actor,
  row: repo.EvaluationWithNames,
  read?: StoredRead<NewSelfEvaluation>,
) {
  return {
    ...view(row, read ?? (await readEvaluationData(db, row))),
    actions: allowedEvaluationActions(actor, row),
    transitions: await listTransitionsOf(db, 'self-evaluation', row.id),
  };
}

export async function createEvaluation(
  db: Db,
  actor: Actor,
  ip: string | null,
  input: { formId: string; year?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const p = await loadApprovedForm(tx, input.formId, ['project', 'department']);
    if (!canSee(actor, p.row)) throw evaluationError('form-not-found');
    if (!fillsFor(actor, p.row.orgId)) throw evaluationError('not-your-unit');
    const year = input.year ?? p.row.year;
    if (year === null || year === undefined)
      throw evaluationError('self-evaluation-invalid', {}, '该项目表未写年度：请指明自评年度');
    const data = await initialData(tx, p, input.formId, year);
    const row = await repo.insertEvaluation(tx, {
      regionCode: p.row.regionCode,
      formId: input.formId,
      orgId: p.row.orgId,
      year,
      data,
      updatedBy: actor.id,
    });
    if (!row) throw evaluationError('evaluation-exists');
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'self-evaluation-create',
        entity: 'self-evaluation',
        entityId: row.id,
        after: { formId: input.formId, year },
      },
    );
    return fullView(tx, actor, (await repo.findEvaluation(tx, row.regionCode, row.id))!);
  });
}

export async function getEvaluation(db: Db, actor: Actor, id: string) {
  const row = await repo.findEvaluation(db, actor.regionCode, id);
  if (!row || !canSee(actor, row)) throw evaluationError('evaluation-not-found');
  return fullView(db, actor, row);
}

/** The hand-set scores of a scoring, for the audit record. */
function overridesOf(data: NewSelfEvaluation, score: SelfEvaluationScore) {
  return data.indicators.flatMap((ind, i) => {
    const r = score.indicators[i]?.result;
    if (!ind.override || !r?.ok) return [];
    return [
      {
        indicatorId: ind.indicatorId,
        name: ind.name,
        computed: r.value.computed,
        score: r.value.score,
        reason: ind.override.reason,
      },
    ];
  });
}

/** Saves and scores. Any scoring error (bad value, unit, weight, override) refuses the whole save with 422. */
export async function saveEvaluation(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  input: SelfEvaluationSaveInput,
) {
  return db.transaction(async (tx) => {
    const row = await repo.findEvaluation(tx, actor.regionCode, id, true);
    if (!row || !canSee(actor, row)) throw evaluationError('evaluation-not-found');
    if (!fillsFor(actor, row.orgId)) throw evaluationError('not-your-unit');
    if (!editable(row.status)) throw evaluationError('evaluation-locked', { status: row.status });
    if (row.version !== input.version)
      throw evaluationError('stale-version', { current: row.version, yours: input.version });
    // The stored data as read: a save over parts that could not be read writes it in today's shape (the
    // parts replaced are named in the audit record, with the data as it was stored).
    const stored = await readEvaluationData(tx, row);
    const before = stored.value;
    const data = newSelfEvaluationSchema.parse(applySelfEvaluationInput(before, input));
    const score = scoreOf(data);
    if (score.errors.length > 0 || score.total === null)
      throw evaluationError('self-evaluation-invalid', { errors: score.errors });
    const execution = score.execution.ok ? score.execution.value.rate : null;
    const updated = await repo.updateEvaluation(tx, row.regionCode, id, row.version, {
      data,
      result: score,
      total: score.total,
      grade: score.grade?.grade ?? null,
      executionRate: execution,
      // A returned self-evaluation stays 已退回 until it is submitted again.
      status: row.status === 'returned' ? 'returned' : 'scored',
      updatedBy: actor.id,
    });
    if (!updated) throw evaluationError('stale-version');
    const overrides = overridesOf(data, score);
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'self-evaluation-save',
        entity: 'self-evaluation',
        entityId: id,
        before: {
          version: row.version,
          total: row.total,
          grade: row.grade,
          ...(stored.parts.length > 0 ? { unreadable: stored.parts, storedData: row.data } : {}),
        },
        after: { version: updated.version, total: score.total, grade: score.grade?.grade ?? null, overrides },
      },
    );
    return {
      ...(await fullView(tx, actor, { ...row, ...updated }, { value: data, parts: [] })),
      overrides,
    };
  });
}
