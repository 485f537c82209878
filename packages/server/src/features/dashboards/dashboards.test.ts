// Dashboards: figures per department for finance (all) and a reviewer (its subtree only), budget sums
// exact, indicator quality and findings per rule; fillers refused; a bad year refused in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicatorValue, type Finding } from '@jixiao/core';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { summarise, type DashboardForm } from './dashboard-summary.ts';
import { groupOf } from './dashboards.service.ts';
import { approvals, formFindings } from '../../db/schema.ts';
import { approvedForm } from '../../test-support/approved-project.ts';
import { eq } from 'drizzle-orm';

const row = (over: Partial<DashboardForm>): DashboardForm => ({
  id: 'x',
  name: 'n',
  orgName: 'o',
  group: '部门A',
  kind: 'project',
  status: 'draft',
  category: null,
  budgetTotal: null,
  approvedTotal: null,
  indicators: 0,
  quantified: 0,
  rules: [],
  ...over,
});

describe('summarise', () => {
  it('sums budgets exactly, counts statuses per department and ranks defects', () => {
    const forms = [
      row({ id: 'a', budgetTotal: '0.1', status: 'approved', approvedTotal: '0.05', category: '专项' }),
      row({ id: 'b', budgetTotal: '0.2', status: 'submitted', indicators: 4, quantified: 3 }),
      row({ id: 'c', group: '部门B', budgetTotal: '10', indicators: 4, quantified: 1 }),
    ];
    const f = (rule: string, messageId: string): Finding => ({
      rule,
      messageId,
      severity: 'error',
      message: `${rule} 示例`,
      path: '/indicators/0/basis',
      form: 'n',
    });
    const s = summarise(
      forms,
      new Map([
        ['a', [f('R-IND-09', 'm1'), f('R-IND-09', 'm1')]],
        ['c', [f('R-IND-09', 'm2')]],
      ]),
    );
    const a = s.budgetByGroup.find((g) => g.group === '部门A')!;
    expect(a.declared).toBe('0.3'); // not 0.30000000000000004
    expect(a.approved).toBe('0.05');
    expect(s.byStatus.find((g) => g.group === '部门A')!.counts).toMatchObject({
      approved: 1,
      submitted: 1,
      draft: 0,
    });
    expect(s.budgetByCategory.map((c) => c.category)).toEqual(['未分类', '专项']);
    expect(s.quality.share).toBe(0.5);
    expect(s.quality.findingsByRule).toEqual([
      expect.objectContaining({ rule: 'R-IND-09', count: 3, forms: 2 }),
    ]);
    expect(s.quality.defects[0]).toMatchObject({ rule: 'R-IND-09', messageId: 'm1', count: 2 });
  });
  it('has no share without indicators', () => {
    expect(summarise([], new Map()).quality.share).toBeNull();
  });
  it('groups a form under the viewer’s direct child organisation', () => {
    const names = new Map([
      ['r', '财政局'],
      ['d', '部门A'],
      ['u', '单位A1'],
    ]);
    expect(groupOf('/r/', '/r/d/u/', names)).toBe('部门A');
    expect(groupOf('/r/d/', '/r/d/u/', names)).toBe('单位A1');
    expect(groupOf('/r/d/', '/r/d/', names)).toBe('部门A');
  });
});

