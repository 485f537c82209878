// Stored JSON the schema does not take (an older version's data, rows loaded by hand): a monitoring entry or a
// self-evaluation is shown from what can be read, the rest from the approved form or blank, the parts named
// (code stored-data-unreadable, in Chinese); a save writes it in today's shape and the audit record keeps
// what was stored. Before, GET /api/monitoring/entries/:id answered a bare 500 on the bench's seeded entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, monitoringEntries, selfEvaluations } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';
import { readStored } from './stored-data.ts';

describe('readStored', () => {
  const item = z.object({
    id: z.string().min(1),
    note: z.string().nullable(),
    value: z.object({ raw: z.string() }),
  });
  const schema = z.object({
    name: z.string(),
    year: z.number().int(),
    code: z.string().nullable().optional(),
    items: z.array(item),
  });
  const blanks = new Map<z.ZodType, unknown>([[item.shape.value, { raw: '' }]]);

  it('takes what the schema takes, as it is, and names nothing', () => {
    const ok = { name: 'a', year: 2025, items: [{ id: 'x', note: null, value: { raw: '1' } }] };
    expect(readStored(schema, ok)).toEqual({ value: ok, parts: [] });
  });

  it('reads the rest part by part: the fallback, a blank, null, absent; an unreadable item is left out', () => {
    const stored = {
      name: 7,
      items: [{ id: 'x', value: { raw: 5 } }, { note: 'no id' }, { id: 'y', note: 'n', value: { raw: '2' } }],
    };
    const read = readStored(schema, stored, { fallback: { name: '项目', year: 2025 }, blanks });
    expect(read.value).toEqual({
      name: '项目',
      year: 2025,
      items: [
        { id: 'x', note: null, value: { raw: '' } },
        { id: 'y', note: 'n', value: { raw: '2' } },
      ],
    });
    expect(read.parts.map((p) => p.path)).toEqual([
      'name',
      'year',
      'items[0].note',
      'items[0].value',
      'items[1]',
    ]);
    expect(read.parts[0]!.message).toContain('批复');
    expect(read.parts[4]!.message).toBe('无法读取，未显示');
  });

  it('a list stored as something else is empty; nothing to build from is refused in Chinese', () => {
    expect(readStored(schema, { name: 'a', year: 1, items: 'x' }).value.items).toEqual([]);
    expect(() => readStored(schema, 'not an object')).toThrow(/无法按当前格式读取/);
  });
});

