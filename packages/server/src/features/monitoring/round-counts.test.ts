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

  // The round's totals (monitoring_round_totals, kept once a statement) against a count of its entries.
  // A round without a row yet has no entries.
  const none = { entries: 0, filled: 0, submitted: 0, unfilled: 0, red: 0, yellow: 0 };
  const totals = async (round = roundId) =>
    (
      await queryRows<Record<string, number>>(
        ctx.database.db,
        sql`select entries, filled, submitted, unfilled, red, yellow
            from monitoring_round_totals where round_id = ${round}`,
      )
    )[0] ?? none;
  const countedTotals = async (round = roundId) => {
    const rows = await queryRows<Record<string, number>>(
      ctx.database.db,
      sql`select count(*)::int as entries,
            count(*) filter (where status in ('filled', 'submitted'))::int as filled,
            count(*) filter (where status = 'submitted')::int as submitted,
            count(*) filter (where status = 'unfilled')::int as unfilled,
            count(*) filter (where worst_light = 'red')::int as red,
            count(*) filter (where worst_light = 'yellow')::int as yellow
          from monitoring_entries where round_id = ${round}`,
    );
    return rows[0]!;
  };

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
    expect(await totals()).toEqual(await countedTotals());
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
    expect(await totals()).toEqual(await countedTotals());
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
    expect(await totals()).toEqual(await countedTotals());
    expect(await kept()).toEqual([
      expect.objectContaining({ reported_yellow: 0, yellow: 1, annual: '28.5', executed: '6.75' }),
    ]);

    await db.execute(sql`delete from monitoring_entries where form_id = ${b}`);
    expect(await kept()).toEqual(await counted());
    expect(await totals()).toEqual(await countedTotals());
    expect(await kept()).toEqual([
      expect.objectContaining({ entries: 2, red: 0, yellow: 1, annual: '8.25', executed: '4' }),
    ]);
  });

  it('keep each round totals right for a statement that writes many entries of two rounds', async () => {
    const db = ctx.database.db;
    const [other] = await db
      .insert(monitoringRounds)
      .values({ regionCode: region, year: 2025, month: 9, title: '计数二', thresholds: {} })
      .returning();
    // One statement: three entries into the new round (its row made once, from the statement's rows).
    await db.insert(monitoringEntries).values(
      formIds.map((formId, i) => ({
        regionCode: region,
        roundId: other!.id,
        year: 2025,
        formId,
        orgId: ctx.orgs.unitA1,
        status: ['unfilled', 'filled', 'submitted'][i]!,
        data: budget('1', '0'),
        worstLight: i === 0 ? 'red' : 'yellow',
      })),
    );
    expect(await totals(other!.id)).toEqual(await countedTotals(other!.id));
    expect(await totals(other!.id)).toMatchObject({
      entries: 3,
      filled: 2,
      submitted: 1,
      unfilled: 1,
      red: 1,
    });
    // One statement over both rounds: each round's row moves by its own rows.
    // (The first round's lights stay: the round list's test below reads them.)
    await db.execute(sql`update monitoring_entries
      set status = 'pending', worst_light = case when round_id = ${other!.id} then null else worst_light end
      where round_id in (${roundId}, ${other!.id}) and status <> 'pending'`);
    for (const round of [roundId, other!.id]) expect(await totals(round)).toEqual(await countedTotals(round));
    // A save that moves nothing counted leaves the round's row as it was (no new version, no lock taken).
    const version = async () =>
      (
        await queryRows<{ v: string }>(
          db,
          sql`select xmin::text as v from monitoring_round_totals where round_id = ${other!.id}`,
        )
      )[0]!.v;
    const before = await version();
    await db.execute(sql`update monitoring_entries set version = version + 1 where round_id = ${other!.id}`);
    expect(await version()).toBe(before);
    // A round deleted with its entries: its totals go with it, and the entries' delete is no error.
    await db.delete(monitoringRounds).where(sql`${monitoringRounds.id} = ${other!.id}`);
    expect(await totals(other!.id)).toEqual(none);
  });

  it('are what the round list shows, for finance and for a unit', async () => {
    const finance = (await (await ctx.as('finance')).get('/api/monitoring/rounds')).json().items;
    expect(finance.find((r: { id: string }) => r.id === roundId)).toMatchObject({
      entries: 2,
      submitted: 0,
      filled: 0,
      yellow: 1,
    });
    // Finance's figures are the round's kept totals (one row a round), not a sum over its units' counts.
    const db = ctx.database.db;
    await db.execute(
      sql`update monitoring_round_totals set entries = entries + 40 where round_id = ${roundId}`,
    );
    const read = (await (await ctx.as('finance')).get('/api/monitoring/rounds')).json().items;
    await db.execute(
      sql`update monitoring_round_totals set entries = entries - 40 where round_id = ${roundId}`,
    );
    expect(read.find((r: { id: string }) => r.id === roundId)).toMatchObject({ entries: 42 });
    // Both entries are unit A1's now: unit B1 sees no entry of the round, so not the round.
    const unitB = (await (await ctx.as('fillerB1')).get('/api/monitoring/rounds')).json().items;
    expect(unitB.find((r: { id: string }) => r.id === roundId)).toBeUndefined();
    const unitA = (await (await ctx.as('fillerA1')).get('/api/monitoring/rounds')).json().items;
    expect(unitA.find((r: { id: string }) => r.id === roundId)).toMatchObject({ entries: 2 });
  });

  it('stay right under concurrent writes of one round (each a transaction of its own)', async () => {
    const db = ctx.database.db;
    const statuses = ['unfilled', 'pending', 'filled', 'submitted'];
    const lights = ['red', 'yellow', null];
    // 3 entries × 12 rounds of writes at once; on PostgreSQL each waits for the round's row in turn.
    for (let k = 0; k < 12; k++)
      await Promise.all(
        formIds.map((formId, i) =>
          db.transaction(async (tx) => {
            await tx.execute(sql`update monitoring_entries
              set status = ${statuses[(k + i) % 4]}, worst_light = ${lights[(k * 2 + i) % 3]}
              where round_id = ${roundId} and form_id = ${formId}`);
          }),
        ),
      );
    expect(await totals()).toEqual(await countedTotals());
    expect(await kept()).toEqual(await counted());
  });
});