describe('GET /api/dashboards', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(drivers[0]!);
    const a1 = await ctx.as('fillerA1');
    const b1 = await ctx.as('fillerB1');
    const good = sampleProject({ budget: { total: '120.5', current: '100', sources: [], history: null } });
    // One indicator left unquantified: a finding, and a lower share.
    const weak = sampleProject({
      name: '弱项目',
      budget: { total: '30', current: '30', sources: [], history: null },
    });
    weak.indicators[0] = { ...weak.indicators[0]!, target: parseIndicatorValue('完成') };
    for (const [s, form] of [
      [a1, good],
      [a1, weak],
      [b1, sampleProject({ name: '乙项目' })],
    ] as const) {
      expect((await s.post('/api/forms', { form })).statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('shows finance every department', async () => {
    const res = await (await ctx.as('finance')).get('/api/dashboards?year=2025');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.byStatus.map((g: { group: string }) => g.group).sort()).toEqual(['部门A', '部门B']);
    expect(d.forms).toHaveLength(3);
    const a = d.budgetByGroup.find((g: { group: string }) => g.group === '部门A');
    expect(a.declared).toBe('150.5');
    expect(d.quality.share).toBeGreaterThan(0);
    expect(d.quality.share).toBeLessThan(1);
    expect(d.quality.findingsByRule.length).toBeGreaterThan(0);
  });

  it('shows a reviewer only its subtree, by unit', async () => {
    const res = await (await ctx.as('reviewerA')).get('/api/dashboards?year=2025');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.forms.map((f: { name: string }) => f.name).sort()).toEqual(
      ['弱项目', '政务服务能力提升项目'].sort(),
    );
    expect(d.byStatus.map((g: { group: string }) => g.group)).toEqual(['单位A1']);
  });

  it('after a save, shows what a computation from scratch shows', async () => {
    const finance = await ctx.as('finance');
    const before = (await finance.get('/api/dashboards?year=2025')).json();
    const a1 = await ctx.as('fillerA1');
    const id = (await a1.get(`/api/forms?q=${encodeURIComponent('弱项目')}`)).json().items[0].id as string;
    const stored = (await a1.get(`/api/forms/${id}`)).json();
    const form = structuredClone(stored.form);
    form.indicators[0].target = parseIndicatorValue('≥95%'); // the unquantified one, fixed
    const { id: _id, ...extra } = form.indicators[1];
    form.indicators.push({ ...extra, name: '新增指标' });
    expect((await a1.put(`/api/forms/${id}`, { baseVersion: stored.meta.version, form })).statusCode).toBe(
      200,
    );
    const after = (await finance.get('/api/dashboards?year=2025')).json();
    expect(after.quality.indicators).toBe(before.quality.indicators + 1);
    expect(after.quality.quantified).toBe(before.quality.quantified + 2);
    // Nothing kept: every form checked again.
    await ctx.database.db.delete(formFindings);
    expect((await finance.get('/api/dashboards?year=2025')).json()).toEqual(after);
  });

  it('is empty for a year without forms, refuses fillers and a bad year', async () => {
    const finance = await ctx.as('finance');
    expect((await finance.get('/api/dashboards?year=2031')).json().forms).toEqual([]);
    expect((await (await ctx.as('fillerA1')).get('/api/dashboards')).statusCode).toBe(403);
    const bad = await finance.get('/api/dashboards?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('年度须为数字');
  });

  it('counts an approved form at its latest 批复 total', async () => {
    const finance = await ctx.as('finance');
    const declared = (d: { budgetByGroup: { group: string; approved: string }[] }) =>
      d.budgetByGroup.find((g) => g.group === '部门B')!.approved;
    const before = (await finance.get('/api/dashboards?year=2025')).json();
    expect(declared(before)).toBe('0'); // nothing approved yet
    const form = sampleProject({ name: '批复项目' }); // 200 万元
    const { id } = await approvedForm(ctx, form, { filler: 'fillerB1', reviewer: 'reviewerB' });
    expect(declared((await finance.get('/api/dashboards?year=2025')).json())).toBe('200');
    // A later 批复 of another total replaces the first.
    const [first] = await ctx.database.db.select().from(approvals).where(eq(approvals.formId, id));
    const { id: _id, ...later } = first!;
    await ctx.database.db
      .insert(approvals)
      .values({ ...later, budgetTotal: '60.5', createdAt: new Date(first!.createdAt.getTime() + 1000) });
    expect(declared((await finance.get('/api/dashboards?year=2025')).json())).toBe('60.5');
  });
});
