// The dashboard's monitoring side in SQL against the row-by-row computation: two rounds of a year (a
// closed one whose frozen warnings differ from the entries' live values, and an open one that reaches only
// some projects), for finance (all) and a reviewer (their department). Per unit, each project counts once
// with its latest entry; the warnings are every 黄/红 entry as the dashboard shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Decimal, type NewMonitoringEntry } from '@jixiao/core';
import { WARNINGS_SHOWN } from '@jixiao/core/contracts';
import { monitoringEntries, monitoringRounds } from '../../db/schema.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import type { FrozenEntry } from '../monitoring/monitoring-workflow.ts';
import type { Actor } from '../../http/access.ts';
import { orgMapOf } from '../orgs/departments.ts';
import {
  monitoringTotals,
  summariseDepartments,
  type EntryFact,
  type OrgMonitoringTotals,
} from './evaluation-summary.ts';
import { monitoringTotalsByOrg, warningsOfYear } from './evaluation-monitoring.repo.ts';

const LIGHTS = ['red', 'yellow', 'green', null] as const;
const STATUSES = ['unfilled', 'pending', 'filled', 'submitted'] as const;

interface StoredEntry {
  org: string;
  fact: EntryFact & { orgName: string; roundStatus: string; budgetLight: string | null; at: number };
}

/** Decimal sums compared by value (the database writes 150.50 where Decimal writes 150.5). */
const byValue = (rows: OrgMonitoringTotals[]) =>
  rows
    .map((r) => ({
      ...r,
      annual: new Decimal(r.annual).toFixed(),
      executedToDate: new Decimal(r.executedToDate).toFixed(),
    }))
    .sort((a, b) => (a.orgId < b.orgId ? -1 : 1));

