// /api/self-evaluations: start from an approved project, fill and score, export the 项目支出绩效自评表
// (xlsx/docx/pdf), import a filled one; /api/forms/:id/evaluation-history for next year's editor.
import {
  evaluationBehindResponse,
  evaluationCandidateList,
  evaluationListQuery as listQuery,
  evaluationTransitionBody as transitionBody,
  evaluationView,
  historyView,
  idParams,
  markResponse,
  selfEvaluationCreateBody as createBody,
  yearQuery,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { checkStatedTotal } from '@jixiao/core';
import { evaluationTitle, scoreOf } from './self-evaluation-scoring.ts';
import { layoutSelfEvaluation } from '@jixiao/documents';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { evaluationReaders as readers, exportRoute, uploadedFile } from '../evaluation-common/file-routes.ts';
import { evaluationHistory } from './evaluation-history.service.ts';
import { selfEvaluationSaveBody } from './self-evaluation-input.ts';
import { readSelfEvaluationFile, selfEvaluationInputFromTable } from './self-evaluation-import.ts';
import * as service from './self-evaluation.service.ts';
import { evaluationActions, selfEvaluationRules, transitionEvaluation } from './self-evaluation-workflow.ts';
import { acceptUploads } from '../../http/uploads.ts';

const route = featureRoutes('self-evaluation');

export function selfEvaluationRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.get(
      '/api/self-evaluations',
      // The page's text as its statement wrote it, sent as it is, as a round's entries: no response schema (the
      // answer is evaluationListResponse of the contract, its bytes those the schema's serializer wrote).
      route(readers, '自评表列表', { querystring: listQuery }),
      async (request, reply) => {
        const json = await service.listEvaluations(db, actorOf(request), request.query);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.get(
      '/api/self-evaluations/behind',
      route(readers, '待催报的单位（全年度，不分页）', {
        querystring: yearQuery,
        response: { 200: evaluationBehindResponse },
      }),
      async (request) => service.unitsBehind(db, actorOf(request), request.query.year),
    );

    app.get(
      '/api/self-evaluations/candidates',
      route(readers, '尚未自评的已批复项目', {
        querystring: yearQuery,
        response: { 200: evaluationCandidateList },
      }),
      async (request) => service.listCandidates(db, actorOf(request), request.query.year),
    );

    app.post(
      '/api/self-evaluations',
      route(['filler'], '从批复的项目开始自评（本单位）', {
        body: createBody,
        response: { 201: evaluationView },
      }),
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createEvaluation(db, actorOf(request), request.ip, request.body)),
    );

    app.get(
      '/api/self-evaluations/:id',
      route(readers, '自评表（含计分过程）', { params: idParams, response: { 200: evaluationView } }),
      async (request) => service.getEvaluation(db, actorOf(request), request.params.id),
    );

    for (const action of evaluationActions) {
      const rule = selfEvaluationRules[action];
      app.post(
        `/api/self-evaluations/:id/${action}`,
        route([rule.role], `自评表${rule.label}${rule.needsOpinion ? '（须填写意见）' : ''}`, {
          params: idParams,
          body: transitionBody,
          response: { 200: markResponse },
        }),
        async (request) =>
          transitionEvaluation(db, actorOf(request), request.ip, request.params.id, action, {
            version: request.body.version,
            opinion: request.body.opinion || null,
          }),
      );
    }

    app.put(
      '/api/self-evaluations/:id',
      route(['filler'], '填报并计分（有错误时不保存）', {
        params: idParams,
        body: selfEvaluationSaveBody,
        response: { 200: evaluationView },
      }),
      async (request) =>
        service.saveEvaluation(db, actorOf(request), request.ip, request.params.id, request.body),
    );

    exportRoute(
      app,
      {
        path: '/api/self-evaluations/:id/export',
        tag: 'self-evaluation',
        summary: '导出项目支出绩效自评表（xlsx/docx/pdf）',
      },
      async (actor, id) => {
        const v = await service.getEvaluation(db, actor, id);
        const title = evaluationTitle(v.evaluation.kind);
        const layout = layoutSelfEvaluation(v.data, v.score, { title });
        return { layout, baseName: `${title}-${v.evaluation.projectName}` };
      },
    );

    app.post(
      '/api/self-evaluations/:id/import',
      route(['filler'], '导入填好的自评表（.xlsx/.docx，multipart 字段 file）', {
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: evaluationView },
      }),
      async (request) => {
        const actor = actorOf(request);
        const { id } = request.params;
        const current = await service.getEvaluation(db, actor, id);
        const file = await uploadedFile(request);
        const table = await readSelfEvaluationFile(deps.documents, file.data, file.fileName);
        const input = selfEvaluationInputFromTable(current.data, current.evaluation.version, table);
        const saved = await service.saveEvaluation(db, actor, request.ip, id, input);
        // R-EVAL-09: the total written in the file against the recomputed one.
        const findings = checkStatedTotal(table.total, scoreOf(saved.data).total, saved.data.projectName);
        return { ...saved, findings };
      },
    );

    app.get(
      '/api/forms/:id/evaluation-history',
      route(readers, '上年绩效结果（上年目标、实际、得分）与历史检查', {
        params: idParams,
        response: { 200: historyView },
      }),
      async (request) => evaluationHistory(db, actorOf(request), request.params.id),
    );
  };
}
