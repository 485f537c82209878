// /api/indicator-library: while a 三级指标 name is typed, indicators of approved (and published) forms
// with the same 二级指标 and a similar name. A user draws on the approved forms they may see, and on every
// published form (public anyway).
import { librarySuggestQuery } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.ts';
import { forms, indicators, orgs } from '../../db/schema.ts';
import { actorOf } from '../../http/access.ts';
import { formScope, scopeCondition } from '../forms/form-access.ts';
import { suggest } from './library.ts';

/** Enough rows of one 二级指标 to find the common names; the oldest beyond this are not read. */
const CANDIDATES = 5000;

export function indicatorLibraryRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/indicator-library',
      {
        config: { access: ['filler', 'reviewer', 'finance'] },
        schema: {
          tags: ['indicator-library'],
          summary: '指标库：已批复的同类指标',
          querystring: librarySuggestQuery,
        },
      },
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
          .innerJoin(forms, eq(forms.id, indicators.formId))
          .innerJoin(orgs, eq(orgs.id, forms.orgId))
          .where(and(eq(indicators.level2, q.level2), or(eq(forms.status, 'published'), approved)))
          .limit(CANDIDATES);
        const usable = rows.flatMap((r) => (r.name ? [{ ...r, name: r.name }] : []));
        return { items: suggest(usable, q.q, q.limit) };
      },
    );
  };
}
