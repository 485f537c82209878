// The names each monitoring entry and self-evaluation carries for the lists (migration 0052): written by the
// database from the form and the organisation when a row is inserted (whatever it was given) or moved, and on a
// rename of the form (through the editor, in the same save as a move to another year) or of the organisation in
// the renaming transaction; the lists answer them without reading forms or `orgs`, in the same rows and order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { monitoringEntries, monitoringRounds, selfEvaluations } from '../../db/schema.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

interface Item {
  id: string;
  projectName: string;
  projectCode: string | null;
  orgName: string;
  updatedAt: string;
}

/** A row's carried names beside what its form and organisation say now. */
interface Carried {
  id: string;
  project_name: string;
  project_code: string | null;
  org_name: string;
  form_name: string;
  form_code: string | null;
  unit_name: string;
}

describe.each(drivers)('the names a monitoring entry and a self-evaluation carry, on %s', (driver) => {
  let ctx: TestContext;
  let roundId = '';
  const formOf = new Map<string, { id: string; form: ReturnType<typeof sampleProject> }>();

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const db = ctx.database.db;
    await db.execute(sql`insert into fiscal_years (year) values (2026) on conflict do nothing`);
    const [round] = await db
      .insert(monitoringRounds)
      .values({
        regionCode: TEST_REGION,
        year: 2025,
        month: 6,
        title: '2025年1—6月绩效运行监控',
        thresholds: {},
      })
      .returning({ id: monitoringRounds.id });
    roundId = round!.id;
    const plan = [
      ['fillerA1', 'unitA1', '甲项目', 'XM-A'],
      ['fillerA1', 'unitA1', '乙项目', null],
      ['fillerA2', 'unitA2', '丙项目', 'XM-C'],
    ] as const;
    for (const [k, [filler, org, name, code]] of plan.entries()) {
      const form = sampleProject({ name, code });
      const id = (await (await ctx.as(filler)).post('/api/forms', { form })).json().meta.id as string;
      formOf.set(name, { id, form });
      const at = new Date(Date.UTC(2026, 0, 1, 8, k));
      // Written straight to the tables, as the bench's loader and a restore do, one with names that are not
      // its form's: the database writes what the form and the organisation say.
      const given = k === 0 ? { projectName: '不是它的名', projectCode: 'X', orgName: '别的单位' } : {};
      await db.insert(monitoringEntries).values({
        regionCode: TEST_REGION,
        roundId,
        year: 2025,
        formId: id,
        orgId: ctx.orgs[org],
        status: 'pending',
        data: {},
        updatedAt: at,
        ...given,
      });
      await db.insert(selfEvaluations).values({
        regionCode: TEST_REGION,
        formId: id,
        orgId: ctx.orgs[org],
        year: 2025,
        data: {},
        updatedAt: at,
        ...given,
      });
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const carried = async (): Promise<Carried[]> => {
    const of = (table: string) =>
      sql.raw(`select r.id::text, r.project_name, r.project_code, r.org_name, f.name as form_name,
          f.code as form_code, o.name as unit_name
        from ${table} r join form_keys k on k.region_code = r.region_code and k.id = r.form_id
        join forms f on f.region_code = k.region_code and f.id = k.id and f.year = k.year
        join orgs o on o.id = r.org_id`);
    return queryRows<Carried>(
      ctx.database.db,
      sql`${of('monitoring_entries')} union all ${of('self_evaluations')} order by id`,
    );
  };
  const expectTrue = async () => {
    const rows = await carried();
    expect(rows.length).toBe(6);
    for (const r of rows)
      expect([r.project_name, r.project_code, r.org_name]).toEqual([r.form_name, r.form_code, r.unit_name]);
    return rows;
  };
  const lists = async () => {
    const finance = await ctx.as('finance');
    const entries = (await finance.get(`/api/monitoring/rounds/${roundId}/entries?limit=50`)).json()
      .items as Item[];
    const evaluations = (await finance.get('/api/self-evaluations?year=2025&limit=50')).json()
      .items as Item[];
    return [...entries, ...evaluations];
  };
  const shown = (items: Item[]) => items.map((i) => [i.id, i.projectName, i.projectCode, i.orgName]);

  it('are written from the form and the organisation when a row is inserted, whatever it was given', async () => {
    const rows = await expectTrue();
    expect(new Set(rows.map((r) => r.project_name))).toEqual(new Set(['甲项目', '乙项目', '丙项目']));
    expect(new Set(rows.map((r) => r.org_name))).toEqual(new Set(['单位A1', '单位A2']));
  });

  it('are what the lists answer: the same rows and names as read through the form and the organisation', async () => {
    const truth = new Map((await carried()).map((r) => [r.id, [r.form_name, r.form_code, r.unit_name]]));
    const items = await lists();
    expect(items).toHaveLength(6);
    expect(shown(items)).toEqual(items.map((i) => [i.id, ...truth.get(i.id)!]));
  });

  it('follow a form renamed and recoded in the editor, moved to another year in the same save', async () => {
    const before = await lists();
    const { id, form } = formOf.get('甲项目')!;
    const filler = await ctx.as('fillerA1');
    // One UPDATE of the form that moves it to the 2026 partition: no AFTER UPDATE row trigger fires for it.
    const saved = await filler.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: { ...form, name: '甲项目（更名）', code: 'XM-A2', year: 2026 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().meta.year).toBe(2026);
    const rows = await expectTrue();
    expect(
      rows.filter((r) => r.project_name === '甲项目（更名）' && r.project_code === 'XM-A2'),
    ).toHaveLength(2);
    // The rows and their order are the lists' as before (a rename writes no row's updated_at).
    const after = await lists();
    expect(after.map((i) => [i.id, i.updatedAt])).toEqual(before.map((i) => [i.id, i.updatedAt]));
    // A code taken away: null, as the form's.
    const again = await filler.put(`/api/forms/${id}`, {
      baseVersion: 2,
      form: { ...form, name: '甲项目（更名）', code: null, year: 2026 },
    });
    expect(again.statusCode).toBe(200);
    expect(
      (await expectTrue()).filter((r) => r.project_name === '甲项目（更名）').map((r) => r.project_code),
    ).toEqual([null, null]);
  });

  it('follow an organisation renamed, in the renaming transaction; a rename rolled back changes nothing', async () => {
    const admin = await ctx.as('admin');
    const res = await admin.request('PATCH', `/api/orgs/${ctx.orgs.unitA2}`, { name: '单位A2（新名）' });
    expect(res.statusCode).toBe(200);
    const rows = await expectTrue();
    expect(rows.filter((r) => r.org_name === '单位A2（新名）')).toHaveLength(2);
    expect((await lists()).filter((i) => i.orgName === '单位A2（新名）')).toHaveLength(2);
    await ctx.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update orgs set name = '回滚的名' where id = ${ctx.orgs.unitA1}`);
        await tx.execute(sql`update forms set name = '回滚的项目' where id = ${formOf.get('乙项目')!.id}`);
        const inside = await queryRows<{ units: number; projects: number }>(
          tx,
          sql`select count(*) filter (where org_name = '回滚的名')::int as units,
                count(*) filter (where project_name = '回滚的项目')::int as projects
              from (select org_name, project_name from monitoring_entries
                    union all select org_name, project_name from self_evaluations) r`,
        );
        expect(inside[0]).toEqual({ units: 4, projects: 2 });
        throw new Error('rolled back');
      })
      .catch((e: unknown) => expect((e as Error).message).toBe('rolled back'));
    const after = await expectTrue();
    expect(after.filter((r) => r.org_name === '单位A1')).toHaveLength(4);
    expect(after.filter((r) => r.project_name === '乙项目')).toHaveLength(2);
  });

  it('follow a row moved to another form or unit', async () => {
    const db = ctx.database.db;
    const to = formOf.get('丙项目')!.id;
    for (const table of ['monitoring_entries', 'self_evaluations'])
      await db.execute(
        sql`update ${sql.identifier(table)} set org_id = ${ctx.orgs.unitB1}
            where form_id = ${formOf.get('乙项目')!.id}`,
      );
    // An evaluation moved to another form (not an entry: a round holds one entry a form).
    await db.execute(
      sql`update self_evaluations set form_id = ${to}, year = 2024 where form_id = ${formOf.get('乙项目')!.id}`,
    );
    const rows = await expectTrue();
    expect(
      rows
        .filter((r) => r.org_name === '单位B1')
        .map((r) => r.project_name)
        .sort(),
    ).toEqual(['丙项目', '乙项目']);
  });

  it("names an evaluation's missed indicators after its form, renamed in the same save as a year move", async () => {
    // The dashboard's most missed name the project from each miss (0031): its AFTER UPDATE trigger did not fire
    // for a save that moved the form to another year's partition (a delete and an insert).
    const form = sampleProject({ name: '丁项目' });
    const filler = await ctx.as('fillerB1');
    const id = (await filler.post('/api/forms', { form })).json().meta.id as string;
    const db = ctx.database.db;
    await db.insert(selfEvaluations).values({
      regionCode: TEST_REGION,
      formId: id,
      orgId: ctx.orgs.unitB1,
      year: 2025,
      data: {},
    });
    await db.execute(
      sql`insert into self_evaluation_misses (region_code, evaluation_id, ord, year, org_id, form_id, name, project)
          select region_code, id, 1, year, org_id, form_id, '群众满意度', '丁项目'
          from self_evaluations where form_id = ${id}`,
    );
    const saved = await filler.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: { ...form, name: '丁项目（更名）', year: 2026 },
    });
    expect(saved.statusCode).toBe(200);
    const misses = await queryRows<{ project: string }>(
      db,
      sql`select project from self_evaluation_misses where form_id = ${id}`,
    );
    expect(misses).toEqual([{ project: '丁项目（更名）' }]);
  });
});
