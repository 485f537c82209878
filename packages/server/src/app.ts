// buildApp: the Fastify application over an open database (tests call it with a fresh PGlite).
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import { checkForm } from '@jixiao/core';
import { shippedCheckerKey } from './features/dashboards/form-findings.ts';
import type { AppDeps, FormChecker } from './app-deps.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { installAccessControl, type RouteEntry } from './http/access.ts';
import { smtpMailer } from './mail/mailer.ts';
import { workRoutes } from './features/work/work.routes.ts';
import { installErrorHandler, sendFrameworkError } from './http/error-handler.ts';
import { installJsonParser } from './http/json-body.ts';
import { swaggerTransform, zodValidatorCompiler } from './http/validation.ts';
import { responseSerializerCompiler } from './http/response-serializer.ts';
import { SESSION_COOKIE, loadSession } from './features/auth/auth.service.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { SessionCache } from './features/auth/session-cache.ts';
import {
  SESSION_CHANNEL,
  announceSessionChange,
  forgetHeardSession,
} from './features/auth/session-announce.ts';
import { ALL_FORMS, FORM_CHANNEL, FormCache, forgetForm } from './features/forms/form-cache.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { checkRoutes } from './features/checks/checks.routes.ts';
import { dashboardRoutes } from './features/dashboards/dashboards.routes.ts';
import { indicatorLibraryRoutes } from './features/indicator-library/indicator-library.routes.ts';
import { exportRoutes } from './features/exports/exports.routes.ts';
import { formRoutes } from './features/forms/forms.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { importRoutes } from './features/imports/imports.routes.ts';
import { mappingRoutes } from './features/layout-labels/mappings.routes.ts';
import { orgRoutes } from './features/orgs/orgs.routes.ts';
import { publicRoutes } from './features/public/public.routes.ts';
import {
  ALL_PAGES,
  PUBLIC_PAGES_CHANNEL,
  PublicPageTags,
  touchesLists,
  type PublicFormTag,
  type PublicListPage,
} from './http/public-page-tags.ts';
import { userRoutes } from './features/users/users.routes.ts';
import { workflowRoutes } from './features/workflow/workflow.routes.ts';
import { monitoringRoutes } from './features/monitoring/monitoring.routes.ts';
import { evaluationImportRoutes } from './features/evaluation-imports/evaluation-imports.routes.ts';
import { selfEvaluationRoutes } from './features/self-evaluation/self-evaluation.routes.ts';
import { evaluationDashboardRoutes } from './features/evaluation-dashboard/evaluation-dashboard.routes.ts';
import { webStatic } from './http/web-static.ts';
import { s3BlobStore } from './storage/blob-store.ts';
import { databaseRateLimitStore } from './http/db-rate-limit-store.ts';
import { startScheduledCleanup } from './scheduled-cleanup.ts';
import { documentPool } from './documents/document-pool.ts';
import type { DocumentReader } from './documents/document-reader.ts';
import { budgetRoutes } from './features/budgets/budgets.routes.ts';
import { budgetFormRoutes } from './features/budgets/budget-forms.routes.ts';
import { disclosureRoutes } from './features/disclosures/disclosures.routes.ts';
import { storeDepartmentPageCopies } from './features/disclosures/page-copies.ts';
import { openDataRoutes } from './features/open-data/open-data.routes.ts';
import { watchSlowRequests } from './http/slow-requests.ts';
import { checkReportRoutes } from './features/check-reports/check-reports.routes.ts';

