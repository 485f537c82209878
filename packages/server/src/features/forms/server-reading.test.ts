// The server owns the reading of a 指标值: whatever the browser parsed, a written form keeps the server's
// reading of each value's text; the findings of a stored form carry its id; the rule list is the registry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { IndicatorValue } from '@jixiao/core';
import { queryRows } from '../../db/client.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

/** What an old or wrong client might send for `≥95%`: another comparator, number and unit, and a problem. */
const misread: IndicatorValue = {
  raw: '≥95%',
  kind: 'quantitative',
  op: '≤',
  value: '1',
  unit: '个',
  text: null,
  label: null,
  opImplied: false,
  problem: 'range',
};

function withFirstTarget(target: IndicatorValue, name: string) {
  const form = sampleProject({ name });
  form.indicators[0] = { ...form.indicators[0]!, target };
  return form;
}

describe.each(drivers)('the server reads 指标值 on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('stores its own reading of a created form, not the client’s', async () => {
    const s = await ctx.as('fillerA1');
    const res = await s.post('/api/forms', { form: withFirstTarget(misread, '读取测试项目') });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().meta.id as string;
    const got = (await s.get(`/api/forms/${id}`)).json().form.indicators[0].target;
    expect(got).toMatchObject({
      raw: '≥95%',
      kind: 'quantitative',
      op: '≥',
      value: '95',
      unit: '%',
      problem: null,
    });
    const rows = await queryRows<{ op: string; value: string; unit: string }>(
      ctx.database.db,
      sql`select op, value, unit from indicators where form_id = ${id} order by position limit 1`,
    );
    expect(rows[0]).toMatchObject({ op: '≥', value: '95', unit: '%' });
  });

  it('reads a saved form again, and a text that changed gets its new reading', async () => {
    const s = await ctx.as('fillerA1');
    const created = (await s.post('/api/forms', { form: sampleProject({ name: '保存读取项目' }) })).json();
    const form = created.form;
    form.indicators[0] = { ...form.indicators[0], target: { ...misread, raw: '不少于10人次' } };
    const saved = await s.put(`/api/forms/${created.meta.id}`, { baseVersion: 1, form });
    expect(saved.statusCode, saved.body).toBe(200);
    const got = (await s.get(`/api/forms/${created.meta.id}`)).json().form.indicators[0].target;
    expect(got).toMatchObject({ raw: '不少于10人次', op: '≥', value: '10', unit: '人次', problem: null });
  });

  it('gives the findings of a stored form its id', async () => {
    const s = await ctx.as('fillerA1');
    const noUnit = withFirstTarget({ ...misread, raw: '≥95' }, '无单位项目');
    const id = (await s.post('/api/forms', { form: noUnit })).json().meta.id as string;
    const res = await s.get(`/api/forms/${id}/findings`);
    expect(res.statusCode).toBe(200);
    const findings = res.json().findings as Array<{ rule: string; formId?: string }>;
    expect(findings.map((f) => f.rule)).toContain('R-IND-06');
    expect(findings.every((f) => f.formId === id)).toBe(true);
  });

  it('judges an imported excerpt whole once it is held: the reader’s cutOff is not kept, so what it lacks is reported', async () => {
    const s = await ctx.as('fillerA1');
    // A reader marks a form cutOff when the file stops inside it; in a batch audit the missing goals are excused.
    const excerpt = { ...sampleProject({ name: '摘录截断项目' }), goals: [], cutOff: true };
    const created = await s.post('/api/forms', { form: excerpt });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().form).not.toHaveProperty('cutOff');
    const id = created.json().meta.id as string;
    const rules = async () =>
      ((await s.get(`/api/forms/${id}/findings`)).json().findings as Array<{ rule: string }>).map(
        (f) => f.rule,
      );
    expect(await rules()).toContain('R-GOAL-01');
    // A save that sends the mark again does not bring it back.
    const saved = await s.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: { ...created.json().form, cutOff: true },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().form).not.toHaveProperty('cutOff');
    expect(await rules()).toContain('R-GOAL-01');
  });

  it('lists every registered rule, the inline evaluation checks of before included', async () => {
    const s = await ctx.as('fillerA1');
    const res = await s.get('/api/rules');
    expect(res.statusCode).toBe(200);
    const ids = (res.json().rules as Array<{ id: string }>).map((r) => r.id);
    for (const id of ['R-IND-06', 'R-BUD-01', 'R-EVAL-07', 'R-HIST-01', 'R-MON-04', 'R-MON-06', 'R-PUB-01'])
      expect(ids).toContain(id);
  });
});
