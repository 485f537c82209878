// A round's counts per unit (monitoring_round_counts) are kept by a trigger on monitoring_entries: after
// inserts, updates that move an entry's status, light, unit or budget figures, updates that move none, and
// deletes, they equal a count of the entries themselves (and the sums the dashboard reads, of the entries not
// 未填报, a sum of them); the round list reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { monitoringEntries, monitoringRounds } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';

interface Counts {
  round_id: string;
  org_id: string;
  entries: number;
  filled: number;
  submitted: number;
  unfilled: number;
  red: number;
  yellow: number;
  reported_red: number;
  reported_yellow: number;
  annual: string;
  executed: string;
}

const budget = (annual: string, executedToDate: string) => ({ budget: { annual, executedToDate } });

describe.each(drivers)('round counts kept by a trigger on %s', (driver) => {
  let ctx: TestContext;
  let region = '';
  let roundId = '';
  const formIds: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    for (const name of ['计数项目一', '计数项目二', '计数项目三'])
      formIds.push((await approvedProject(ctx, { name })).id);
    const [form] = await queryRows<{ region_code: string }>(
      ctx.database.db,
      sql`select region_code from forms where id = ${formIds[0]}`,
    );
    region = form!.region_code;
    const [round] = await ctx.database.db
      .insert(monitoringRounds)
      .values({ regionCode: region, year: 2025, month: 3, title: '计数', thresholds: {} })
      .returning();
    roundId = round!.id;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const kept = () =>
    queryRows<Counts>(
      ctx.database.db,
      sql`select round_id, org_id, entries, filled, submitted, unfilled, red, yellow, reported_red,
            reported_yellow, trim_scale(annual)::text as annual, trim_scale(executed)::text as executed
          from monitoring_round_counts where round_id = ${roundId} and entries > 0 order by org_id`,
    );
  const counted = () =>
    queryRows<Counts>(
      ctx.database.db,
      sql`select round_id, org_id, count(*)::int as entries,
            count(*) filter (where status in ('filled', 'submitted'))::int as filled,
            count(*) filter (where status = 'submitted')::int as submitted,
            count(*) filter (where status = 'unfilled')::int as unfilled,
            count(*) filter (where worst_light = 'red')::int as red,
            count(*) filter (where worst_light = 'yellow')::int as yellow,
            count(*) filter (where status <> 'unfilled' and worst_light = 'red')::int as reported_red,
            count(*) filter (where status <> 'unfilled' and worst_light = 'yellow')::int as reported_yellow,
            trim_scale(coalesce(sum((data->'budget'->>'annual')::numeric)
              filter (where status <> 'unfilled'), 0))::text as annual,
            trim_scale(coalesce(sum((data->'budget'->>'executedToDate')::numeric)
              filter (where status <> 'unfilled'), 0))::text as executed
          from monitoring_entries where round_id = ${roundId} group by round_id, org_id order by org_id`,
    );

  it('equal a count of the entries after every kind of write', async () => {
    const db = ctx.database.db;
    const [a, b, c] = formIds;
    await db.insert(monitoringEntries).values(
      [a!, b!, c!].map((formId, i) => ({
        regionCode: region,
        roundId,
        year: 2025,
        formId,
        orgId: i === 2 ? ctx.orgs.unitB1 : ctx.orgs.unitA1,
        status: i === 0 ? 'unfilled' : 'pending',
        data: budget(['10.5', '20.25', '7'][i]!, ['1', '2.75', '3.5'][i]!),
        worstLight: i === 1 ? 'red' : null,
      })),
    );
    expect(await kept()).toEqual(await counted());
    expect((await kept()).reduce((n, r) => n + r.entries, 0)).toBe(3);

    await db.execute(
      sql`update monitoring_entries set status = 'submitted', worst_light = 'yellow' where form_id = ${a}`,
    );
    await db.execute(sql`update monitoring_entries set version = version + 1 where form_id = ${b}`);
    await db.execute(
      sql`update monitoring_entries set data = ${JSON.stringify(budget('8.25', '4'))}::jsonb where form_id = ${c}`,
    );
    await db.execute(sql`update monitoring_entries set org_id = ${ctx.orgs.unitA1} where form_id = ${c}`);
    const moved = await kept();
    expect(moved).toEqual(await counted());
    expect(moved).toEqual([
      expect.objectContaining({
        entries: 3,
        submitted: 1,
        filled: 1,
        unfilled: 0,
        red: 1,
        yellow: 1,
        reported_red: 1,
        reported_yellow: 1,
        annual: '39',
        executed: '7.75',
      }),
    ]);
    // Back to 未填报: out of the sums and the reported lights.
    await db.execute(sql`update monitoring_entries set status = 'unfilled' where form_id = ${a}`);
    expect(await kept()).toEqual(await counted());
    expect(await kept()).toEqual([
      expect.objectContaining({ reported_yellow: 0, yellow: 1, annual: '28.5', executed: '6.75' }),
    ]);

    await db.execute(sql`delete from monitoring_entries where form_id = ${b}`);
    expect(await kept()).toEqual(await counted());
    expect(await kept()).toEqual([
      expect.objectContaining({ entries: 2, red: 0, yellow: 1, annual: '8.25', executed: '4' }),
    ]);
  });

  it('are what the round list shows, for finance and for a unit', async () => {
    const finance = (await (await ctx.as('finance')).get('/api/monitoring/rounds')).json().items;
    expect(finance.find((r: { id: string }) => r.id === roundId)).toMatchObject({
      entries: 2,
      submitted: 0,
      filled: 0,
      yellow: 1,
    });
    // Both entries are unit A1's now: unit B1 sees no entry of the round, so not the round.
    const unitB = (await (await ctx.as('fillerB1')).get('/api/monitoring/rounds')).json().items;
    expect(unitB.find((r: { id: string }) => r.id === roundId)).toBeUndefined();
    const unitA = (await (await ctx.as('fillerA1')).get('/api/monitoring/rounds')).json().items;
    expect(unitA.find((r: { id: string }) => r.id === roundId)).toMatchObject({ entries: 2 });
  });
});
