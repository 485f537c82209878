// Authorisation of the monitoring and self-evaluation routes: every route × role (and the public) × a row
// of the caller's own organisation, of a child, of the parent and of an unrelated one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { approvals, forms, monitoringEntries, monitoringRounds, selfEvaluations } from '../../db/schema.ts';
import { insertForm } from '../forms/forms.service.ts';
import {
  createTestApp,
  TEST_REGION,
  type AccountName,
  type OrgName,
  type TestContext,
} from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import {
  evaluationAccessSpecs,
  type EvalRel,
  type EvalWho,
  type EvaluationAccessSpec,
} from '../../test-support/evaluation-access-specs.ts';

const actorOf: Record<Exclude<EvalWho, 'public'>, AccountName> = {
  filler: 'fillerA1',
  reviewer: 'reviewerA',
  finance: 'finance',
  admin: 'admin',
};
const relOrg: Record<EvalWho, Partial<Record<EvalRel, OrgName>>> = {
  filler: { own: 'unitA1', parent: 'deptA', other: 'unitB1' },
  reviewer: { own: 'deptA', child: 'unitA1', parent: 'root', other: 'unitB1' },
  finance: { own: 'root', child: 'unitA1', other: 'unitB1' },
  admin: { own: 'root', child: 'unitA1', other: 'unitB1' },
  public: { other: 'unitA1' },
};
const whos: EvalWho[] = ['public', 'filler', 'reviewer', 'finance', 'admin'];
let roundCounter = 0;

describe.each(drivers)('monitoring and self-evaluation access on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** An approved project of `org` with a round, an entry and a self-evaluation. */
  async function prepare(org: OrgName) {
    const db = ctx.database.db;
    const orgId = ctx.orgs[org];
    const stored = await insertForm(db, { actor: null, ip: null }, sampleProject(), {
      orgId,
      regionCode: TEST_REGION,
    });
    const formId = stored.meta.id;
    await db.update(forms).set({ status: 'approved' }).where(eq(forms.id, formId));
    await db
      .insert(approvals)
      .values({ regionCode: TEST_REGION, formId, version: 1, budgetCurrent: '200', targets: [] });
    const [round] = await db
      .insert(monitoringRounds)
      // One round per period: each preparation opens its own period.
      .values({ regionCode: TEST_REGION, year: 2200 + roundCounter++, month: 7, title: 't', thresholds: {} })
      .returning();
    const entryData = {
      projectId: formId,
      projectName: 'p',
      year: 2025,
      month: 7,
      budget: { annual: '200', executedToDate: '0', plannedShareToDate: null },
      indicators: [],
    };
    const [entry] = await db
      .insert(monitoringEntries)
      .values({
        regionCode: TEST_REGION,
        roundId: round!.id,
        year: round!.year,
        formId,
        orgId,
        data: entryData,
      })
      .returning();
    const evalData = {
      projectId: formId,
      projectName: 'p',
      year: 2025,
      supervisor: null,
      executor: null,
      budget: { initial: null, annual: '200', executed: '0' },
      goals: [],
      indicators: [],
      conclusions: { problems: null, improvements: null },
    };
    const [ev] = await db
      .insert(selfEvaluations)
      .values({ regionCode: TEST_REGION, formId, orgId, year: 2024, data: evalData })
      .returning();
    return { formId, roundId: round!.id, entryId: entry!.id, evaluationId: ev!.id };
  }

  /** Reading leaves the rows as they were: GET routes share one set of rows per organisation. */
  const readRows = new Map<OrgName, ReturnType<typeof prepare>>();
  function prepareFor(spec: EvaluationAccessSpec, org: OrgName) {
    if (spec.method !== 'GET') return prepare(org);
    if (!readRows.has(org)) readRows.set(org, prepare(org));
    return readRows.get(org)!;
  }

  function urlFor(spec: EvaluationAccessSpec, ids: Awaited<ReturnType<typeof prepare>> | null) {
    if (!ids || !spec.target) return spec.url;
    const id = { round: ids.roundId, entry: ids.entryId, evaluation: ids.evaluationId, form: ids.formId }[
      spec.target
    ];
    return spec.url.replace(':id', id);
  }

  it('covers every monitoring, self-evaluation and dashboard route of the app', () => {
    const mine = ctx.app.routeTable
      .filter((r) => /^\/api\/(monitoring|self-evaluations|evaluation)\b|evaluation-history$/.test(r.url))
      // Imports of outside 自评表/监控表 state their policy in the access matrix (http/access-matrix.test.ts).
      .filter((r) => !r.url.startsWith('/api/evaluation-imports'))
      .map((r) => `${r.method} ${r.url}`);
    const covered = new Set(evaluationAccessSpecs.map((s) => `${s.method} ${s.url.split('?')[0]}`));
    expect(mine.filter((k) => !covered.has(k))).toEqual([]);
    expect(mine.length).toBe(evaluationAccessSpecs.length);
  });

  it('allows and denies as the policy says', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const spec of evaluationAccessSpecs) {
      for (const who of whos) {
        const session = who === 'public' ? null : await ctx.as(actorOf[who]);
        const rels: EvalRel[] = spec.target ? (Object.keys(relOrg[who]) as EvalRel[]) : ['none'];
        for (const rel of rels) {
          const ids = spec.target ? await prepareFor(spec, relOrg[who][rel]!) : null;
          const url = urlFor(spec, ids);
          const headers: Record<string, string> = session
            ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken }
            : {};
          let res;
          if (spec.multipart) {
            const b = '----jxacc';
            res = await ctx.app.inject({
              method: 'POST',
              url,
              headers: { ...headers, 'content-type': `multipart/form-data; boundary=${b}` },
              payload: `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n不是表格\r\n--${b}--\r\n`,
            });
          } else {
            const body = spec.body?.({ formId: ids?.formId ?? '' });
            res = await ctx.app.inject({
              method: spec.method,
              url,
              headers,
              ...(body === undefined ? {} : { payload: body as object }),
            });
          }
          const denied = [401, 403, 404].includes(res.statusCode);
          const expected = spec.allow(who, rel);
          if (denied === expected || res.statusCode >= 500)
            failures.push(
              `${spec.method} ${spec.url} as ${who}/${rel}: expected ${expected ? 'allow' : 'deny'}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
