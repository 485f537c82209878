// The dashboard's SQL aggregates against the row-by-row computation on generated self-evaluations (every
// status, grade and unit), for finance (all) and a reviewer (their department), and its list followed by
// nextCursor: every self-evaluation of the year in scope exactly once, nothing outside the scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSelfEvaluation } from '@jixiao/core';
import { selfEvaluations } from '../../db/schema.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { orgMapOf } from '../orgs/departments.ts';
import { mostMissed, summariseDepartments, type EvaluationFact } from './evaluation-summary.ts';
import { sampleEvaluation } from '../../test-support/sample-evaluation.ts';

const evaluation = sampleEvaluation;

interface Stored {
  id: string;
  year: number;
  org: string;
  status: string;
  fact: EvaluationFact;
}

describe.each(drivers)('evaluation dashboard aggregates and pages on %s', (driver) => {
  let ctx: TestContext;
  const stored: Stored[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const plan = [
      { filler: 'fillerA1', org: 'unitA1', n: 4 },
      { filler: 'fillerA2', org: 'unitA2', n: 3 },
      { filler: 'fillerB1', org: 'unitB1', n: 3 },
    ] as const;
    const statuses = ['confirmed', 'draft', 'confirmed', 'submitted', 'confirmed', 'passed'];
    let k = 0;
    for (const p of plan) {
      const session = await ctx.as(p.filler);
      for (let i = 0; i < p.n; i++) {
        const name = `${p.org}项目${i}`;
        const formId = (await session.post('/api/forms', { form: sampleProject({ name }) })).json().meta
          .id as string;
        for (const year of [2025, 2024]) {
          // Varied scores (数量 3…12 of ≥10 → 差 to 优), budgets with decimals, some unscored.
          const data = evaluation(name, `${100 + k}.25`, `${50 + 7 * k}.5`, `${3 + (k % 10)}个`);
          const scored = k % 7 !== 6;
          const result = scored ? scoreSelfEvaluation(data) : null;
          const status = statuses[k % statuses.length]!;
          const at = new Date(Date.UTC(2026, 0, 1 + (k % 3), 8)); // shared times: the id breaks ties
          const [row] = await ctx.database.db
            .insert(selfEvaluations)
            .values({
              regionCode: TEST_REGION,
              formId,
              orgId: ctx.orgs[p.org],
              year,
              status,
              data,
              result,
              total: result?.total ?? null,
              grade: result?.grade?.grade ?? null,
              updatedAt: at,
              createdAt: at,
            })
            .returning({ id: selfEvaluations.id });
          stored.push({
            id: row!.id,
            year,
            org: p.org,
            status,
            fact: {
              orgId: ctx.orgs[p.org]!,
              projectName: name,
              total: result?.total ?? null,
              grade: result?.grade?.grade ?? null,
              data,
              result,
            },
          });
          k++;
        }
      }
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  async function pages(session: Session, limit: number) {
    const all: { id: string }[][] = [];
    let url = `/api/evaluation/dashboard?year=2025&limit=${limit}`;
    for (let n = 0; n < 100; n++) {
      const res = await session.get(url);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      all.push(body.evaluations.items);
      if (body.evaluations.nextCursor === null) return { first: body, all };
      expect(body.evaluations.items).toHaveLength(limit);
      url = `/api/evaluation/dashboard?year=2025&limit=${limit}&cursor=${body.evaluations.nextCursor}`;
    }
    throw new Error('the cursor never ended');
  }

  const scopes = [
    { user: 'finance', orgs: ['unitA1', 'unitA2', 'unitB1'] },
    { user: 'reviewerA', orgs: ['unitA1', 'unitA2'] },
  ] as const;

  it.each(scopes)('$user: the aggregates equal the row-by-row summaries', async ({ user, orgs }) => {
    const d = (await (await ctx.as(user)).get('/api/evaluation/dashboard?year=2025')).json();
    const rows = stored.filter((s) => s.year === 2025 && (orgs as readonly string[]).includes(s.org));
    const confirmed = rows.filter((s) => s.status === 'confirmed').map((s) => s.fact);
    expect(confirmed.length).toBeGreaterThan(2);
    const orgMap = await orgMapOf(ctx.database.db);
    expect(d.departments).toEqual(summariseDepartments(confirmed, [], orgMap));
    expect(d.missedIndicators).toEqual(mostMissed(confirmed));
    const counts: Record<string, number> = {};
    for (const s of rows) counts[s.status] = (counts[s.status] ?? 0) + 1;
    expect(d.statusCounts).toEqual(counts);
    expect(d.evaluations.total).toBe(rows.length);
  });

  it.each(scopes)('$user: paging returns every self-evaluation of the scope once', async ({ user, orgs }) => {
    const { all } = await pages(await ctx.as(user), 3);
    const ids = all.flat().map((e) => e.id);
    const expected = stored.filter((s) => s.year === 2025 && (orgs as readonly string[]).includes(s.org));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((s) => s.id).sort());
    expect(all.length).toBeGreaterThan(1);
  });

  it('refuses a cursor that is not one of ours', async () => {
    const res = await (await ctx.as('finance')).get('/api/evaluation/dashboard?year=2025&cursor=bm9wZQ');
    expect(res.statusCode).toBe(400);
  });
});
