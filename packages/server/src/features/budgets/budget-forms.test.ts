// A project from the budget's 项目支出 list to its forms: the line gets a 项目编码 on save, a form created from
// the line starts with its name, code, amount and unit, the 部门整体 form starts from the budget, and a copy
// into the next year carries last year's figures into the indicators' history. One app for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentForm, ProjectForm } from '@jixiao/core';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';

describe.each(drivers)('forms from the budget on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  let org: string;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    filler = await ctx.as('fillerDeptA');
    org = ctx.orgs.deptA;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('gives each project line a 项目编码 on save and refuses a code used twice', async () => {
    const twice = sampleBudget();
    twice.projects = twice.projects.map((p) => ({ ...p, code: 'P-1' }));
    const refused = await filler.put(`/api/budgets/${org}/2025`, { baseVersion: 0, budget: twice });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'duplicate-project-code' });
    expect(refused.json().message).toContain('P-1');

    const b = sampleBudget();
    b.projects[1]!.code = 'XM-KEEP';
    const saved = await filler.put(`/api/budgets/${org}/2025`, { baseVersion: 0, budget: b });
    expect(saved.statusCode).toBe(200);
    const codes = saved.json().budget.projects.map((p: { code: string }) => p.code);
    expect(codes[1]).toBe('XM-KEEP');
    expect(codes[0]).toMatch(/2025-001$/);
  });

  it('creates the project form from a budget line, once', async () => {
    const budget = (await filler.get(`/api/budgets/${org}/2025`)).json();
    const line = budget.budget.projects[0];
    const res = await filler.post(`/api/budgets/${org}/2025/forms`, { subject: 'project', index: 0 });
    expect(res.statusCode).toBe(201);
    const form = res.json().form as ProjectForm;
    expect(form).toMatchObject({
      year: 2025,
      unit: '部门A',
      name: line.name,
      code: line.code,
      budget: { total: line.amount, current: line.amount },
    });
    expect(form.indicators.length).toBeGreaterThan(0);
    // The list links the line to its form by the code; a second form for the same line is refused.
    const linked = (await filler.get(`/api/budgets/${org}/2025`)).json().projectForms;
    expect(linked).toEqual([{ id: res.json().meta.id, code: line.code, name: line.name, status: 'draft' }]);
    const again = await filler.post(`/api/budgets/${org}/2025/forms`, { subject: 'project', index: 0 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'form-exists', formId: res.json().meta.id });
    // The forms list finds the project by its code.
    const found = (await filler.get(`/api/forms?q=${encodeURIComponent(line.code)}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([res.json().meta.id]);
  });

  it('refuses a line that is not there, a year without a budget and another unit’s budget', async () => {
    expect(
      (await filler.post(`/api/budgets/${org}/2025/forms`, { subject: 'project', index: 99 })).statusCode,
    ).toBe(404);
    const none = await filler.post(`/api/budgets/${org}/2019/forms`, { subject: 'project', index: 0 });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('budget-not-found');
    const other = await (
      await ctx.as('fillerA1')
    ).post(`/api/budgets/${org}/2025/forms`, { subject: 'department' });
    expect(other.statusCode).toBe(404);
  });

  it('starts the 部门整体 form from the budget, with last year’s budget in the 近两年 columns', async () => {
    const last = { ...sampleBudget(), year: 2024 };
    expect((await filler.put(`/api/budgets/${org}/2024`, { baseVersion: 0, budget: last })).statusCode).toBe(
      200,
    );
    const res = await filler.post(`/api/budgets/${org}/2025/forms`, { subject: 'department' });
    expect(res.statusCode).toBe(201);
    const form = res.json().form as DepartmentForm;
    const total = form.funds.income.find((l) => l.name === '合计')!;
    expect(total.history).toEqual({ '2023': null, '2024': total.current });
    expect(form.projects.map((p) => p.name)).toEqual(sampleBudget().projects.map((p) => p.name));
    expect((await filler.post(`/api/budgets/${org}/2025/forms`, { subject: 'department' })).statusCode).toBe(
      409,
    );
  });

  it('a copy into the next year keeps the code and carries last year’s figure into each annual indicator', async () => {
    const [first] = (await filler.get(`/api/budgets/${org}/2025`)).json().projectForms;
    const stored = (await filler.get(`/api/forms/${first.id}`)).json();
    const form = stored.form as ProjectForm;
    form.indicators = form.indicators.map((i) =>
      i.term === 'annual' && i.level2 === '数量指标'
        ? { ...i, name: '培训人次', target: { ...i.target, raw: '≥100人次' } }
        : i,
    );
    expect(
      (await filler.put(`/api/forms/${first.id}`, { baseVersion: stored.meta.version, form })).statusCode,
    ).toBe(200);
    const copy = await filler.post(`/api/forms/${first.id}/copy`, { year: 2026 });
    expect(copy.statusCode).toBe(201);
    const next = copy.json().form as ProjectForm;
    expect(next.code).toBe(first.code);
    expect(next.indicators.find((i) => i.name === '培训人次')!.history).toEqual({ '2025': '≥100人次' });
    // Within one year nothing is history.
    const same = (await filler.post(`/api/forms/${first.id}/copy`, { year: 2025 })).json()
      .form as ProjectForm;
    expect(same.indicators.find((i) => i.name === '培训人次')!.history).toBeNull();
  });
});
