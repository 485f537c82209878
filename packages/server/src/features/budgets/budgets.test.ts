// The budget → disclosure → publication → open data flow through the API, with bad input refused (4xx,
// Chinese message, a code) and each step authorised by role and organisation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFolder } from '../../demo/seed-demo.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';

function multipart(fileName: string, data: Uint8Array) {
  const boundary = '----jixiaobudget';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, Buffer.from(data), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.each(drivers)('budgets, disclosures and open data on %s', (driver) => {
  let ctx: TestContext;
  let finance: Session;
  let deptA: string;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    finance = await ctx.as('finance');
    deptA = ctx.orgs.deptA;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('starts from an empty budget, refuses bad input with a Chinese message and a code', async () => {
    const empty = await finance.get(`/api/budgets/${deptA}/2025`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({
      exists: false,
      version: 0,
      canWrite: true,
      budget: { department: '部门A', functional: [] },
    });
    const bad = sampleBudget();
    (bad.functional[0] as { wages: string }).wages = '五百';
    const res = await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid-input');
    expect(JSON.stringify(res.json().errors)).toContain('金额应为数字');
    expect(
      (
        await finance.put(`/api/budgets/${deptA}/2025`, {
          baseVersion: 0,
          budget: sampleBudget('部门A', 2024),
        })
      ).json().code,
    ).toBe('year-mismatch');
    expect((await finance.get(`/api/budgets/not-a-uuid/2025`)).statusCode).toBe(400);
  });

  it('saves the budget relationally, reads it back exactly, and refuses a stale version', async () => {
    const saved = await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget: sampleBudget() });
    expect(saved.statusCode).toBe(200);
    const body = saved.json();
    expect(body.version).toBe(1);
    expect(body.budget.functional[0]).toMatchObject({ code: '2010301', wages: '500', goods: '100' });
    expect(body.findings).toEqual([]);
    const stale = await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget: sampleBudget() });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'version-conflict']);
  });

  it('holds spending by source of funds, 其他结转, several units and equipment held, and reads them back', async () => {
    // 部门A 2023: 600 一般公共预算 for the 机关's 行政运行; the 中心's projects (400) from 390 事业收入 and 10 其他结转.
    const b = sampleBudget('部门A', 2023);
    const income = (generalPublic: string, operating: string, carryOver: string) => ({
      generalPublic,
      governmentFund: '0',
      stateCapital: '0',
      operating,
      superior: '0',
      subordinate: '0',
      business: '0',
      other: '0',
      specialAccount: '0',
      carryOver,
    });
    b.income = income('600', '390', '10');
    b.carryOverOther = '10';
    b.assets = { generalEquipment: 2, specialEquipment: 1 };
    b.units = [
      { code: '101001', name: '部门A机关', income: income('600', '0', '0') },
      { code: '101002', name: '部门A中心', income: income('0', '390', '10') },
    ];
    b.functional[0]!.unitCode = '101001';
    b.functional[1] = { ...b.functional[1]!, fund: 'other', unitCode: '101002' };
    b.economic = [
      { code: '30101', name: '基本工资', govCode: null, fund: 'general', basic: '500', project: '0' },
      { code: '30201', name: '办公费', govCode: null, fund: 'general', basic: '100', project: '0' },
      { code: '30201', name: '办公费', govCode: null, fund: 'other', basic: '0', project: '400' },
    ];
    const saved = await finance.put(`/api/budgets/${deptA}/2023`, { baseVersion: 0, budget: b });
    expect([saved.statusCode, saved.json().findings]).toEqual([200, []]);
    const back = (await finance.get(`/api/budgets/${deptA}/2023`)).json().budget;
    expect([back.carryOverOther, back.assets]).toEqual(['10', { generalEquipment: 2, specialEquipment: 1 }]);
    expect(
      back.units.map((u: { code: string; income: { operating: string } }) => [u.code, u.income.operating]),
    ).toEqual([
      ['101001', '0'],
      ['101002', '390'],
    ]);
    expect(
      back.functional.map((l: { fund: string; unitCode: string | null }) => [l.fund, l.unitCode]),
    ).toEqual([
      ['general', '101001'],
      ['other', '101002'],
    ]);
    expect(back.economic.map((l: { fund: string }) => l.fund)).toEqual(['general', 'general', 'other']);
  });

  it('holds 国有资本经营预算 as a fund: stored, read back, and its table generated filled', async () => {
    // 部门A 2022: 1000 一般公共预算 as in the sample, and 60 国有资本经营预算 for 国有企业资本金注入 (a project).
    const b = sampleBudget('部门A', 2022);
    b.income.stateCapital = '60';
    b.functional.push({
      ...b.functional[1]!,
      code: '22302',
      name: '国有企业资本金注入',
      fund: 'stateCapital',
      regular: '0',
      otherProject: '60',
    });
    b.economic.push({
      code: '312',
      name: '对企业补助',
      govCode: null,
      fund: 'stateCapital',
      basic: '0',
      project: '60',
    });
    b.projects.push({ code: null, name: '丙项目', category: '其他项目', amount: '60', purpose: null });
    const saved = await finance.put(`/api/budgets/${deptA}/2022`, { baseVersion: 0, budget: b });
    expect(saved.json().findings.filter((f: { rule: string }) => f.rule === 'R-BUD-02')).toEqual([]);
    const back = (await finance.get(`/api/budgets/${deptA}/2022`)).json().budget;
    expect([back.income.stateCapital, back.functional[2].fund, back.economic[2].fund]).toEqual([
      '60',
      'stateCapital',
      'stateCapital',
    ]);
    const d = (await finance.post(`/api/disclosures/${deptA}/2022/generate`)).json().disclosure;
    const table = d.tables.find((t: { title: string }) => t.title === '国有资本经营预算支出表');
    expect([table.rows[0], table.note]).toEqual([['', '合计', '60.00', '0.00', '60.00'], null]);
  });

  it('moves a unit’s lines with its new code in the same save, and audits the change', async () => {
    // The 2023 budget above: the 中心 (101002) is recoded 101003, sent with its line still under 101002.
    const current = (await finance.get(`/api/budgets/${deptA}/2023`)).json();
    const b = current.budget;
    b.units[1].code = '101003';
    const saved = await finance.put(`/api/budgets/${deptA}/2023`, {
      baseVersion: current.version,
      budget: b,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().budget.functional.map((l: { unitCode: string }) => l.unitCode)).toEqual([
      '101001',
      '101003',
    ]);
    expect(saved.json().findings.filter((f: { rule: string }) => f.rule === 'R-BUD-03')).toEqual([]);
    const audit = (await (await ctx.as('admin')).get('/api/audit?entity=budget&limit=500')).json().items;
    const recode = audit.find((a: { action: string }) => a.action === 'budget-unit-recode');
    expect([recode.before, recode.after]).toEqual([
      { year: 2023, unitCode: '101002' },
      { year: 2023, unitCode: '101003', linesMoved: 1 },
    ]);
  });

  it('reports an unknown code and an unbalanced budget (R-BUD-01/02)', async () => {
    const b = sampleBudget('部门B');
    b.functional[0]!.code = '2010398';
    b.income.generalPublic = '990.00';
    const res = await finance.put(`/api/budgets/${ctx.orgs.deptB}/2025`, { baseVersion: 0, budget: b });
    expect(
      res.json().findings.map((f: { rule: string; messageId: string }) => `${f.rule}:${f.messageId}`),
    ).toEqual(['R-BUD-01:unknownCode', 'R-BUD-02:unbalanced']);
  });

  it('lets a filler read and write only its own organisation, a reviewer read its subtree', async () => {
    const filler = await ctx.as('fillerA1');
    expect((await filler.get(`/api/budgets/${deptA}/2025`)).statusCode).toBe(404);
    expect((await filler.get(`/api/budgets/${ctx.orgs.unitA1}/2025`)).statusCode).toBe(200);
    const reviewer = await ctx.as('reviewerA');
    // The list is scoped the same way: reviewer A sees 部门A's budget, not 部门B's.
    const listed = (await reviewer.get('/api/budgets')).json().items.map((i: { orgId: string }) => i.orgId);
    expect(listed).toContain(deptA);
    expect(listed).not.toContain(ctx.orgs.deptB);
    expect((await filler.get('/api/budgets')).json().items).toEqual([]);
    const r = await reviewer.get(`/api/budgets/${deptA}/2025`);
    expect([r.statusCode, r.json().canWrite]).toEqual([200, false]);
    expect(
      (await reviewer.put(`/api/budgets/${deptA}/2025`, { baseVersion: 1, budget: sampleBudget() }))
        .statusCode,
    ).toBe(403);
  });

  it('generates the disclosure with computed text and tables, and checks it with the shared rules', async () => {
    const res = await finance.post(`/api/disclosures/${deptA}/2025/generate`);
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d.status).toBe('generated');
    expect(d.disclosure.sections[2].text).toContain(
      '2025年部门收支总预算1000.00万元，比2024年预算减少250.00万元，下降20.00%',
    );
    expect(d.disclosure.tables.map((t: { title: string }) => t.title)).toContain(
      '一般公共预算“三公”经费支出表',
    );
    expect(d.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('does not publish before finance asks, nor for anyone else; the public sees nothing yet', async () => {
    expect((await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025` })).statusCode).toBe(404);
    const reviewer = await ctx.as('reviewerA');
    expect((await reviewer.post(`/api/disclosures/${deptA}/2025/publish`)).statusCode).toBe(403);
    const csv = await ctx.app.inject({ url: '/api/open-data/budgets.csv' });
    expect(csv.body.trim().split('\r\n')).toHaveLength(1); // the header only
  });

  it('refuses to publish a disclosure whose budget changed since, and one with errors', async () => {
    const b = sampleBudget();
    b.income.generalPublic = '1100.00'; // income ≠ expenditure: R-BUD-02 error
    await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 1, budget: b });
    expect((await finance.post(`/api/disclosures/${deptA}/2025/publish`)).json().code).toBe(
      'stale-disclosure',
    );
    await finance.post(`/api/disclosures/${deptA}/2025/generate`);
    const res = await finance.post(`/api/disclosures/${deptA}/2025/publish`);
    expect([res.statusCode, res.json().code]).toEqual([422, 'has-errors']);
    await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 2, budget: sampleBudget() });
    await finance.post(`/api/disclosures/${deptA}/2025/generate`);
  });

  it('publishes; the public reads it at its stable address and downloads the open data', async () => {
    const res = await finance.post(`/api/disclosures/${deptA}/2025/publish`);
    expect([res.statusCode, res.json().status]).toEqual([200, 'published']);
    // Approved on 2025-01-10 and published today (later than 20 days): R-PUB-06 says so, without blocking.
    expect(res.json().disclosure.publishedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(
      res
        .json()
        .findings.filter((f: { rule: string }) => f.rule === 'R-PUB-06')
        .map((f: { messageId: string }) => f.messageId),
    ).toEqual(['late']);
    const list = (await ctx.app.inject({ url: '/api/public/disclosures' })).json();
    expect(list.items).toEqual([
      expect.objectContaining({ orgId: deptA, year: 2025, url: `/public/disclosure/${deptA}/2025` }),
    ]);
    const one = await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025` });
    expect(one.statusCode).toBe(200);
    expect(one.json().findings).toBeUndefined();
    const csv = await ctx.app.inject({ url: '/api/open-data/budgets.csv?year=2025' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',').slice(-5).join(','))).toEqual([
      '基本支出,301,工资福利支出,,500.00',
      '基本支出,302,商品和服务支出,,100.00',
      '项目支出,,,经常性项目,300.00',
      '项目支出,,,其他项目,100.00',
    ]);
    const json = (await ctx.app.inject({ url: '/api/open-data/budgets.json' })).json();
    expect(json.items[0].budget.income.generalPublic).toBe('1000');
    const dp = (await ctx.app.inject({ url: '/api/open-data/datapackage.json' })).json();
    expect(dp.profile).toBe('fiscal-data-package');
    expect(dp.resources[0].path).toBe('budgets.csv');
    expect(Object.keys(dp.model.dimensions)).toContain('functional-classification');
    expect((await ctx.app.inject({ url: '/api/open-data/targets.csv' })).statusCode).toBe(200);
  });

  it('exports the package as .xlsx (one sheet per table) and .docx', async () => {
    const xlsx = await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.headers['content-disposition']).toContain('filename*=UTF-8');
    const docx = await finance.get(`/api/disclosures/${deptA}/2025/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025/export?format=exe` })).statusCode,
    ).toBe(400);
  });

  it('derives a budget from an existing disclosure file (seed 003) without saving it', async () => {
    const data = new Uint8Array(readFileSync(`${demoFolder}003_5e2bb870419bde72.txt`));
    const m = multipart('003.txt', data);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/budgets/${ctx.orgs.deptB}/2020/derive`,
      headers: { cookie: finance.cookie, 'x-csrf-token': finance.csrfToken, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().budget.functional.map((l: { code: string }) => l.code)).toEqual([
      '2010306',
      '208',
      '210',
      '221',
    ]);
    const wrongYear = await ctx.app.inject({
      method: 'POST',
      url: `/api/budgets/${ctx.orgs.deptB}/2021/derive`,
      headers: { cookie: finance.cookie, 'x-csrf-token': finance.csrfToken, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect([wrongYear.statusCode, wrongYear.json().code]).toEqual([422, 'year-mismatch']);
  });

  it('refuses a derive without a file, a non-disclosure file and a bad year with 4xx and a code', async () => {
    expect((await finance.post(`/api/budgets/${deptA}/2025/derive`, {})).json().code).toBe('no-file');
    const m = multipart('a.txt', new TextEncoder().encode('这不是部门预算公开\n只有两行'));
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/budgets/${deptA}/2025/derive`,
      headers: { cookie: finance.cookie, 'x-csrf-token': finance.csrfToken, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().message).toMatch(/\p{Script=Han}/u);
    expect((await finance.get(`/api/budgets/${deptA}/1999`)).statusCode).toBe(400);
  });

  it('documents the read-only public API in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json();
    for (const path of [
      '/api/public/disclosures',
      '/api/public/disclosures/{orgId}/{year}',
      '/api/open-data/budgets.csv',
      '/api/open-data/datapackage.json',
    ])
      expect(doc.paths[path]?.get, path).toBeDefined();
  });
});