describe.each(drivers)('stored data the schema does not take, on %s', (driver) => {
  let ctx: TestContext;
  let formId = '';
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    formId = (await approvedProject(ctx, { name: '监控测试项目' })).id;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it("a monitoring entry: shown from what can be read, submitted only after a save, saved in today's shape", async () => {
    const finance = await ctx.as('finance');
    const opened = await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] });
    expect(opened.statusCode).toBe(201);
    const db = ctx.database.db;
    const [entry] = await db.select().from(monitoringEntries);
    const id = entry!.id;
    const good = entry!.data as { indicators: { indicatorId: string }[] };
    // What the bench once seeded (no project, year or month), reported: the budget's warning named the
    // project, and the route answered 500.
    const benchData = { budget: { annual: '100', executedToDate: '50' }, indicators: [] };
    await db
      .update(monitoringEntries)
      .set({ data: benchData, status: 'filled' })
      .where(eq(monitoringEntries.id, id));
    const res = await finance.get(`/api/monitoring/entries/${id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.data).toMatchObject({ projectName: '监控测试项目', year: 2025, month: 7, indicators: [] });
    expect(view.data.budget).toMatchObject({ annual: '100', executedToDate: '50' });
    expect(view.stored.code).toBe('stored-data-unreadable');
    expect(view.stored.message).toMatch(/无法按当前格式读取/);
    expect(view.stored.parts.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['projectId', 'projectName', 'year', 'month']),
    );
    expect(view.report.budget.ok).toBe(true);
    expect((await finance.get(`/api/monitoring/entries/${id}/export?format=xlsx`)).statusCode).toBe(200);

    // An indicator without its value fields is shown blank; one without its id is left out and named.
    const [first, ...rest] = good.indicators;
    const { actualToDate: _a, expectedFullYear: _e, ...bare } = first as Record<string, unknown>;
    await db
      .update(monitoringEntries)
      .set({
        data: { ...(entry!.data as object), indicators: [bare, { name: '无编号' }, ...rest] },
        status: 'pending',
      })
      .where(eq(monitoringEntries.id, id));
    const partly = (await finance.get(`/api/monitoring/entries/${id}`)).json();
    expect(partly.data.indicators).toHaveLength(good.indicators.length);
    expect(partly.data.indicators[0].actualToDate.kind).toBe('empty');
    expect(partly.stored.parts).toEqual([
      { path: 'indicators[0].actualToDate', message: expect.stringContaining('空白') },
      { path: 'indicators[0].expectedFullYear', message: expect.stringContaining('空白') },
      { path: 'indicators[1]', message: '无法读取，未显示' },
    ]);

    // Data that is no entry at all: everything from the approved form, as opening the round writes it.
    await db
      .update(monitoringEntries)
      .set({ data: 'broken', status: 'unfilled' })
      .where(eq(monitoringEntries.id, id));
    const rebuilt = (await finance.get(`/api/monitoring/entries/${id}`)).json();
    expect(rebuilt.data.indicators.map((i: { indicatorId: string }) => i.indicatorId)).toEqual(
      good.indicators.map((i) => i.indicatorId),
    );
    expect(rebuilt.stored.parts).toEqual([{ path: '', message: expect.stringContaining('批复') }]);

    // Not submitted as it is read; saved, it is the entry in today's shape, and submitted.
    await db.update(monitoringEntries).set({ data: benchData }).where(eq(monitoringEntries.id, id));
    const filler = await ctx.as('fillerA1');
    const refused = await filler.post(`/api/monitoring/entries/${id}/submit`, { version: entry!.version });
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'entry-incomplete']);
    const saved = await filler.put(`/api/monitoring/entries/${id}`, {
      version: entry!.version,
      budget: { annual: '100', executedToDate: '60' },
      indicators: [],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().stored).toBeNull();
    const after = (await finance.get(`/api/monitoring/entries/${id}`)).json();
    expect(after.stored).toBeNull();
    expect(after.data).toMatchObject({
      projectName: '监控测试项目',
      month: 7,
      budget: { executedToDate: '60' },
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'monitoring-entry-save')));
    expect(audit!.before).toMatchObject({ storedData: benchData, unreadable: expect.any(Array) });

    // Closing a round over an entry without a budget: the frozen figure is null, not a 500.
    await db
      .update(monitoringEntries)
      .set({ data: { indicators: [] } })
      .where(eq(monitoringEntries.id, id));
    const closed = await finance.post(`/api/monitoring/rounds/${entry!.roundId}/close`);
    expect(closed.statusCode).toBe(200);
  });

  it('a self-evaluation: shown from what can be read, goals and conclusions from the approved form', async () => {
    const filler = await ctx.as('fillerA1');
    const created = await filler.post('/api/self-evaluations', { formId });
    expect(created.statusCode).toBe(201);
    const id = created.json().evaluation.id as string;
    const good = created.json().data;
    // What the bench seeds for a draft: a budget and no indicators, nothing else.
    const benchData = { budget: { annual: '100', executed: '80' }, indicators: [] };
    const db = ctx.database.db;
    await db.update(selfEvaluations).set({ data: benchData }).where(eq(selfEvaluations.id, id));
    const res = await (await ctx.as('finance')).get(`/api/self-evaluations/${id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.data).toMatchObject({
      projectName: '监控测试项目',
      goals: good.goals,
      conclusions: { problems: null, improvements: null },
      budget: { annual: '100', executed: '80' },
      indicators: [],
    });
    expect(view.stored.parts.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['goals', 'conclusions', 'budget.initial']),
    );
    expect((await filler.get(`/api/self-evaluations/${id}/export?format=xlsx`)).statusCode).toBe(200);
  });
});
