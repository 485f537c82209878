// Workflow transitions with their record (who, when, from/to, opinion), review comments anchored to
// fields or indicators, and the 批复 record an approval produces.
import { isBlankIndicator, readFormValues, type Form } from '@jixiao/core';
import type { FormChecker } from '../../app-deps.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { canSee, canWrite } from '../forms/form-access.ts';
import { formError } from '../forms/forms.errors.ts';
import { findForm, setStatus, type FormWithOrg } from '../forms/forms.repo.ts';
import { loadStoredForm, visibleForm } from '../forms/forms.service.ts';
import { checkStoredForm } from '../checks/stored-findings.ts';
import { indicatorIndex, pointerExists } from './json-pointer.ts';
import type { Action, ReasonCode } from '../forms/form-transitions.ts';
import { checkActor, checkTransition } from '../../workflow-engine/workflow-engine.ts';
import { formWorkflow } from './form-workflow.ts';
import { workflowError } from './workflow.errors.ts';
import * as repo from './workflow.repo.ts';
import { storePublicFormPage } from '../public/public-form-page.ts';

export interface CommentInput {
  pointer?: string | undefined;
  indicatorId?: string | undefined;
  reason: ReasonCode;
  text: string;
}

export interface TransitionInput {
  opinion?: string | undefined;
  grade?: string | undefined;
  comments?: CommentInput[] | undefined;
  /** 批复: the approved budget (万元) when finance approves less or more than was asked. */
  approvedBudget?:
    | {
        total?: string | undefined;
        current?: string | undefined;
        sources?: { name: string; amount: string | null }[] | undefined;
      }
    | undefined;
  /** 批复: 批复文号, 批复日期 (YYYY-MM-DD), 经办人, 负责人 printed on the 批复表 (the opinion is `opinion`). */
  approvalNote?:
    | {
        number?: string | undefined;
        date?: string | undefined;
        handler?: string | undefined;
        head?: string | undefined;
      }
    | undefined;
}

/** The 批复表 as finance approves it: the form with the approved budget (and sources, when given). */
export function approvedSheet(form: Form, approved: TransitionInput['approvedBudget']): Form {
  if (form.kind !== 'project' || !approved) return form;
  return {
    ...form,
    budget: {
      ...form.budget,
      total: approved.total ?? form.budget.total,
      current: approved.current ?? form.budget.current,
      sources: approved.sources ?? form.budget.sources,
    },
  };
}

/** Anchors comments to the form: a pointer must exist; an indicator id gives its pointer. */
function anchorComments(form: Form, comments: CommentInput[]) {
  const inds = form.kind === 'disclosure' ? [] : form.indicators;
  return comments.map((c) => {
    let pointer = c.pointer;
    let indicatorId = c.indicatorId ?? null;
    if (indicatorId) {
      const pos = inds.findIndex((i) => i.id === indicatorId);
      if (pos < 0) throw workflowError('bad-pointer', { indicatorId });
      pointer ??= `/indicators/${pos}`;
    }
    if (pointer === undefined || !pointerExists(form, pointer))
      throw workflowError('bad-pointer', { pointer: pointer ?? null });
    const idx = indicatorIndex(pointer);
    if (idx !== null) indicatorId ??= inds[idx]?.id ?? null;
    return { pointer, indicatorId, reason: c.reason, text: c.text };
  });
}

async function lockedVisible(tx: Executor, actor: Actor, id: string): Promise<FormWithOrg> {
  const row = await findForm(tx, id, true);
  if (!row || !canSee(actor, row)) throw formError('form-not-found');
  return row;
}

export interface TransitionOptions {
  /**
   * Refuse a form with error findings whatever the action (returns aside): a batch acts on forms the
   * person has not opened, so nothing with errors goes further unseen.
   */
  refuseErrors?: boolean;
}

