// Downloads: a form in the official layout (.xlsx/.docx/.pdf) — the 批复表 once it is approved — for
// those who may see it, and published forms (.xlsx/.pdf/.csv) for the public.
import { formExportParams as formParams, publicExportParams as publicParams } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { FastifyReply } from 'fastify';
import { closeBrowser, exportDocx, exportPdf, exportXlsx } from '@jixiao/documents';
import type { Form } from '@jixiao/core';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { formError } from '../forms/forms.errors.ts';
import { findForm } from '../forms/forms.repo.ts';
import { loadStoredForm, visibleForm } from '../forms/forms.service.ts';
import { contentDisposition } from '../../http/file-name.ts';
import { latestApproval } from '../workflow/workflow.repo.ts';
import { approvalForm } from '@jixiao/core';
import { targetsCsv } from './csv.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

const APPROVED = new Set(['approved', 'published']);

async function render(form: Form, format: Format): Promise<Uint8Array | string> {
  switch (format) {
    case 'xlsx':
      return exportXlsx(form);
    case 'docx':
      return exportDocx(form);
    case 'pdf':
      return exportPdf(form);
    case 'csv':
      return targetsCsv(form);
  }
}

function fileName(name: string, form: Form, format: Format): string {
  const kind = form.kind === 'project' ? (form.formType === '批复表' ? '批复表' : '申报表') : '';
  const base = (name || '表单').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
  return `${base}${kind ? '-' + kind : ''}${format === 'csv' ? '-绩效目标' : ''}.${format}`;
}

async function send(reply: FastifyReply, name: string, form: Form, format: Format) {
  const body = await render(form, format);
  return reply
    .header('content-type', TYPES[format])
    .header('content-disposition', contentDisposition(fileName(name, form, format)))
    .send(typeof body === 'string' ? body : Buffer.from(body));
}

const route = featureRoutes('exports');
/** A file the public may download: listed with the public routes. */
const publicRoute = featureRoutes('public');

export function exportRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    // The PDF writer keeps one Chromium for speed; it goes when the server does.
    app.addHook('onClose', async () => closeBrowser());

    app.get(
      '/api/forms/:id/export/:format',
      route(['filler', 'reviewer', 'finance'], '下载表单（批复后为批复表）', { params: formParams }),
      async (request, reply) => {
        const { id, format } = request.params;
        const row = await visibleForm(db, actorOf(request), id);
        const { form } = await loadStoredForm(db, row);
        const approval = APPROVED.has(row.status) ? await latestApproval(db, id) : null;
        return send(reply, row.name, approvalForm(form, approval), format);
      },
    );

    app.get(
      '/api/public/forms/:id/export/:format',
      publicRoute('public', '下载已公开的表单', { params: publicParams }),
      async (request, reply) => {
        const { id, format } = request.params;
        const row = await findForm(db, id);
        if (!row || row.status !== 'published') throw formError('form-not-found');
        const { form } = await loadStoredForm(db, row);
        return send(reply, row.name, approvalForm(form, await latestApproval(db, id)), format);
      },
    );
  };
}
