// Public, read-only: published 部门预算公开 by a stable address per department and year, their exports,
// and the open data (CSV, JSON, Fiscal Data Package). Only what finance has published is served.
import {
  disclosureExportQuery as exportQuery,
  openDataFilterQuery as filterQuery,
  orgYearParams,
  publishedDisclosure as publishedDisclosureResponse,
  publishedDisclosureList,
} from '@jixiao/core/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import {
  attachment,
  contentTypes,
  renderPackage,
  type DisclosureContent,
} from '../disclosures/disclosures.service.ts';
import {
  budgetFacts,
  budgetFields,
  dataPackage,
  targetFields,
  targetRows,
  toCsv,
} from './open-data.build.ts';
import { publishedBudgets, publishedDisclosure } from './open-data.service.ts';
import { latestPublicationTagQuery, publicationPage } from '../disclosures/disclosures.repo.ts';
import { publicPageBytes } from '../disclosures/public-page.ts';
import { disclosureError } from '../disclosures/disclosures.errors.ts';
import { PagesByTag, sendJsonBytes, sendNotModified } from '../../http/etag.ts';
import { preferredCoding } from '../../http/content-coding.ts';
import { pageKey, tagOf, type PublicPageTag } from '../../http/public-page-tags.ts';
import { storePageCopies } from '../disclosures/page-copies.ts';
import { gzipCopy } from '../../http/compressed-copies.ts';
import { SingleFlight } from '../forms/single-flight.ts';

const publicAccess = { access: 'public' as const };
const cacheShort = 'public, max-age=300';

/**
 * A public page's bytes, and its compressed copies: both as stored when it was published, or (copies made
 * under another name, or none yet) gzip made on the first request that takes it and brotli once stored.
 */