export async function transition(
  db: Db,
  checker: FormChecker,
  actor: Actor,
  ip: string | null,
  id: string,
  action: Action,
  input: TransitionInput,
  options: TransitionOptions = {},
) {
  return db.transaction(async (tx) => {
    const row = await lockedVisible(tx, actor, id);
    checkActor(formWorkflow, action, { role: actor.role, ownUnit: canWrite(actor, row) });
    const opinion = input.opinion?.trim() || null;
    const rule = checkTransition(formWorkflow, action, row, opinion);
    // Read with today's grammar: what is submitted, checked and approved is the server's reading of the text.
    const form = readFormValues((await loadStoredForm(tx, row)).form);
    if (action === 'submit' || (options.refuseErrors && rule.to !== 'returned')) {
      const findings = checkStoredForm(checker, form, id);
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) throw workflowError('form-has-errors', { findings });
    }
    const anchored = anchorComments(form, input.comments ?? []);
    const updated = await setStatus(tx, row, row.status, rule.to);
    if (!updated) throw workflowError('wrong-status', { status: row.status });
    const t = await repo.insertTransition(tx, {
      regionCode: row.regionCode,
      formId: id,
      action,
      fromStatus: row.status,
      toStatus: rule.to,
      version: row.version,
      actorId: actor.id,
      opinion,
      grade: input.grade ?? null,
    });
    const comments = await repo.insertComments(
      tx,
      anchored.map((c) => ({
        ...c,
        regionCode: row.regionCode,
        formId: id,
        transitionId: t.id,
        version: row.version,
        authorId: actor.id,
      })),
    );
    let approval = null;
    if (action === 'approve') {
      // The 批复表 is checked again as a whole: an approved total that its 资金来源 no longer add up to
      // (150 approved, sources still 164) would be published as it stands.
      const sheet = approvedSheet(form, input.approvedBudget);
      if (sheet !== form) {
        const errors = checkStoredForm(checker, sheet, id).filter((f) => f.severity === 'error');
        const budgetErrors = errors.filter((f) => f.path.startsWith('/budget'));
        if (budgetErrors.length > 0) throw workflowError('approval-inconsistent', { findings: budgetErrors });
      }
      approval = await repo.insertApproval(tx, {
        regionCode: row.regionCode,
        formId: id,
        version: row.version,
        budgetTotal: input.approvedBudget?.total ?? row.budgetTotal,
        budgetCurrent: input.approvedBudget?.current ?? row.budgetCurrent,
        sources: input.approvedBudget?.sources ?? null,
        // An emptied 二级 slot of the editor is no target: the 批复表 lists what was declared.
        targets: (form.kind === 'disclosure' ? [] : form.indicators.filter((i) => !isBlankIndicator(i))).map(
          (i) => ({
            indicatorId: i.id,
            term: i.term,
            goal: i.goal,
            level1: i.level1,
            level2: i.level2,
            name: i.name,
            target: i.target,
          }),
        ),
        approvedBy: actor.id,
        opinion,
        number: input.approvalNote?.number?.trim() || null,
        approvedOn: input.approvalNote?.date ?? null,
        handler: input.approvalNote?.handler?.trim() || null,
        head: input.approvalNote?.head?.trim() || null,
      });
    }
    // The public page is rendered and stored with the publication (and goes when a form leaves it), in
    // this transaction: an anonymous read then costs one statement, never the form's rendering.
    if (rule.to === 'published' || row.status === 'published') await storePublicFormPage(tx, id);
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: `form-${action}`,
        entity: 'form',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status: rule.to, version: row.version, opinion, comments: comments.length },
      },
    );
    // Shown again on submission: the review opinions still open from earlier rounds.
    const openComments = action === 'submit' ? await repo.listComments(tx, id, true) : undefined;
    return { status: rule.to, transition: t, comments, openComments, approval };
  });
}

export async function history(db: Db, actor: Actor, id: string) {
  await visibleForm(db, actor, id);
  return repo.listTransitions(db, id);
}

export async function comments(db: Db, actor: Actor, id: string, openOnly: boolean) {
  await visibleForm(db, actor, id);
  return repo.listComments(db, id, openOnly);
}

export async function addComments(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  input: CommentInput[],
) {
  return db.transaction(async (tx) => {
    const row = await lockedVisible(tx, actor, id);
    const reviewing =
      (actor.role === 'reviewer' && row.status === 'submitted') ||
      (actor.role === 'finance' && row.status === 'passed');
    if (!reviewing) throw workflowError('cannot-comment', { status: row.status });
    const { form } = await loadStoredForm(tx, row);
    const rows = await repo.insertComments(
      tx,
      anchorComments(form, input).map((c) => ({
        ...c,
        regionCode: row.regionCode,
        formId: id,
        version: row.version,
        authorId: actor.id,
      })),
    );
    await appendAudit(
      tx,
      { actor, ip },
      { action: 'comment-add', entity: 'form', entityId: id, after: rows },
    );
    return rows;
  });
}

export async function resolveComment(db: Db, actor: Actor, ip: string | null, id: string, commentId: string) {
  return db.transaction(async (tx) => {
    const row = await lockedVisible(tx, actor, id);
    if (!canWrite(actor, row)) throw workflowError('not-your-form');
    const c = await repo.resolveComment(tx, id, commentId, actor.id);
    if (!c) throw workflowError('comment-not-found');
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'comment-resolve',
        entity: 'review-comment',
        entityId: commentId,
        after: { resolvedAt: c.resolvedAt },
      },
    );
    return c;
  });
}

export async function approval(db: Db, actor: Actor, id: string) {
  await visibleForm(db, actor, id);
  const a = await repo.latestApproval(db, id);
  if (!a) throw workflowError('approval-not-found');
  return a;
}
