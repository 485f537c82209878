// One action with one opinion on many forms: each form goes through the same transition as alone
// (authorisation, state, checks, record, audit), in its own transaction, and refusing errors — a form
// nobody opened must not go further with error findings. A form that cannot take the action is skipped
// with its reason; the others are done.
import type { Finding } from '@jixiao/core';
import type { FormChecker } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { canSee } from '../forms/form-access.ts';
import { findForm } from '../forms/forms.repo.ts';
import {
  formStatusLabels,
  type BatchItem,
  type BatchResponse,
  type batchRequest,
} from '@jixiao/core/contracts';
import type { z } from 'zod';
import { checkBatch } from './form-workflow.ts';
import { transition } from './workflow.service.ts';

const STATUS_LABELS: Record<string, string> = formStatusLabels;

/** How many findings a skipped form names: enough to know what to fix, short enough for a list. */
const NAMED_FINDINGS = 3;

function errorsReason(details: Record<string, unknown>): string {
  const findings = (details['findings'] as Finding[] | undefined) ?? [];
  const errors = findings.filter((f) => f.severity === 'error');
  const named = errors.slice(0, NAMED_FINDINGS).map((f) => f.message);
  const more = errors.length > NAMED_FINDINGS ? ` 等` : '';
  return `表单有 ${errors.length} 个错误级审核问题：${named.join('；')}${more}`;
}

async function skipped(db: Db, actor: Actor, formId: string, error: AppError): Promise<BatchItem> {
  const row = await findForm(db, formId);
  const visible = row !== undefined && canSee(actor, row);
  let message = error.message;
  if (error.code === 'form-has-errors') message = errorsReason(error.details);
  else if (error.code === 'wrong-status' && visible)
    message = `表单当前为“${STATUS_LABELS[row.status] ?? row.status}”，不能执行此操作`;
  return {
    formId,
    name: visible ? row.name : null,
    outcome: 'skipped',
    status: visible ? row.status : null,
    code: error.code,
    message,
  };
}

export async function batchTransition(
  db: Db,
  checker: FormChecker,
  actor: Actor,
  ip: string | null,
  request: z.output<typeof batchRequest>,
): Promise<BatchResponse> {
  checkBatch(request.action, actor.role, request.opinion);
  const items: BatchItem[] = [];
  // Sequential on purpose: each form locks its row in its own transaction, and the order of the
  // answer follows the selection.
  for (const formId of new Set(request.formIds)) {
    try {
      const result = await transition(
        db,
        checker,
        actor,
        ip,
        formId,
        request.action,
        { opinion: request.opinion, approvalNote: request.approvalNote },
        { refuseErrors: true },
      );
      const row = await findForm(db, formId);
      items.push({ formId, name: row ? row.name : null, outcome: 'done', status: result.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      items.push(await skipped(db, actor, formId, error));
    }
  }
  const done = items.filter((i) => i.outcome === 'done').length;
  return { action: request.action, done, skipped: items.length - done, items };
}