interface PageBytes {
  plain: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export function openDataRoutes(deps: AppDeps): RoutePlugin {
  const { db, publicPages } = deps;
  // Pages by publication and department name (what names their bytes): kept bytes, sent without being
  // rebuilt, checked or serialised again.
  const pages = new PagesByTag<PageBytes>();
  const pageReads = new SingleFlight<PageBytes | undefined>();
  const latestTag = latestPublicationTagQuery(db);
  /** Publications whose copies are being made again here (once each, whoever asks meanwhile). */
  const copying = new Set<string>();
  /**
   * A page whose stored copies are missing or were made under another name: made and stored after the
   * answer (brotli at quality 11 is ~0.1 s of CPU: never inside a request), then served from `page`.
   */
  const storeCopiesLater = (tag: PublicPageTag, page: PageBytes, log: FastifyBaseLogger) => {
    if (copying.has(tag.id)) return;
    copying.add(tag.id);
    storePageCopies(db, tag.regionCode, tag.id)
      .then((copies) => {
        if (copies?.orgName === tag.orgName) Object.assign(page, { gzip: copies.gzip, br: copies.br });
      })
      .catch((error: unknown) => log.warn({ err: error }, 'a public page could not be compressed'))
      .finally(() => copying.delete(tag.id));
  };
  return async (app) => {
    app.get(
      '/api/public/disclosures',
      {
        config: publicAccess,
        schema: {
          tags: ['open-data'],
          summary: '已公开的部门预算（每个部门每年一个稳定地址）',
          querystring: filterQuery,
          response: { 200: publishedDisclosureList },
        },
      },
      async (request) => {
        const items = await publishedBudgets(db, request.query);
        return {
          items: items.map((p) => ({
            orgId: p.orgId,
            year: p.year,
            department: p.department,
            publishedAt: p.publishedAt,
            url: `/public/disclosure/${p.orgId}/${p.year}`,
            api: `/api/public/disclosures/${p.orgId}/${p.year}`,
          })),
        };
      },
    );
    app.get(
      '/api/public/disclosures/:orgId/:year',
      {
        config: publicAccess,
        schema: {
          tags: ['open-data'],
          summary: '一个部门一年的部门预算公开（说明、报表、绩效目标表）',
          params: orgYearParams,
          response: { 200: publishedDisclosureResponse },
        },
      },
      async (request, reply) => {
        const { orgId, year } = request.params;
        // Read once, then kept until a change of the publication or the department is announced.
        const tag = await publicPages.load(pageKey(orgId, year), async () => {
          const [row] = await latestTag.execute({ orgId, year });
          return row && tagOf(row);
        });
        if (!tag) throw disclosureError('not-published');
        // A publication is never changed (a new one is a new id) and its page is derived from it: the id
        // and the department's name name the bytes exactly, each content coding's copy by a tag of its own.
        const coding = preferredCoding(request.headers['accept-encoding']);
        reply.header('vary', 'accept-encoding');
        if (sendNotModified(request, reply, tag.etag[coding])) return reply;
        const key = `${tag.id}/${tag.orgName}`;
        // Read once for all who ask at the same time; the key names the bytes, so no generation matters.
        const page =
          pages.get(key) ??
          (await pageReads.run(
            key,
            0,
            async () => {
              const stored = await publicationPage(db, tag.regionCode, tag.id);
              if (stored === undefined) return undefined;
              const page: PageBytes = { plain: publicPageBytes(tag.orgName, stored.body) };
              // The copies made at publication, while they are of this name (else made again, after this).
              if (stored.orgName === tag.orgName && stored.gzip && stored.br)
                Object.assign(page, { gzip: Buffer.from(stored.gzip), br: Buffer.from(stored.br) });
              else storeCopiesLater(tag, page, request.log);
              return page;
            },
            (built) => built && pages.keep(key, built),
          ));
        if (!page) throw disclosureError('not-published'); // withdrawn since the tag was read
        if (coding === 'identity') return sendJsonBytes(reply, page.plain);
        if (coding === 'br' && page.br) return sendJsonBytes(reply.header('content-encoding', 'br'), page.br);
        // gzip asked for, or brotli whose copy is not made yet: the gzip copy (made here once if need be).
        page.gzip ??= gzipCopy(page.plain);
        reply.header('etag', tag.etag.gzip);
        return sendJsonBytes(reply.header('content-encoding', 'gzip'), page.gzip);
      },
    );
    app.get(
      '/api/public/disclosures/:orgId/:year/export',
      // Rendering prints in Chromium (twice for a PDF's page numbers): limited per client.
      {
        config: { ...publicAccess, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['open-data'],
          summary: '下载部门预算公开（pdf / docx / xlsx）',
          params: orgYearParams,
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const { orgId, year } = request.params;
        const { format } = request.query;
        const p = await publishedDisclosure(db, orgId, year);
        const bytes = await renderPackage(
          { disclosure: p.disclosure, forms: p.forms } as DisclosureContent,
          format,
        );
        return reply
          .header('content-type', contentTypes[format])
          .header('content-disposition', attachment(p.disclosure.title ?? '部门预算公开', format))
          .send(Buffer.from(bytes));
      },
    );
    app.get(
      '/api/open-data/budgets.json',
      {
        config: publicAccess,
        schema: {
          tags: ['open-data'],
          summary: '已公开的部门预算数据（JSON，按科目）',
          querystring: filterQuery,
        },
      },
      async (request, reply) => {
        const items = await publishedBudgets(db, request.query);
        return reply
          .header('cache-control', cacheShort)
          .send({ unit: '万元', items: items.map(({ forms: _f, ...b }) => b) });
      },
    );
    app.get(
      '/api/open-data/budgets.csv',
      {
        config: publicAccess,
        schema: {
          tags: ['open-data'],
          summary: '已公开的部门预算支出明细（CSV，万元）',
          querystring: filterQuery,
        },
      },
      async (request, reply) => {
        const items = await publishedBudgets(db, request.query);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('cache-control', cacheShort)
          .send(toCsv(budgetFields, items.flatMap(budgetFacts)));
      },
    );
    app.get(
      '/api/open-data/targets.json',
      {
        config: publicAccess,
        schema: {
          tags: ['open-data'],
          summary: '已公开部门的批复绩效目标（JSON）',
          querystring: filterQuery,
        },
      },
      async (request, reply) => {
        const items = await publishedBudgets(db, request.query);
        return reply.header('cache-control', cacheShort).send({ items: items.flatMap(targetRows) });
      },
    );
    app.get(
      '/api/open-data/targets.csv',
      {
        config: publicAccess,
        schema: { tags: ['open-data'], summary: '已公开部门的批复绩效目标（CSV）', querystring: filterQuery },
      },
      async (request, reply) => {
        const items = await publishedBudgets(db, request.query);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('cache-control', cacheShort)
          .send(toCsv(targetFields, items.flatMap(targetRows)));
      },
    );
    app.get(
      '/api/open-data/datapackage.json',
      {
        config: publicAccess,
        schema: { tags: ['open-data'], summary: 'Fiscal Data Package 描述文件（OpenSpending 可直接加载）' },
      },
      async (_request, reply) => {
        const years = [...new Set((await publishedBudgets(db, {})).map((p) => p.year))];
        return reply.header('cache-control', cacheShort).send(dataPackage(years));
      },
    );
  };
}
