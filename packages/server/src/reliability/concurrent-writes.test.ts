// Every versioned write under concurrency: ten requests from the same base version at once must give one
// acknowledged write and nine 409s, and what is stored is the write that was acknowledged (no lost update).
// On PostgreSQL the requests run on several pooled connections at READ COMMITTED; on PGlite one after another.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../test-support/test-app.ts';
import { storageDrivers } from '../test-support/test-database.ts';
import { sampleBudget } from '../test-support/sample-budget.ts';
import { sampleProject } from '../test-support/sample-forms.ts';
import { approvedProject } from '../test-support/approved-project.ts';

const N = 10;

/** Sends `N` requests at once; returns the responses in order. */
async function race(send: (i: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: N }, (_, i) => send(i)));
}

/** One success (2xx) and N-1 conflicts (409), with the index of the success. */
function expectOneWinner(responses: LightMyRequestResponse[]): number {
  const statuses = responses.map((r) => r.statusCode);
  const winners = statuses.flatMap((s, i) => (s >= 200 && s < 300 ? [i] : []));
  expect({ winners: winners.length, conflicts: statuses.filter((s) => s === 409).length }).toEqual({
    winners: 1,
    conflicts: N - 1,
  });
  return winners[0]!;
}

/** Full-year forecasts on track (monitoring) — every indicator filled, no warning. */
const onTrack: Record<string, string> = {
  归集电子证照数量: '2.4万个',
  证照数据准确率: '96%',
  项目完成时间: '11个月',
  项目总成本: '190万元',
  办事材料减少比例: '31%',
  群众满意度: '92%',
};
/** Year-end actuals (self-evaluation). */
const actuals: Record<string, string> = {
  归集电子证照数量: '2.0万个',
  证照数据准确率: '96%',
  项目完成时间: '11个月',
  项目总成本: '190万元',
  办事材料减少比例: '24%',
  群众满意度: '92%',
};

