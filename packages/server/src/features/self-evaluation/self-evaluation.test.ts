// Self-evaluation through the API, on a project approved by the real workflow: drafted from the approved
// indicators (same ids) and the monitoring forecasts, scored by the official method (hand-computed below),
// overrides only with a reason (recorded), bad input refused whole, official table exported and imported,
// and the results shown beside the indicators of next year's draft with the R-HIST checks.
//
// Hand computation (weights by the default scheme: 产出 50 over 产出 + 成本's four rows = 12.5 each, 效益 30, 满意度 10):
//   归集电子证照数量 ≥2.3万个, actual 2.0万个 → 2.0 ÷ 2.3 × 12.5 = 10.869… → 10.87
//   证照数据准确率 ≥95%, 96% → 12.50;  项目完成时间 ≤12个月, 11个月 → 12.50
//   项目总成本 ≤200万元, 1,900,000元 = 190万元 → 12.50
//   办事材料减少比例 ≥30%, 24% → 24 ÷ 30 × 30 = 24.00;  群众满意度 ≥90%, 92% → 10.00
//   执行率 180 ÷ 200 = 90 % → 9.00;  总分 = 10.87 + 12.5 × 3 + 24 + 10 + 9 = 91.37 → 优
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { parseIndicatorValue, type DepartmentForm } from '@jixiao/core';
import { approvedForm, approvedProject } from '../../test-support/approved-project.ts';

interface Row {
  indicatorId: string;
  name: string;
}

const actuals: Record<string, string> = {
  归集电子证照数量: '2.0万个',
  证照数据准确率: '96%',
  项目完成时间: '11个月',
  项目总成本: '1,900,000元',
  办事材料减少比例: '24%',
  群众满意度: '92%',
};

function body(
  version: number,
  rows: Row[],
  change: Record<string, Partial<Record<string, unknown>>> = {},
  budget = { initial: '200', annual: '200', executed: '180' },
) {
  return {
    version,
    budget,
    goals: [{ label: '年度绩效目标1', expected: '完成电子证照库建设', achieved: '基本完成' }],
    indicators: rows.map((r) => ({
      indicatorId: r.indicatorId,
      weight: null,
      actual: actuals[r.name] ?? '',
      grade: null,
      override: null,
      deviationAnalysis:
        r.name === '归集电子证照数量' || r.name === '办事材料减少比例'
          ? '部分部门数据未按时归集；已纳入考核'
          : null,
      ...change[r.name],
    })),
    conclusions: { problems: '数据归集进度不均衡', improvements: '建立按月通报机制' },
  };
}