describe.each(drivers)('evaluation dashboard monitoring on %s', (driver) => {
  let ctx: TestContext;
  const entries: StoredEntry[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const db = ctx.database.db;
    const plan = [
      { filler: 'fillerA1', org: 'unitA1', n: 4 },
      { filler: 'fillerA2', org: 'unitA2', n: 3 },
      { filler: 'fillerB1', org: 'unitB1', n: 3 },
    ] as const;
    const orgMap = await orgMapOf(db);
    const projects: { org: (typeof plan)[number]['org']; formId: string; name: string }[] = [];
    for (const p of plan) {
      const session = await ctx.as(p.filler);
      for (let i = 0; i < p.n; i++) {
        const name = `${p.org}项目${i}`;
        const formId = (await session.post('/api/forms', { form: sampleProject({ name }) })).json().meta
          .id as string;
        projects.push({ org: p.org, formId, name });
      }
    }
    // 1—3月 closed (every project), 1—6月 open (every other project): a project's latest is its newest.
    const rounds = [
      { month: 3, status: 'closed', at: Date.UTC(2025, 3, 1), every: 1 },
      { month: 6, status: 'open', at: Date.UTC(2025, 6, 1), every: 2 },
    ];
    let k = 0;
    for (const r of rounds) {
      const [round] = await db
        .insert(monitoringRounds)
        .values({
          regionCode: TEST_REGION,
          year: 2025,
          month: r.month,
          title: `2025年1—${r.month}月`,
          status: r.status,
          thresholds: {},
          createdAt: new Date(r.at),
        })
        .returning({ id: monitoringRounds.id });
      const frozen: FrozenEntry[] = [];
      for (const [i, p] of projects.entries()) {
        if (i % r.every !== 0) continue;
        k++;
        const data = {
          budget: { annual: `${100 + k}.25`, executedToDate: `${30 + 3 * k}.5` },
          indicators: [],
        } as unknown as NewMonitoringEntry;
        const live = {
          status: STATUSES[(k + 1) % 4]!,
          worstLight: LIGHTS[k % 4] ?? null,
          budgetLight: LIGHTS[(k + 1) % 4] ?? null,
          redCount: k % 3,
          yellowCount: k % 2,
          executionRate: k % 5 === 0 ? null : `0.${k}`,
        };
        const [e] = await db
          .insert(monitoringEntries)
          .values({
            regionCode: TEST_REGION,
            roundId: round!.id,
            year: 2025,
            formId: p.formId,
            orgId: ctx.orgs[p.org]!,
            data,
            ...live,
          })
          .returning({ id: monitoringEntries.id });
        // Frozen at closing: the lights and figures as they stood then, not as the entry holds them now.
        const then = {
          status: STATUSES[(k + 2) % 4]!,
          worstLight: LIGHTS[(k + 1) % 4] ?? null,
          budgetLight: LIGHTS[k % 4] ?? null,
          redCount: (k + 1) % 3,
          yellowCount: (k + 1) % 2,
          executionRate: `0.${k + 1}`,
          executedToDate: `${10 + k}.75`,
        };
        const shown = r.status === 'closed' ? then : { ...live, executedToDate: data.budget.executedToDate };
        if (r.status === 'closed') frozen.push({ entryId: e!.id, ...then });
        entries.push({
          org: p.org,
          fact: {
            entryId: e!.id,
            orgId: ctx.orgs[p.org]!,
            orgName: orgMap.get(ctx.orgs[p.org])?.name ?? '',
            formId: p.formId,
            projectName: p.name,
            roundTitle: `2025年1—${r.month}月`,
            roundStatus: r.status,
            annual: data.budget.annual,
            at: r.at,
            ...shown,
          },
        });
      }
      if (r.status === 'closed') {
        await db.update(monitoringRounds).set({ frozen }).where(eq(monitoringRounds.id, round!.id));
      }
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  // Finance sees every unit: its scope is all it takes from the account.
  const financeActor = (): Actor => ({
    id: '00000000-0000-4000-8000-000000000000',
    username: 'finance',
    displayName: '财政',
    role: 'finance',
    orgId: ctx.orgs.unitA1!,
    orgPath: '',
    regionCode: TEST_REGION,
  });
  /** The row-by-row facts of the units in scope, newest round first (as the reference reads them). */
  const factsOf = (orgs: readonly string[]) =>
    entries
      .filter((e) => orgs.includes(e.org))
      .sort((a, b) => b.fact.at - a.fact.at)
      .map((e) => e.fact);

  it('the per-unit totals equal the row-by-row ones', async () => {
    const expected = monitoringTotals(factsOf(['unitA1', 'unitA2', 'unitB1']));
    // Every kind of unit row: 未填报 apart, 红 and 黄 counted, decimals summed.
    for (const k of ['unfilled', 'red', 'yellow'] as const)
      expect([k, expected.some((t) => t[k] > 0)]).toEqual([k, true]);
    expect(byValue(await monitoringTotalsByOrg(ctx.database.db, financeActor(), 2025))).toEqual(
      byValue(expected),
    );
  });

  const scopes = [
    { user: 'finance', orgs: ['unitA1', 'unitA2', 'unitB1'] },
    { user: 'reviewerA', orgs: ['unitA1', 'unitA2'] },
  ] as const;

  it.each(scopes)("$user: the dashboard's departments and warnings equal the row-by-row ones", async (s) => {
    const d = (await (await ctx.as(s.user)).get('/api/evaluation/dashboard?year=2025')).json();
    const facts = factsOf(s.orgs);
    // No self-evaluation here: the department rows are the monitoring's alone.
    expect(d.departments).toEqual(summariseDepartments([], facts, await orgMapOf(ctx.database.db)));
    const warnings = facts
      .filter((f) => f.worstLight === 'red' || f.worstLight === 'yellow')
      .sort(
        (a, b) =>
          Number(b.worstLight === 'red') - Number(a.worstLight === 'red') ||
          b.at - a.at ||
          a.orgName.localeCompare(b.orgName) ||
          (a.projectName < b.projectName ? -1 : 1),
      )
      .map(({ annual: _a, executedToDate: _e, at: _t, ...f }) => f);
    // Closed warnings come from the frozen list, which differs from the entries' live values.
    expect(warnings.some((w) => w.roundStatus === 'closed')).toBe(true);
    expect(warnings.length).toBeLessThanOrEqual(WARNINGS_SHOWN);
    expect(d.warnings).toEqual(warnings);
    expect(d.warningsTotal).toBe(warnings.length);
  });

  it('lists the first warnings, 红 first, and counts them all', async () => {
    const all = await warningsOfYear(ctx.database.db, financeActor(), 2025, WARNINGS_SHOWN);
    const lights = all.rows.map((w) => w.worstLight);
    expect(lights).toContain('red');
    expect(lights).toContain('yellow');
    expect(lights.lastIndexOf('red')).toBeLessThan(lights.indexOf('yellow'));
    const firstTwo = await warningsOfYear(ctx.database.db, financeActor(), 2025, 2);
    expect(firstTwo.rows).toEqual(all.rows.slice(0, 2));
    expect(firstTwo.total).toBe(all.rows.length);
    expect(all.total).toBe(all.rows.length);
  });

  it('counts a project once, with its latest entry, however many rounds reached it', async () => {
    const rows = await monitoringTotalsByOrg(ctx.database.db, financeActor(), 2025);
    expect(rows.reduce((n, r) => n + r.monitored, 0)).toBe(10);
    expect(entries.length).toBeGreaterThan(10);
  });
});
