// /api/monitoring: rounds (finance opens them for chosen approved projects), entries (units fill them),
// export and import of the 监控表 (.xlsx).
import {
  entryView,
  idParams,
  markBody,
  markResponse,
  monitoringCandidateList,
  openRoundResponse,
  reopenBody,
  reopenResponse,
  roundBody,
  roundDetail,
  roundEntriesQuery,
  roundListResponse,
  roundStepResponse,
  yearQuery,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { layoutMonitoring } from '@jixiao/documents';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { evaluationReaders as readers, exportRoute, uploadedFile } from '../evaluation-common/file-routes.ts';
import { monitoringSaveBody } from './monitoring-input.ts';
import { monitoringInputFromFile } from './monitoring-import.ts';
import * as service from './monitoring.service.ts';
import { closeRound, markEntry, reopenRound } from './monitoring-workflow.ts';
import { entryRules, roundRules } from './monitoring-rules.ts';
import { acceptUploads } from '../../http/uploads.ts';

const route = featureRoutes('monitoring');

export function monitoringRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.get(
      '/api/monitoring/candidates',
      route(['finance'], '可纳入监控的已批复项目', {
        querystring: yearQuery,
        response: { 200: monitoringCandidateList },
      }),
      async (request) => service.listCandidates(db, request.query.year),
    );

    app.get(
      '/api/monitoring/rounds',
      route(readers, '监控轮次', { response: { 200: roundListResponse } }),
      async (request) => service.listRounds(db, actorOf(request)),
    );

    app.post(
      '/api/monitoring/rounds',
      route(['finance'], '开启监控轮次（选择参与的已批复项目）', {
        body: roundBody,
        response: { 201: openRoundResponse },
      }),
      async (request, reply) => {
        const body = request.body;
        const today = deps.clock();
        return reply
          .status(201)
          .send(await service.createRound(db, actorOf(request), request.ip, body, today));
      },
    );

    app.get(
      '/api/monitoring/rounds/:id',
      route(readers, '监控轮次及项目', { params: idParams, response: { 200: roundDetail } }),
      async (request) => service.getRound(db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/monitoring/rounds/:id/entries',
      // The page's text as its statement wrote it, sent as it is, like the forms list: no response schema
      // (the answer is roundEntriesResponse of the contract, its bytes those the schema's serializer wrote).
      route(readers, '监控轮次的项目（按更新时间分页）', {
        params: idParams,
        querystring: roundEntriesQuery,
      }),
      async (request, reply) => {
        const json = await service.listRoundEntries(db, actorOf(request), request.params.id, request.query);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.post(
      '/api/monitoring/rounds/:id/close',
      route([roundRules.close.role], '关闭监控轮次（填报只读、预警冻结）', {
        params: idParams,
        response: { 200: roundStepResponse },
      }),
      async (request) => closeRound(db, actorOf(request), request.ip, request.params.id),
    );

    app.post(
      '/api/monitoring/rounds/:id/reopen',
      route([roundRules.reopen.role], '重新开启监控轮次（须写明原因）', {
        params: idParams,
        body: reopenBody,
        response: { 200: reopenResponse },
      }),
      async (request) => reopenRound(db, actorOf(request), request.ip, request.params.id, request.body),
    );

    for (const action of ['submit', 'withdraw'] as const)
      app.post(
        `/api/monitoring/entries/:id/${action}`,
        route(
          [entryRules[action].role],
          action === 'submit' ? '提交项目监控表（已提交）' : '撤回已提交的项目监控表',
          { params: idParams, body: markBody, response: { 200: markResponse } },
        ),
        async (request) =>
          markEntry(db, actorOf(request), request.ip, request.params.id, action, request.body.version),
      );

    app.get(
      '/api/monitoring/entries/:id',
      route(readers, '项目监控表（含预警）', { params: idParams, response: { 200: entryView } }),
      async (request) => service.getEntry(db, actorOf(request), request.params.id),
    );

    app.put(
      '/api/monitoring/entries/:id',
      route(['filler'], '填报项目监控表', {
        params: idParams,
        body: monitoringSaveBody,
        response: { 200: entryView },
      }),
      async (request) => service.saveEntry(db, actorOf(request), request.ip, request.params.id, request.body),
    );

    exportRoute(
      app,
      {
        path: '/api/monitoring/entries/:id/export',
        tag: 'monitoring',
        summary: '导出项目监控表（xlsx/docx/pdf）',
      },
      async (actor, id) => {
        const view = await service.getEntry(db, actor, id);
        const layout = layoutMonitoring(view.data, view.report, view.entry.orgName);
        return { layout, baseName: `监控表-${view.entry.projectName}` };
      },
    );

    app.post(
      '/api/monitoring/entries/:id/import',
      route(['filler'], '导入填好的项目监控表（multipart，字段 file）', {
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: entryView },
      }),
      async (request) => {
        const actor = actorOf(request);
        const { id } = request.params;
        const view = await service.getEntry(db, actor, id);
        const file = await uploadedFile(request);
        const input = await monitoringInputFromFile(
          deps.documents,
          view.data,
          view.entry.version,
          file.data,
          file.fileName,
        );
        return service.saveEntry(db, actor, request.ip, id, input);
      },
    );
  };
}