function multipart(file: Buffer | string, name: string) {
  const boundary = '----jxse';
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      typeof file === 'string' ? Buffer.from(file) : file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe.each(drivers)('self-evaluation on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  let formId = '';
  let evalId = '';
  let rows: Row[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
    formId = (await approvedProject(ctx, { name: '自评测试项目' })).id;
    // A monitoring round first: its forecasts become the starting actuals (R-MON-06).
    const finance = await ctx.as('finance');
    const round = (
      await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] })
    ).json();
    const entryId = (await finance.get(`/api/monitoring/rounds/${round.round.id}/entries`)).json().items[0]
      .id;
    const entry = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    await filler.put(`/api/monitoring/entries/${entryId}`, {
      version: 1,
      budget: { annual: '200', executedToDate: '100' },
      indicators: entry.data.indicators.map((r: Row) => ({
        indicatorId: r.indicatorId,
        actualToDate: '',
        expectedFullYear: r.name === '群众满意度' ? '91%' : '',
        grade: null,
        deviationReason: null,
        reasonText: null,
        likelihood: null,
        correctiveMeasure: null,
      })),
    });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('starts from the approved indicators with their ids and the monitoring forecast', async () => {
    const candidates = (await filler.get('/api/self-evaluations/candidates?year=2025')).json().items;
    expect(candidates.map((c: { id: string }) => c.id)).toContain(formId);
    expect((await (await ctx.as('fillerB1')).post('/api/self-evaluations', { formId })).statusCode).toBe(404);
    const res = await filler.post('/api/self-evaluations', { formId });
    expect(res.statusCode).toBe(201);
    const v = res.json();
    evalId = v.evaluation.id;
    rows = v.data.indicators;
    const approved = (await filler.get(`/api/forms/${formId}/approval`)).json();
    expect(rows.map((r) => r.indicatorId)).toEqual(
      approved.targets.map((t: { indicatorId: string }) => t.indicatorId),
    );
    expect(v.data.indicators[5].actual.raw).toBe('91%');
    expect(v.data.budget).toEqual({ initial: '200', annual: '200', executed: '0' });
    expect((await filler.post('/api/self-evaluations', { formId })).json().code).toBe('evaluation-exists');
  });

  it('scores by the official method and explains every score', async () => {
    const res = await filler.put(`/api/self-evaluations/${evalId}`, body(1, rows));
    expect(res.statusCode).toBe(200);
    const { score, evaluation } = res.json();
    expect(
      score.indicators.map((i: { result: { value: { score: string } } }) => i.result.value.score),
    ).toEqual(['10.87', '12.50', '12.50', '12.50', '24.00', '10.00']);
    expect(score.execution.value).toMatchObject({ rate: '0.9', score: '9.00' });
    expect(score.total).toBe('91.37');
    expect(score.grade.grade).toBe('优');
    expect(evaluation).toMatchObject({ total: '91.37', grade: '优' });
    expect(score.indicators[0].result.value.working).toBe(
      '正向指标：实际值 2万个 ÷ 目标值 2.3万个 × 分值 12.5 = 10.87',
    );
    expect(score.indicators[3].result.value.working).toContain('1900000元 = 190万元');
    expect(score.weights.value.working[0]).toContain('产出指标 50 分平均分给 4 个指标');
  });

  it('an override needs a reason and must stay within the weight; an accepted one is recorded', async () => {
    const noReason = await filler.put(
      `/api/self-evaluations/${evalId}`,
      body(2, rows, { 归集电子证照数量: { override: { score: '12', reason: null } } }),
    );
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0]).toMatchObject({
      code: 'override-without-reason',
      path: '/indicators/0/override/reason',
    });
    const tooHigh = await filler.put(
      `/api/self-evaluations/${evalId}`,
      body(2, rows, { 归集电子证照数量: { override: { score: '13', reason: '理由' } } }),
    );
    expect(tooHigh.json().errors[0].code).toBe('override-out-of-band');
    const ok = await filler.put(
      `/api/self-evaluations/${evalId}`,
      body(2, rows, {
        归集电子证照数量: { override: { score: '11.5', reason: '年底补录0.1万个证照，系统统计滞后' } },
      }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().score.total).toBe('92.00');
    expect(ok.json().overrides).toEqual([
      expect.objectContaining({
        computed: '10.87',
        score: '11.50',
        reason: '年底补录0.1万个证照，系统统计滞后',
      }),
    ]);
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, evalId));
    expect(audit.some((a) => JSON.stringify(a.after).includes('系统统计滞后'))).toBe(true);
  });

  it('refuses bad input with codes and saves nothing', async () => {
    const cases: Array<[object, string]> = [
      [body(3, rows, { 证照数据准确率: { actual: '较高' } }), 'actual-not-numeric'],
      [body(3, rows, { 群众满意度: { actual: '92人' } }), 'unit-mismatch'],
      [body(3, rows, {}, { initial: '200', annual: '200', executed: '210' }), 'executed-over-budget'],
    ];
    for (const [b, code] of cases) {
      const res = await filler.put(`/api/self-evaluations/${evalId}`, b);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('self-evaluation-invalid');
      expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      expect(res.json().errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const stale = await filler.put(`/api/self-evaluations/${evalId}`, body(1, rows));
    expect(stale.statusCode).toBe(409);
    const current = (await filler.get(`/api/self-evaluations/${evalId}`)).json();
    expect(current.evaluation).toMatchObject({ version: 3, total: '92.00' });
    expect(
      (await (await ctx.as('reviewerA')).put(`/api/self-evaluations/${evalId}`, body(3, rows))).statusCode,
    ).toBe(403);
  });

  it('exports the official 自评表 and imports a filled one (R-EVAL-09 on the stated total)', async () => {
    for (const format of ['xlsx', 'docx'] as const) {
      const res = await (
        await ctx.as('finance')
      ).get(`/api/self-evaluations/${evalId}/export?format=${format}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('项目支出绩效自评表'));
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const xlsx = (await filler.get(`/api/self-evaluations/${evalId}/export?format=xlsx`)).rawPayload;
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    // The unit corrects an actual in Excel; the stated total is left as it was (now wrong).
    wb.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === '办事材料减少比例') row.getCell(col + 2).value = '27%';
      });
    });
    const m = multipart(Buffer.from(await wb.xlsx.writeBuffer()), 'self.xlsx');
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/self-evaluations/${evalId}/import`,
      headers: { cookie: filler.cookie, 'x-csrf-token': filler.csrfToken, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(res.statusCode).toBe(200);
    // 27 ÷ 30 × 30 = 27: total 92.00 + 3 = 95.00
    expect(res.json().score.total).toBe('95.00');
    expect(res.json().findings).toEqual([expect.objectContaining({ rule: 'R-EVAL-09', severity: 'error' })]);
  });

  it('is submitted, returned with an opinion, resubmitted, passed and confirmed; each step recorded', async () => {
    const reviewer = await ctx.as('reviewerA');
    const finance = await ctx.as('finance');
    const url = (a: string) => `/api/self-evaluations/${evalId}/${a}`;
    // Each step names the version its actor saw (read here as finance, who sees every table).
    const seenVersion = async () =>
      (await finance.get(`/api/self-evaluations/${evalId}`)).json().evaluation.version as number;
    // Not yet confirmed: listed on the dashboard, labelled, but not in the scores.
    const before = (await finance.get('/api/evaluation/dashboard?year=2025')).json();
    expect(before.evaluations.items).toEqual([
      expect.objectContaining({ status: 'scored', confirmed: false }),
    ]);
    expect(before.statusCounts).toEqual({ scored: 1 });
    expect(before.departments[0]).toMatchObject({ evaluated: 0, averageScore: null });
    // Wrong role, wrong state, another department's reviewer.
    expect((await reviewer.post(url('submit'), { version: await seenVersion() })).statusCode).toBe(403);
    expect((await reviewer.post(url('review-pass'), { version: await seenVersion() })).json().code).toBe(
      'wrong-state',
    );
    expect(
      (await (await ctx.as('reviewerB')).post(url('review-pass'), { version: await seenVersion() }))
        .statusCode,
    ).toBe(404);

    expect((await filler.post(url('submit'), { version: await seenVersion() })).json()).toMatchObject({
      status: 'submitted',
    });
    const current = (await filler.get(`/api/self-evaluations/${evalId}`)).json();
    expect(current.actions).toEqual([]);
    // Submitted: the unit can no longer edit.
    const locked = await filler.put(`/api/self-evaluations/${evalId}`, {
      ...body(current.evaluation.version, rows),
    });
    expect(locked.json().code).toBe('evaluation-locked');
    // The reviewer sees the hand-set score with its reason, and must write an opinion to return.
    const seen = (await reviewer.get(`/api/self-evaluations/${evalId}`)).json();
    expect(seen.overrides).toEqual([
      expect.objectContaining({ reason: '年底补录0.1万个证照，系统统计滞后' }),
    ]);
    expect(seen.actions).toEqual(['review-return', 'review-pass']);
    const noOpinion = await reviewer.post(url('review-return'), { version: await seenVersion() });
    expect(noOpinion.statusCode).toBe(422);
    expect(noOpinion.json()).toMatchObject({ code: 'opinion-required', message: '退回时须填写意见' });
    expect(
      (await reviewer.post(url('review-return'), { version: await seenVersion(), opinion: '请补充偏差原因' }))
        .statusCode,
    ).toBe(200);
    expect((await filler.get(`/api/self-evaluations/${evalId}`)).json().actions).toEqual(['edit', 'submit']);
    expect((await filler.post(url('submit'), { version: await seenVersion() })).statusCode).toBe(200);
    expect((await reviewer.post(url('review-pass'), { version: await seenVersion() })).json()).toMatchObject({
      status: 'passed',
    });
    expect((await reviewer.post(url('confirm'), { version: await seenVersion() })).statusCode).toBe(403);
    // Finance may also send it back, with an opinion; the unit resubmits and the reviewer passes again.
    expect((await finance.post(url('finance-return'), { version: await seenVersion() })).json().code).toBe(
      'opinion-required',
    );
    expect(
      (
        await finance.post(url('finance-return'), {
          version: await seenVersion(),
          opinion: '执行率口径与决算不一致',
        })
      ).statusCode,
    ).toBe(200);
    expect((await filler.post(url('submit'), { version: await seenVersion() })).statusCode).toBe(200);
    expect(
      (await reviewer.post(url('review-pass'), { version: await seenVersion(), opinion: '已核实' }))
        .statusCode,
    ).toBe(200);
    expect((await finance.post(url('confirm'), { version: await seenVersion() })).json()).toMatchObject({
      status: 'confirmed',
    });
    const done = (await finance.get(`/api/self-evaluations/${evalId}`)).json();
    expect(done.evaluation.status).toBe('confirmed');
    expect(
      done.transitions.map((t: { action: string; opinion: string | null; actorName: string }) => [
        t.action,
        t.opinion,
      ]),
    ).toEqual([
      ['submit', null],
      ['review-return', '请补充偏差原因'],
      ['submit', null],
      ['review-pass', null],
      ['finance-return', '执行率口径与决算不一致'],
      ['submit', null],
      ['review-pass', '已核实'],
      ['confirm', null],
    ]);
    expect(done.transitions.every((t: { actorName: string | null }) => t.actorName)).toBe(true);
    expect((await finance.post(url('confirm'), { version: await seenVersion() })).statusCode).toBe(409);
  });

  it('refuses a step on a version the actor did not see (409), and takes it on the current one', async () => {
    const reviewer = await ctx.as('reviewerA');
    const finance = await ctx.as('finance');
    const staleFormId = (await approvedProject(ctx, { name: '并发审核项目' })).id;
    const created = (await filler.post('/api/self-evaluations', { formId: staleFormId })).json();
    const id = created.evaluation.id as string;
    const staleRows = created.data.indicators as Row[];
    const url = (a: string) => `/api/self-evaluations/${id}/${a}`;
    const current = async () =>
      (await finance.get(`/api/self-evaluations/${id}`)).json().evaluation.version as number;
    const saved = await filler.put(`/api/self-evaluations/${id}`, body(await current(), staleRows));
    expect(saved.statusCode).toBe(200);
    expect((await filler.post(url('submit'), { version: await current() })).statusCode).toBe(200);
    // The reviewer opens it now …
    const seen = await current();
    // … meanwhile it is returned (another tab), changed by the unit and submitted again.
    await reviewer.post(url('review-return'), { version: seen, opinion: '请补充' });
    await filler.put(`/api/self-evaluations/${id}`, body(await current(), staleRows));
    await filler.post(url('submit'), { version: await current() });
    const stale = await reviewer.post(url('review-pass'), { version: seen });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale-review', current: seen + 3, yours: seen });
    const missing = await reviewer.post(url('review-pass'), {});
    expect(missing.statusCode).toBe(400);
    const fresh = await reviewer.post(url('review-pass'), { version: await current() });
    expect(fresh.json()).toMatchObject({ status: 'passed' });
  });

  it('shows last year’s target, actual and score beside the indicators of next year’s draft, with R-HIST checks', async () => {
    const copy = (await filler.post(`/api/forms/${formId}/copy`, { year: 2026 })).json();
    const form = copy.form;
    // Next year: the missed 归集电子证照数量 is dropped, 证照数据准确率 is set below last year's 96 %.
    form.indicators = form.indicators
      .filter((i: { name: string }) => i.name !== '归集电子证照数量')
      .map((i: { name: string; target: unknown }) =>
        i.name === '证照数据准确率'
          ? {
              ...i,
              target: { raw: '≥90%', kind: 'quantitative', op: '≥', value: '90', unit: '%', text: null },
            }
          : i,
      );
    const saved = await filler.put(`/api/forms/${copy.meta.id}`, { baseVersion: 1, form });
    expect(saved.statusCode).toBe(200);
    const h = (await filler.get(`/api/forms/${copy.meta.id}/evaluation-history`)).json();
    const byName = (n: string) =>
      h.items.find(
        (i: { indicatorId: string }) =>
          saved.json().form.indicators.find((x: { id: string; name: string }) => x.id === i.indicatorId)
            ?.name === n,
      );
    expect(byName('办事材料减少比例')).toMatchObject({
      year: 2025,
      target: '≥30%',
      actual: '27%',
      score: '27.00',
      weight: '30',
      missed: true,
    });
    expect(byName('群众满意度')).toMatchObject({ actual: '92%', score: '10.00', missed: false });
    expect(h.lastYear).toMatchObject({ year: 2025, total: '95.00', grade: '优' });
    const rules = h.findings.map((f: { rule: string; message: string }) => `${f.rule} ${f.message}`);
    expect(rules.some((r: string) => r.startsWith('R-HIST-01') && r.includes('证照数据准确率'))).toBe(true);
    expect(rules.some((r: string) => r.startsWith('R-HIST-03') && r.includes('归集电子证照数量'))).toBe(true);
    // Another unit cannot read it.
    expect(
      (await (await ctx.as('fillerB1')).get(`/api/forms/${copy.meta.id}/evaluation-history`)).statusCode,
    ).toBe(404);
  });

  it('finance sees scores, grades, execution rates and warnings by department', async () => {
    const d = (await (await ctx.as('finance')).get('/api/evaluation/dashboard?year=2025')).json();
    expect(d.departments).toEqual([
      expect.objectContaining({
        department: '部门A',
        evaluated: 1,
        averageScore: '95.00',
        grades: { 优: 1, 良: 0, 中: 0, 差: 0 },
        executionRate: '0.9000',
        monitored: 1,
      }),
    ]);
    expect(d.missedIndicators.map((m: { name: string }) => m.name).sort()).toEqual(
      ['办事材料减少比例', '归集电子证照数量'].sort(),
    );
    expect(d.missedIndicators[0]).toMatchObject({ missed: 1, evaluated: 1, projects: ['自评测试项目'] });
    const other = (await (await ctx.as('reviewerB')).get('/api/evaluation/dashboard?year=2025')).json();
    expect(other.departments).toEqual([]);
    expect((await filler.get('/api/evaluation/dashboard?year=2025')).statusCode).toBe(403);
  });

  it('self-evaluates a department-wide form (部门整体) with the department weight scheme', async () => {
    const ind = (level1: string, level2: string, name: string, value: string) => ({
      term: 'annual' as const,
      goal: '年度目标',
      level1,
      level2,
      name,
      target: parseIndicatorValue(value),
      history: null,
      basis: null,
      category: null,
    });
    const dept: DepartmentForm = {
      kind: 'department',
      formType: '部门整体绩效目标表',
      year: 2025,
      department: '部门A',
      filler: null,
      phone: null,
      funds: { income: [], expenditure: [{ name: '合计', current: '1000', share: '100%', history: {} }] },
      functions: null,
      tasks: null,
      projects: [],
      goals: [{ term: 'annual', label: '年度目标', text: '履职到位' }],
      indicators: [
        ind('运行成本', '公用经费控制', '公用经费控制率', '≤100%'),
        ind('管理效率', '预算执行', '预算执行率', '≥95%'),
        ind('履职效能', '核心业务产出', '推进全流程电子化交易', '推进'),
        ind('社会效应', '社会效益', '优化营商环境', '优化'),
        ind('可持续发展能力', '人才支撑', '业务学习与培训完成率', '=100%'),
        ind('满意度', '服务对象满意度', '群众满意度', '≥95%'),
      ],
    };
    const { id } = await approvedForm(ctx, dept);
    const created = (await filler.post('/api/self-evaluations', { formId: id })).json();
    expect(created.data.budget.annual).toBe('1000');
    const grade = (name: string) =>
      name === '推进全流程电子化交易'
        ? '达成年度指标'
        : name === '优化营商环境'
          ? '部分达成年度指标并具有一定效果'
          : null;
    const act: Record<string, string> = {
      公用经费控制率: '98%',
      预算执行率: '90%',
      业务学习与培训完成率: '100%',
      群众满意度: '96%',
    };
    const res = await filler.put(`/api/self-evaluations/${created.evaluation.id}`, {
      version: 1,
      budget: { initial: '1000', annual: '1000', executed: '950' },
      goals: [],
      indicators: created.data.indicators.map((r: Row) => ({
        indicatorId: r.indicatorId,
        weight: null,
        actual: act[r.name] ?? '',
        grade: grade(r.name),
        override: null,
        deviationAnalysis: '说明',
      })),
      conclusions: { problems: null, improvements: null },
    });
    expect(res.statusCode).toBe(200);
    // 10 + 90 ÷ 95 × 20 = 18.95 + 30 + 11.99 + 5 + 10 = 85.94; 执行率 950 ÷ 1000 × 10 = 9.5 → 95.44
    expect(res.json().score.weightSchemeId).toBe('dept-10-10-20-30-15-5-10');
    expect(res.json().score.total).toBe('95.44');
    const doc = await filler.get(`/api/self-evaluations/${created.evaluation.id}/export?format=docx`);
    expect(doc.headers['content-disposition']).toContain(encodeURIComponent('部门整体支出绩效自评表'));
  });
});
