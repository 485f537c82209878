// /api/indicator-library: the 指标库 managed by finance (tree, ranked search, CRUD, .xlsx import and
// export) and, while a 三级指标 name is typed, suggestions merging library entries with indicators of
// approved (and published) forms of the same 二级指标. A user draws on the approved forms they may see,
// and on every published form (public anyway); everyone signed in reads the library.
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { onFormOfChild } from '../../db/key-join.ts';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.ts';
import { forms, indicators, orgs } from '../../db/schema.ts';
import { actorOf } from '../../http/access.ts';
import { contentDisposition } from '../../http/file-name.ts';
import { formScope, scopeCondition } from '../forms/form-access.ts';
import { suggest } from './library.ts';
import {
  libraryEntriesQuery as entriesQuery,
  libraryEntryInput as entryInputSchema,
  libraryEntryList,
  libraryEntryParams as idParams,
  libraryEntryResponse,
  libraryImportResult,
  librarySuggestions,
  librarySuggestQuery as suggestQuery,
  libraryTreeResponse,
} from '@jixiao/core/contracts';
import {
  allEntries,
  createEntry,
  deleteEntry,
  getEntry,
  importEntries,
  libraryError,
  libraryTree,
  searchEntries,
  updateEntry,
} from './library-entries.service.ts';
import { mergeSuggestions } from './merge-suggestions.ts';
import { readLibraryXlsx, writeLibraryXlsx } from './library-xlsx.ts';
import { acceptUploads } from '../../http/uploads.ts';

/** Enough rows of one 二级指标 to find the common names; the oldest beyond this are not read. */
const CANDIDATES = 5000;

const readers = ['filler', 'reviewer', 'finance', 'admin'] as const;
const managers = ['finance', 'admin'] as const;
const route = featureRoutes('indicator-library');

export function indicatorLibraryRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.get(
      '/api/indicator-library',
      route(
        ['filler', 'reviewer', 'finance'],
        '指标库：输入三级指标时的建议（指标库条目与已批复的同类指标）',
        { querystring: suggestQuery, response: { 200: librarySuggestions } },
      ),
      async (request) => {
        const q = request.query;
        const seen: SQL | undefined = scopeCondition(formScope(actorOf(request)));
        const approved = and(inArray(forms.status, ['approved', 'published']), seen);
        const rows = await db
          .select({
            name: indicators.name,
            level1: indicators.level1,
            level2: indicators.level2,
            raw: indicators.raw,
            unit: indicators.unit,
            basis: indicators.basis,
            formId: indicators.formId,
          })
          .from(indicators)
          .innerJoin(forms, onFormOfChild(indicators))
          .innerJoin(orgs, eq(orgs.id, forms.orgId))
          .where(and(eq(indicators.level2, q.level2), or(eq(forms.status, 'published'), approved)))
          .limit(CANDIDATES);
        const usable = rows.flatMap((r) => (r.name ? [{ ...r, name: r.name }] : []));
        const fromForms = suggest(usable, q.q, q.limit);
        const fromLibrary = q.q.trim()
          ? await searchEntries(db, { q: q.q, level2: q.level2, category: q.category, limit: q.limit })
          : [];
        return { items: mergeSuggestions(fromForms, fromLibrary, q.limit) };
      },
    );

    app.get(
      '/api/indicator-library/tree',
      route(readers, '指标库目录：行业/领域 → 一级 → 二级（含条目数）', {
        response: { 200: libraryTreeResponse },
      }),
      async () => ({ sectors: await libraryTree(db) }),
    );

    app.get(
      '/api/indicator-library/entries',
      route(readers, '指标库条目：按目录筛选，按名称相似度、项目类别和使用次数排序', {
        querystring: entriesQuery,
        response: { 200: libraryEntryList },
      }),
      async (request) => ({ items: await searchEntries(db, request.query) }),
    );

    app.get(
      '/api/indicator-library/entries/:id',
      route(readers, '指标库条目详情', { params: idParams, response: { 200: libraryEntryResponse } }),
      async (request) => getEntry(db, request.params.id),
    );

    app.post(
      '/api/indicator-library/entries',
      route(managers, '新增指标库条目（财政部门）', {
        body: entryInputSchema,
        response: { 201: libraryEntryResponse },
      }),
      async (request, reply) =>
        reply.status(201).send(await createEntry(db, actorOf(request), request.ip, request.body)),
    );

    app.put(
      '/api/indicator-library/entries/:id',
      route(managers, '修改指标库条目（财政部门）', {
        params: idParams,
        body: entryInputSchema,
        response: { 200: libraryEntryResponse },
      }),
      async (request) => updateEntry(db, actorOf(request), request.ip, request.params.id, request.body),
    );

    app.delete(
      '/api/indicator-library/entries/:id',
      route(managers, '删除指标库条目（财政部门）', { params: idParams }),
      async (request, reply) => {
        await deleteEntry(db, actorOf(request), request.ip, request.params.id);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/indicator-library/export.xlsx',
      route(readers, '导出指标库（.xlsx，可修改后导入）', {}),
      async (_request, reply) => {
        const data = await writeLibraryXlsx(await allEntries(db));
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', contentDisposition('指标库.xlsx'))
          .send(data);
      },
    );

    app.post(
      '/api/indicator-library/import',
      route(
        managers,
        '导入指标库（.xlsx，multipart 字段 file）：新指标添加，同名指标更新；有错误的行时不导入',
        { consumes: ['multipart/form-data'], response: { 200: libraryImportResult } },
      ),
      async (request) => {
        if (!request.isMultipart()) throw libraryError('no-file');
        const part = await request.file();
        if (!part) throw libraryError('no-file');
        const data = await part.toBuffer();
        let read;
        try {
          read = await readLibraryXlsx(data);
        } catch {
          throw libraryError('unreadable-file');
        }
        if (!read.ok) throw libraryError('invalid-rows', { errors: read.errors });
        return importEntries(db, actorOf(request), request.ip, read.entries);
      },
    );
  };
}