describe.each(storageDrivers)('concurrent writes from one base version on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  let finance: Session;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
    finance = await ctx.as('finance');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('budgets: the first save and a later save each take one writer; the stored budget is the winner', async () => {
    const url = `/api/budgets/${ctx.orgs.deptA}/2025`;
    const first = await race((i) =>
      finance.put(url, { baseVersion: 0, budget: { ...sampleBudget(), department: `部门A-${i}` } }),
    );
    const w1 = expectOneWinner(first);
    for (const r of first.filter((_, i) => i !== w1)) expect(r.json().code).toBe('version-conflict');
    let stored = (await finance.get(url)).json();
    expect({ version: stored.version, department: stored.budget.department }).toEqual({
      version: 1,
      department: `部门A-${w1}`,
    });

    const second = await race((i) =>
      finance.put(url, { baseVersion: 1, budget: { ...sampleBudget(), department: `部门A-二-${i}` } }),
    );
    const w2 = expectOneWinner(second);
    stored = (await finance.get(url)).json();
    expect({ version: stored.version, department: stored.budget.department }).toEqual({
      version: 2,
      department: `部门A-二-${w2}`,
    });
  });

  it('disclosures: ten publications of one generation make one publication version', async () => {
    const url = `/api/budgets/${ctx.orgs.deptB}/2025`;
    expect((await finance.put(url, { baseVersion: 0, budget: sampleBudget('部门B') })).statusCode).toBe(200);
    const generated = await finance.post(`/api/disclosures/${ctx.orgs.deptB}/2025/generate`);
    const generation = generated.json().generation as number;
    const res = await race(() =>
      finance.post(`/api/disclosures/${ctx.orgs.deptB}/2025/publish`, { generation }),
    );
    expectOneWinner(res);
    const pub = (await ctx.app.inject({ url: `/api/public/disclosures/${ctx.orgs.deptB}/2025` })).json();
    expect(pub.version).toBe(1);
    // Ten generations at once: ten distinct generation numbers, none lost.
    const gens = await race(() => finance.post(`/api/disclosures/${ctx.orgs.deptB}/2025/generate`));
    expect(gens.map((r) => r.json().generation as number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: N }, (_, i) => generation + 1 + i),
    );
  });

  it('monitoring rounds: five finance officers opening one period at once get one round', async () => {
    const { id: formId } = await approvedProject(ctx, { name: '轮次并发项目' });
    const res = await Promise.all(
      Array.from({ length: 5 }, () =>
        finance.post('/api/monitoring/rounds', { year: 2025, month: 9, formIds: [formId] }),
      ),
    );
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const refused = res.find((r) => r.statusCode === 409)!.json();
    expect(refused.code).toBe('round-exists');
    expect(refused.message).toContain('2025年1—9月的监控轮次已经开启');
    const rounds = (await finance.get('/api/monitoring/rounds')).json().items as {
      year: number;
      month: number;
    }[];
    expect(rounds.filter((r) => r.year === 2025 && r.month === 9)).toHaveLength(1);
    // Closing it: one close, the others told it is already closed.
    const roundId = res.find((r) => r.statusCode === 201)!.json().round.id as string;
    const closes = await Promise.all(
      Array.from({ length: 5 }, () => finance.post(`/api/monitoring/rounds/${roundId}/close`)),
    );
    expect(closes.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it('forms: one save per base version; the stored form is the acknowledged one', async () => {
    const id = (await filler.post('/api/forms', { form: sampleProject() })).json().meta.id as string;
    const res = await race((i) =>
      filler.put(`/api/forms/${id}`, { baseVersion: 1, form: sampleProject({ name: `项目${i}` }) }),
    );
    const w = expectOneWinner(res);
    const stored = (await filler.get(`/api/forms/${id}`)).json();
    expect({ version: stored.meta.version, name: stored.form.name }).toEqual({
      version: 2,
      name: `项目${w}`,
    });
    const versions = (await filler.get(`/api/forms/${id}/versions`)).json();
    expect(versions.items ?? versions).toHaveLength(2);
  });

  it('form workflow: ten submissions of one draft make one transition', async () => {
    const id = (await filler.post('/api/forms', { form: sampleProject() })).json().meta.id as string;
    expectOneWinner(await race(() => filler.post(`/api/forms/${id}/submit`)));
    expect((await filler.get(`/api/forms/${id}/history`)).json().items).toHaveLength(1);
  });

  it('monitoring entries and self-evaluations: one save and one workflow step per version', async () => {
    const { id: formId } = await approvedProject(ctx, { name: '并发测试项目' });
    const round = (
      await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] })
    ).json();
    const entryId = (await finance.get(`/api/monitoring/rounds/${round.round.id}/entries`)).json().items[0]
      .id as string;
    const entry = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    const fill = (executed: string) => ({
      version: 1,
      budget: { annual: '200', executedToDate: executed },
      indicators: entry.data.indicators.map((r: { indicatorId: string; name: string }) => ({
        indicatorId: r.indicatorId,
        actualToDate: '',
        expectedFullYear: onTrack[r.name],
        grade: null,
        deviationReason: null,
        reasonText: null,
        likelihood: null,
        correctiveMeasure: null,
      })),
    });
    const saves = await race((i) => filler.put(`/api/monitoring/entries/${entryId}`, fill(String(110 + i))));
    const w = expectOneWinner(saves);
    const saved = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    expect({ version: saved.entry.version, executed: saved.data.budget.executedToDate }).toEqual({
      version: 2,
      executed: String(110 + w),
    });
    expect(saved.entry.status).toBe('filled');
    expectOneWinner(
      await race(() => filler.post(`/api/monitoring/entries/${entryId}/submit`, { version: 2 })),
    );
    expect((await filler.get(`/api/monitoring/entries/${entryId}`)).json().entry).toMatchObject({
      status: 'submitted',
      version: 3,
    });

    const created = await filler.post('/api/self-evaluations', { formId });
    expect(created.statusCode).toBe(201);
    const evalId = created.json().evaluation.id as string;
    const rows = created.json().data.indicators as { indicatorId: string; name: string }[];
    const body = (executed: string) => ({
      version: 1,
      budget: { initial: '200', annual: '200', executed },
      goals: [{ label: '年度绩效目标1', expected: '完成电子证照库建设', achieved: '基本完成' }],
      indicators: rows.map((r) => ({
        indicatorId: r.indicatorId,
        weight: null,
        actual: actuals[r.name] ?? '',
        grade: null,
        override: null,
        deviationAnalysis: '部分部门数据未按时归集',
      })),
      conclusions: { problems: '进度不均衡', improvements: '按月通报' },
    });
    const evSaves = await race((i) => filler.put(`/api/self-evaluations/${evalId}`, body(String(170 + i))));
    const we = expectOneWinner(evSaves);
    const ev = (await filler.get(`/api/self-evaluations/${evalId}`)).json();
    expect({ version: ev.evaluation.version, executed: ev.data.budget.executed }).toEqual({
      version: 2,
      executed: String(170 + we),
    });
    expectOneWinner(await race(() => filler.post(`/api/self-evaluations/${evalId}/submit`, { version: 2 })));
  });
});