export interface BuildOptions {
  config: Config;
  database: Database;
  /** The checks run on submission and on stored forms (default: every registered rule). */
  checkForm?: FormChecker;
  /** The time, for the scheduled clean-ups (tests move it). */
  clock?: () => Date;
  /** Reads uploaded files (default: a worker pool sized by the configuration, closed with the app). */
  documents?: DocumentReader;
  /** Keep one worker of the default pool started, so the first upload does not wait for it (the server). */
  warmDocuments?: boolean;
  /**
   * Whether this app runs the server's scheduled clean-up (scheduled-cleanup.ts; default yes). No in the
   * processes of a server of several: their primary runs it once for all of them.
   */
  scheduledCleanup?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export async function buildApp({
  config,
  database,
  checkForm: checker,
  clock = () => new Date(),
  documents,
  warmDocuments = false,
  scheduledCleanup = true,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: config.bodyLimit,
    // Only the listed proxies' forwarded headers are believed: request.ip is the address the nearest
    // untrusted hop connected from, so a client cannot choose its own address by writing X-Forwarded-For.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    ajv: { customOptions: { removeAdditional: false } },
    // A URL the router cannot decode answers in the API's own error format, not Fastify's English one.
    frameworkErrors: (error, _request, reply) => sendFrameworkError(error, reply as unknown as FastifyReply),
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  // JSON only (and multipart for uploads): a cross-site text/plain form post is refused outright.
  app.removeContentTypeParser('text/plain');
  installJsonParser(app);
  installErrorHandler(app, { uploadBytes: config.uploadLimit, bodyBytes: config.bodyLimit });
  watchSlowRequests(app, { thresholdMs: config.slowRequestSeconds * 1000 });

  // A callback hook: on every answer, without a promise and a turn of the microtask queue.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  // Cookies are parsed where a session is looked for (the access hook's loader, below), not by a hook of their
  // own on every request: one hook less on every answer (docs/scale.md, h-detail34). Setting a cookie still
  // works (the plugin reads the request's cookies then).
  await app.register(cookie, { hook: false });
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(database.db),
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'FST_ERR_RATE_LIMIT',
      message: `请求过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试`,
    }),
  });
  // Multipart uploads: registered by the plugins whose routes take files (http/uploads.ts).
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Jixiao 绩效 API',
        version: '0.1.0',
        description: '预算绩效目标：填报、审核、批复、公开',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: swaggerTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // A revocation is announced to the other processes only where sessions are kept at all.
  const keepsSessions = config.sessionCacheSeconds > 0;
  const sessions = new SessionCache(config.sessionCacheSeconds * 1000, undefined, undefined, (change) => {
    if (keepsSessions) void announceSessionChange(database.db, change).catch((e: unknown) => app.log.warn(e));
  });
  const table = installAccessControl(app, (request) => {
    const header = request.headers.cookie;
    return loadSession(database.db, header ? app.parseCookie(header)[SESSION_COOKIE] : undefined, sessions);
  });
  app.decorate('routeTable', table);

  const deps: AppDeps = {
    db: database.db,
    config,
    checkForm: checker ?? ((form) => checkForm(form, [form])),
    // Checks passed in (tests) are known only to this app: their stored findings are its own.
    checkerKey: checker ? `custom:${randomUUID()}` : shippedCheckerKey(),
    sessions,
    blobs: config.s3 ? s3BlobStore(config.s3) : undefined,
    forms: new FormCache(config.formCacheSeconds * 1000),
    publicPages: new PublicPageTags(),
    publicForms: new PublicPageTags<PublicFormTag>(),
    // Each kept list page holds up to a page of forms: fewer of them.
    publicLists: new PublicPageTags<PublicListPage>(500),
    departmentRenamed: (tx, org) => storeDepartmentPageCopies(tx, org.regionCode, org.id),
    mailer: config.mail ? smtpMailer(config.mail) : undefined,
    clock,
    documents:
      documents ??
      documentPool({
        threads: config.importWorkers,
        timeoutMs: config.importTimeoutSeconds * 1000,
        niceIncrement: config.importWorkerNice,
        warm: warmDocuments,
      }),
  };
  await app.register(healthRoutes({ ...deps, driver: database.driver }));
  await app.register(authRoutes(deps));
  await app.register(orgRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(formRoutes(deps));
  await app.register(workflowRoutes(deps));
  await app.register(importRoutes(deps));
  await app.register(mappingRoutes(deps));
  await app.register(checkRoutes(deps));
  await app.register(publicRoutes(deps));
  await app.register(auditRoutes(deps));
  let stopCleanup: (() => void) | undefined;
  // Writes to forms by any process are announced on a channel; this process forgets those forms.
  let stopListening: (() => Promise<void>) | undefined;
  let stopPublicPages: (() => Promise<void>) | undefined;
  let stopSessions: (() => Promise<void>) | undefined;
  app.addHook('onReady', async () => {
    // Public pages' tags are kept only once their changes are heard (any process, any writer).
    const publicTags = [deps.publicPages, deps.publicForms, deps.publicLists];
    const announced = (payload: string) => {
      deps.publicPages.forget(payload);
      deps.publicForms.forget(payload);
      if (touchesLists(payload)) deps.publicLists.forget(ALL_PAGES);
    };
    stopPublicPages = await database.listen(PUBLIC_PAGES_CHANNEL, announced, () => announced(ALL_PAGES));
    publicTags.forEach((t) => t.listen());
    // Before serving: a restart after a long stop starts clean.
    if (scheduledCleanup)
      stopCleanup = await startScheduledCleanup({
        db: database.db,
        config,
        clock,
        warn: (e) => app.log.warn(e),
      });
    // Sessions revoked by any process are forgotten here too (heard nothing for a while: all of them).
    if (keepsSessions)
      stopSessions = await database.listen(
        SESSION_CHANNEL,
        (payload) => forgetHeardSession(sessions, payload),
        () => sessions.heard('all'),
      );
    if (config.formCacheSeconds > 0)
      stopListening = await database.listen(FORM_CHANNEL, forgetForm, () => forgetForm(ALL_FORMS));
  });
  app.addHook('onClose', async () => {
    stopCleanup?.();
    await stopListening?.();
    await stopSessions?.();
    deps.publicPages.stop();
    deps.publicForms.stop();
    deps.publicLists.stop();
    await stopPublicPages?.();
    deps.forms.dispose();
    if (!documents) await deps.documents.close();
  });
  await app.register(exportRoutes(deps));
  await app.register(dashboardRoutes(deps));
  await app.register(indicatorLibraryRoutes(deps));
  await app.register(monitoringRoutes(deps));
  await app.register(selfEvaluationRoutes(deps));
  await app.register(evaluationImportRoutes(deps));
  await app.register(evaluationDashboardRoutes(deps));
  await app.register(budgetRoutes(deps));
  await app.register(budgetFormRoutes(deps));
  await app.register(disclosureRoutes(deps));
  await app.register(openDataRoutes(deps));
  await app.register(workRoutes(deps));
  await app.register(checkReportRoutes(deps));
  // The web app, after the API so that /api keeps its JSON 404.
  await app.register(webStatic);
  return app;
}
