// /api/check-batches (检查报告): finance uploads many files or a .zip of a region's published documents; the
// batch runs in the background (progress polled), then its report is read — per document and finding,
// each finding with its place — or exported as .xlsx. Kept by year; seen by finance of the organisation
// that ran it and of those above it.
import {
  batchDocumentText,
  batchListQuery,
  batchRunningResponse,
  batchReport,
  batchSummary,
  checkBatchDocumentParams,
  checkBatchParams,
  checkBatchYearQuery,
} from '@jixiao/core/contracts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { checkPool, type DocumentChecker } from '../../batch/check-pool.ts';
import { buildReport } from '../../batch/report-model.ts';
import { writeReportXlsx } from '../../batch/report-xlsx.ts';
import { contentDisposition, safeFileName } from '../../http/file-name.ts';
import { batchJobs, type Upload } from './batch-jobs.ts';
import { checkReportError } from './check-reports.errors.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import {
  batchDocuments,
  batchFindings,
  documentWithRows,
  findBatch,
  listBatches,
  runningBatches,
} from './check-reports.repo.ts';
import { acceptUploads } from '../../http/uploads.ts';

/** Files of one upload at most (an archive counts as one: its files are not limited by this). */
export const MAX_UPLOAD_FILES = 1000;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface CheckReportOptions {
  /** Checks documents (default: a pool of the configured import workers). */
  checker?: DocumentChecker;
}

const route = featureRoutes('check-reports');

export function checkReportRoutes(deps: AppDeps, options: CheckReportOptions = {}): RoutePlugin {
  return async (app) => {
    await acceptUploads(app, deps.config);
    const checker =
      options.checker ??
      checkPool({
        threads: deps.config.importWorkers,
        timeoutMs: deps.config.importTimeoutSeconds * 1000,
        niceIncrement: deps.config.importWorkerNice,
      });
    const jobs = batchJobs(deps.db, checker, deps.clock, (e) => app.log.error(e));
    app.addHook('onClose', () => jobs.close(options.checker ? async () => {} : () => checker.close()));

    async function visible(request: Parameters<typeof actorOf>[0], id: string) {
      const batch = await findBatch(deps.db, actorOf(request), id, deps.clock());
      if (!batch) throw checkReportError('batch-not-found');
      return batch;
    }

    app.post(
      '/api/check-batches',
      route(['finance'], '上传多个文件或 .zip 压缩包，后台批量审核（multipart，字段 file，可重复）', {
        consumes: ['multipart/form-data'],
        querystring: checkBatchYearQuery,
        response: { 202: batchSummary },
      }),
      async (request, reply) => {
        const actor = actorOf(request);
        const { year } = request.query;
        if (!request.isMultipart()) throw checkReportError('no-file');
        const uploads: Upload[] = [];
        let bytes = 0;
        const maxBytes = deps.config.uploadLimit * 10;
        const parts = request.parts({
          limits: { files: MAX_UPLOAD_FILES, parts: MAX_UPLOAD_FILES + 4, fileSize: deps.config.uploadLimit },
        });
        for await (const part of parts) {
          if (part.type !== 'file') continue;
          if (uploads.length >= MAX_UPLOAD_FILES) throw checkReportError('too-many-files');
          const data = await part.toBuffer();
          bytes += data.length;
          if (bytes > maxBytes) throw checkReportError('batch-too-large');
          if (data.length > 0 || part.filename) uploads.push({ name: safeFileName(part.filename), data });
        }
        if (uploads.length === 0) throw checkReportError('no-file');
        const id = await jobs.start(actor, year, uploads);
        // The batch just started is the actor's own: always found (the check keeps the answer's type plain).
        const batch = await findBatch(deps.db, actor, id, deps.clock());
        if (!batch) throw checkReportError('batch-not-found');
        return reply.status(202).send(batch);
      },
    );

    app.get(
      '/api/check-batches',
      // The page's text as its statement wrote it, sent as it is, as a round's entries: no response schema (the
      // answer is batchListResponse of the contract, its bytes those the schema's serializer wrote).
      route(['finance'], '某年度的检查报告（含进度）', { querystring: batchListQuery }),
      async (request, reply) => {
        const { year, limit, cursor } = request.query;
        const after = cursor === undefined ? undefined : decodeCursor(cursor);
        const json = await listBatches(deps.db, actorOf(request), { year, limit, after }, deps.clock());
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.get(
      '/api/check-batches/running',
      route(['finance'], '某年度仍在检查中的报告（列表页轮询进度）', {
        querystring: checkBatchYearQuery,
        response: { 200: batchRunningResponse },
      }),
      async (request) => runningBatches(deps.db, actorOf(request), request.query.year, deps.clock()),
    );

    app.get(
      '/api/check-batches/:id',
      route(['finance'], '检查报告：进度、每个文件与每条审核发现', {
        params: checkBatchParams,
        response: { 200: batchReport },
      }),
      async (request) => {
        const { id } = request.params;
        const batch = await visible(request, id);
        const [documents, findings] = await Promise.all([
          batchDocuments(deps.db, id),
          batchFindings(deps.db, id),
        ]);
        return { ...batch, documents, findings };
      },
    );

    app.get(
      '/api/check-batches/:id/documents/:documentId',
      route(['finance'], '检查报告中一个文件的读取文本及其审核发现', {
        params: checkBatchDocumentParams,
        response: { 200: batchDocumentText },
      }),
      async (request) => {
        const { id, documentId } = request.params;
        await visible(request, id);
        const doc = await documentWithRows(deps.db, id, documentId);
        if (!doc) throw checkReportError('document-not-found');
        return { ...doc, findings: await batchFindings(deps.db, id, documentId) };
      },
    );

    app.get(
      '/api/check-batches/:id/report.xlsx',
      route(['finance'], '导出检查报告（.xlsx）', { params: checkBatchParams }),
      async (request, reply) => {
        const { id } = request.params;
        const batch = await visible(request, id);
        const [documents, findings] = await Promise.all([
          batchDocuments(deps.db, id),
          batchFindings(deps.db, id),
        ]);
        const byDocument = new Map<string, typeof findings>();
        for (const f of findings) byDocument.set(f.documentId, [...(byDocument.get(f.documentId) ?? []), f]);
        const report = buildReport(
          `${batch.year}年 检查报告：${batch.title}`,
          documents.map((d) => ({ ...d, findings: byDocument.get(d.id) ?? [] })),
        );
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', contentDisposition(`检查报告-${batch.year}-${batch.title}.xlsx`))
          .send(Buffer.from(await writeReportXlsx(report)));
      },
    );
  };
}
