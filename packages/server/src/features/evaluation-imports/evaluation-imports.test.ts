// Importing a 自评表 / 监控表 from outside through the API, on projects approved by the real workflow: the
// project proposed by similar names (not exact ones), indicators paired within their levels, the values
// written through the self-evaluation and monitoring services (scored: 91.37 by the hand computation in
// self-evaluation.test.ts), published scores kept as hand-set scores with their source, a table without a
// project kept as a record of its own, refusals by role and unit, bad files refused with a code.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedEvaluations } from '../../db/schema.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';

const here = (p: string) => new URL(p, import.meta.url);
const selfEvaluationText = readFileSync(here('./fixtures/self-evaluation-other-names.txt'), 'utf8');
const monitoringText = readFileSync(here('./fixtures/monitoring-other-names.txt'), 'utf8');
const corpus = (p: string) => readFileSync(here(`../../../../documents/test/corpus/${p}`));
const seed = (p: string) => readFileSync(here(`../../../../../../shared/seeds/${p}`));

function multipart(file: Buffer | string, name: string) {
  const boundary = '----jxei';
  return {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      typeof file === 'string' ? Buffer.from(file) : file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

interface Row {
  row: number;
  name: string;
  indicatorId: string | null;
  similarity: number | null;
}

describe.each(drivers)('evaluation imports on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  let formA = '';
  let formB = '';
  let approvedIds: Record<string, string> = {};

  async function upload(who: Session, file: Buffer | string, name: string) {
    const { payload, ...headers } = multipart(file, name);
    return ctx.app.inject({
      method: 'POST',
      url: '/api/evaluation-imports',
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...headers },
      payload,
    });
  }

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
    const a = await approvedProject(ctx, { name: '政务服务能力提升项目' });
    formA = a.id;
    approvedIds = Object.fromEntries(a.form.indicators.map((i) => [i.name, i.id!]));
    // Another unit's project with the very same name: never proposed to unit A1, never writable by it.
    formB = (
      await approvedProject(
        ctx,
        { name: '政务服务能力提升工程' },
        { filler: 'fillerB1', reviewer: 'reviewerB' },
      )
    ).id;
    await approvedProject(ctx, { name: '农村道路养护补助', unit: '交通运输局', executor: '交通运输局' });
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  let fileId = '';
  let pairs: Array<{ row: number; indicatorId: string | null }> = [];

  it('proposes the unit’s own project by a similar name and pairs indicators whose names differ', async () => {
    const res = await upload(filler, selfEvaluationText, '自评表.txt');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    fileId = body.fileId;
    expect(body.documents).toEqual([
      expect.objectContaining({
        kind: 'self-evaluation',
        name: '政务服务能力提升工程',
        year: 2025,
        indicatorCount: 6,
      }),
    ]);
    const candidates = body.proposal.candidates as Array<{
      formId: string;
      score: number;
      target: { writable: boolean; id: string | null };
    }>;
    expect(candidates.map((c) => c.formId)).not.toContain(formB);
    expect(candidates[0]!.formId).toBe(formA);
    expect(candidates[0]!.score).toBeGreaterThan(0.8);
    expect(candidates[0]!.score).toBeLessThan(1);
    expect(candidates[1]!.score).toBeLessThan(0.5);
    expect(candidates[0]!.target).toMatchObject({ id: null, writable: true });
    const rows = body.proposal.match.rows as Row[];
    expect(Object.fromEntries(rows.map((r) => [r.name, r.indicatorId]))).toEqual({
      电子证照归集数: approvedIds['归集电子证照数量'],
      证照数据准确: approvedIds['证照数据准确率'],
      项目完成时限: approvedIds['项目完成时间'],
      项目成本总额: approvedIds['项目总成本'],
      办事材料减少的比例: approvedIds['办事材料减少比例'],
      '满意度（群众）': approvedIds['群众满意度'],
    });
    expect(rows.every((r) => r.similarity !== null && r.similarity < 1)).toBe(true);
    expect(body.proposal.match.unmatchedApproved).toEqual([]);
    pairs = rows.map((r) => ({ row: r.row, indicatorId: r.indicatorId }));
  });

  it('answers a 自评表 sent to the form import in that one upload: stored once, the same proposal', async () => {
    // The import page sends every file to /api/imports; a 自评表 must not need a second upload.
    const { payload, ...headers } = multipart(selfEvaluationText, '自评表.txt');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: filler.cookie, 'x-csrf-token': filler.csrfToken, ...headers },
      payload,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.forms).toEqual([]);
    expect(body.evaluation.fileId).toBe(body.fileId);
    expect(body.evaluation.documents[0]).toMatchObject({ kind: 'self-evaluation', indicatorCount: 6 });
    expect(body.evaluation.proposal.candidates[0].formId).toBe(formA);
    // Where each value stood, for the preview to show beside the document (the rows it sends as `document`).
    const where = (path: string) =>
      body.evaluation.provenance[0].sources.find((s: { path: string }) => s.path === path);
    expect(where('/name')).toMatchObject({ line: 3, column: 1, label: '项目名称', confidence: 1 });
    expect(where('/indicators/0/actual')).toMatchObject({
      line: 11,
      column: 5,
      text: '2.0万个',
      confidence: 1,
    });
    expect(where('/indicators/0/score')).toMatchObject({ line: 11, column: 7, text: '10.87' });
    const row = body.document.items.find((r: { line: number }) => r.line === 11);
    expect(row.cells[5]).toBe('2.0万个');
    // A clean table: nothing to confirm.
    expect(body.evaluation.provenance[0].unsure).toEqual([]);
    // The stored file serves the next steps of the evaluation import.
    const match = await filler.post(`/api/evaluation-imports/${body.fileId}/match`, { formId: formA });
    expect(match.statusCode).toBe(200);
    expect(match.json().rows).toHaveLength(6);
    // A target form is previewed as before, with no evaluation.
    const target = multipart(seed('000_aa0c671a80aa9506.txt'), 'seed.txt');
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: {
        cookie: filler.cookie,
        'x-csrf-token': filler.csrfToken,
        'content-type': target['content-type'],
      },
      payload: target.payload,
    });
    expect(form.json()).toMatchObject({
      evaluation: null,
      forms: [expect.objectContaining({ kind: 'project' })],
    });
  });

  it('refuses pairs for another unit’s project, another unit’s upload, and other roles', async () => {
    expect(
      (await filler.post(`/api/evaluation-imports/${fileId}/match`, { formId: formB })).json().code,
    ).toBe('form-not-found');
    const other = await ctx.as('fillerA2');
    const res = await other.post(`/api/evaluation-imports/${fileId}/confirm`, { attach: null });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('upload-not-found');
    const reviewer = await ctx.as('reviewerA');
    expect((await upload(reviewer, selfEvaluationText, 'x.txt')).statusCode).toBe(403);
    expect(
      (await reviewer.post(`/api/evaluation-imports/${fileId}/confirm`, { attach: null })).statusCode,
    ).toBe(403);
    const intoB = await filler.post(`/api/evaluation-imports/${fileId}/confirm`, {
      attach: { formId: formB, pairs: [] },
    });
    expect(intoB.statusCode).toBe(404);
  });

  it('refuses pairs that name a row twice, an approved indicator twice, or a row not in the table', async () => {
    const twice = await filler.post(`/api/evaluation-imports/${fileId}/confirm`, {
      attach: {
        formId: formA,
        pairs: [
          { row: 0, indicatorId: pairs[0]!.indicatorId },
          { row: 1, indicatorId: pairs[0]!.indicatorId },
          { row: 9, indicatorId: null },
        ],
      },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe('bad-pairs');
    expect(twice.json().problems).toEqual([
      '批复指标「归集电子证照数量」对应了两行',
      '第 10 行不存在（表中共 6 行指标）',
    ]);
    // Nothing was written: the project still has no self-evaluation.
    expect((await filler.get('/api/self-evaluations?year=2025')).json().items).toEqual([]);
  });

  let evaluationId = '';
  it('writes the confirmed values into a new self-evaluation, scored by the same service', async () => {
    const res = await filler.post(`/api/evaluation-imports/${fileId}/confirm`, {
      attach: { formId: formA, pairs },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.kind).toBe('self-evaluation');
    expect(body.link).toBe(`/self-evaluations/${body.id}`);
    expect(body.notes).toEqual([]);
    evaluationId = body.id;
    const v = (await filler.get(`/api/self-evaluations/${evaluationId}`)).json();
    expect(v.evaluation).toMatchObject({
      formId: formA,
      year: 2025,
      status: 'scored',
      total: '91.37',
      grade: '优',
    });
    expect(v.data.budget).toEqual({ initial: '200', annual: '200', executed: '180' });
    const byName = Object.fromEntries(
      (
        v.data.indicators as Array<{
          name: string;
          actual: { raw: string };
          weight: string;
          deviationAnalysis: string | null;
          override: unknown;
        }>
      ).map((i) => [i.name, i]),
    );
    expect(byName['归集电子证照数量']).toMatchObject({
      actual: { raw: '2.0万个' },
      weight: '12.5',
      deviationAnalysis: '部分部门数据未按时归集',
      override: null,
    });
    expect(byName['群众满意度']!.actual.raw).toBe('92%');
    expect(v.data.goals[0].achieved).toBe('基本完成电子证照库建设');
  });

  it('keeps a published score that differs as a hand-set score naming the file, in the existing self-evaluation', async () => {
    const changed = selfEvaluationText.replace('92%\t10\t10', '92%\t10\t9.5').replace('91.37', '90.87');
    const up = (await upload(filler, changed, '自评表-改.txt')).json();
    expect(up.proposal.candidates[0].target).toMatchObject({ id: evaluationId, writable: true });
    const rows = up.proposal.match.rows as Row[];
    const res = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, {
      attach: { formId: formA, pairs: rows.map((r) => ({ row: r.row, indicatorId: r.indicatorId })) },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toBe(evaluationId);
    expect(res.json().notes).toEqual([
      '「群众满意度」采用表中公布的得分（与计算得分不同，作为人工调整记录）',
    ]);
    const v = (await filler.get(`/api/self-evaluations/${evaluationId}`)).json();
    expect(v.evaluation.total).toBe('90.87');
    expect(v.overrides).toEqual([
      expect.objectContaining({
        name: '群众满意度',
        computed: '10.00',
        score: '9.50',
        reason: '按导入的《自评表-改.txt》中公布的得分',
      }),
    ]);
  });

  it('leaves rows out as chosen (不导入) and says so', async () => {
    const up = (await upload(filler, selfEvaluationText, '自评表.txt')).json();
    const rows = up.proposal.match.rows as Row[];
    const res = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, {
      attach: {
        formId: formA,
        pairs: rows.map((r) => ({
          row: r.row,
          indicatorId: r.name === '满意度（群众）' ? null : r.indicatorId,
        })),
        usePublishedScores: false,
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().notes).toEqual([
      '表中 1 行未导入（选择了“不导入”或没有对应的批复指标）',
      '批复指标「群众满意度」没有导入值，保留原有内容',
      // The row left out keeps what it had (the hand-set 9.5 of the last import), so the printed total differs.
      '表上总分 91.37 与按各项得分重新计算的 90.87 不一致（相差 0.5）：请核对各项得分与总分',
    ]);
    const v = (await filler.get(`/api/self-evaluations/${evaluationId}`)).json();
    expect(v.evaluation.total).toBe('90.87');
    expect(v.overrides).toHaveLength(1);
  });

  it('takes the year chosen at confirmation when neither the project nor the table states one', async () => {
    const undated = (await approvedProject(ctx, { name: '电子证照共享应用', year: null })).id;
    const table = selfEvaluationText
      .replace('（2025年度）\n', '')
      .replace('政务服务能力提升工程', '电子证照共享应用工程');
    const up = (await upload(filler, table, '未写年度.txt')).json();
    expect(up.documents[0].year).toBeNull();
    const best = up.proposal.candidates[0];
    expect(best).toMatchObject({ formId: undated, year: null, target: { id: null, writable: true } });
    const attach = {
      formId: undated,
      pairs: (up.proposal.match.rows as Row[]).map((r) => ({ row: r.row, indicatorId: r.indicatorId })),
    };
    const refused = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, { attach });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toBe('项目和自评表都未写年度：请选择自评年度');
    const res = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, { attach, year: 2026 });
    expect(res.statusCode).toBe(201);
    const v = (await filler.get(`/api/self-evaluations/${res.json().id}`)).json();
    expect(v.evaluation).toMatchObject({ formId: undated, year: 2026, total: '91.37' });
  });

  it('keeps a table whose project is not in the system as a record of its own (corpus 023, .txt)', async () => {
    const up = await upload(filler, corpus('docs/023_selfeval.txt'), '023_selfeval.txt');
    expect(up.statusCode).toBe(201);
    const body = up.json();
    expect(body.documents[0]).toMatchObject({
      kind: 'self-evaluation',
      name: '义务教育营养改善计划专项资金',
    });
    expect(body.proposal.candidates.every((c: { score: number }) => c.score < 0.5)).toBe(true);
    // The rows as read, for the user to check before keeping them as a record (no pair proposed).
    const rows = body.proposal.rows as Array<{ name: string; actual: string; score: string | null }>;
    expect(rows).toHaveLength(body.documents[0].indicatorCount);
    expect(rows.find((r) => r.name === '资金到位及时率')).toMatchObject({ actual: '100%', score: '7' });
    expect(rows.find((r) => r.name === '政策知晓率')).toMatchObject({ actual: '98%', score: '9' });
    const res = await filler.post(`/api/evaluation-imports/${body.fileId}/confirm`, { attach: null });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'record', link: `/evaluation-imports/${res.json().id}` });
    const id = res.json().id;
    const mine = (await filler.get('/api/evaluation-imports/records')).json().items;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([id]);
    const opened = (await filler.get(`/api/evaluation-imports/records/${id}`)).json();
    expect(opened.record).toMatchObject({ kind: 'self-evaluation', fileName: '023_selfeval.txt' });
    expect(opened.document).toMatchObject({ total: '96', grade: '优' });
    // Seen by the unit's 主管部门 and by finance; not by another unit or another 主管部门.
    expect(
      (await (await ctx.as('reviewerA')).get('/api/evaluation-imports/records')).json().items,
    ).toHaveLength(1);
    expect(
      (await (await ctx.as('finance')).get('/api/evaluation-imports/records')).json().items,
    ).toHaveLength(1);
    expect((await (await ctx.as('reviewerB')).get('/api/evaluation-imports/records')).json().items).toEqual(
      [],
    );
    const stranger = await (await ctx.as('fillerB1')).get(`/api/evaluation-imports/records/${id}`);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('record-not-found');
  });

  it('pages the records (latest imported first): each once across pages, the total on the first, a bad cursor refused', async () => {
    const db = ctx.database.db;
    const at = new Date(Date.UTC(2026, 2, 1, 8)); // one time for all: the id breaks the ties
    const made = await db
      .insert(importedEvaluations)
      .values(
        Array.from({ length: 5 }, (_, i) => ({
          regionCode: TEST_REGION,
          orgId: ctx.orgs.unitA2,
          kind: 'monitoring' as const,
          name: `分页记录${i}`,
          year: 2025,
          data: {},
          createdAt: at,
        })),
      )
      .returning({ id: importedEvaluations.id });
    const finance = await ctx.as('finance');
    const first = (await finance.get('/api/evaluation-imports/records?limit=2')).json();
    const ids: string[] = first.items.map((r: { id: string }) => r.id);
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(5);
    let next: string | null = first.nextCursor;
    while (next !== null) {
      const page = (await finance.get(`/api/evaluation-imports/records?limit=2&cursor=${next}`)).json();
      expect(page.total).toBeNull();
      ids.push(...page.items.map((r: { id: string }) => r.id));
      next = page.nextCursor;
    }
    expect(ids).toHaveLength(first.total);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(made.map((r) => r.id)));
    const bad = await finance.get('/api/evaluation-imports/records?cursor=bm9wZQ');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad-cursor');
    expect(bad.json().message).toMatch(/翻页/);
  });

  it('reads a 自评表 from .xlsx (corpus 017)', async () => {
    const up = await upload(filler, corpus('formats/017_selfeval.xlsx'), '017_selfeval.xlsx');
    expect(up.statusCode).toBe(201);
    expect(up.json().documents[0]).toMatchObject({
      kind: 'self-evaluation',
      name: '河西村特色种养补贴到户项目',
    });
    expect(up.json().provenance[0].sources.find((s: { path: string }) => s.path === '/name')).toMatchObject({
      source: expect.any(String),
      confidence: 1,
    });
  });

  it('marks every value of a 自评表 whose cells ran together as one to confirm beside the document', async () => {
    // The same table as a .doc's text layer gives it: its cells run together, one line.
    const joined = selfEvaluationText.replace(/\t/g, '').replace(/\n/g, '');
    const up = await upload(filler, joined, '自评表-连写.txt');
    expect(up.statusCode).toBe(201);
    const { documents, provenance } = up.json();
    expect(documents[0].indicatorCount).toBeGreaterThan(0);
    const unsure = new Set(provenance[0].unsure.map((u: { path: string }) => u.path));
    expect(unsure.has('/indicators/0/name')).toBe(true);
    expect(unsure.has('/indicators/0/actual')).toBe(true);
    for (const s of provenance[0].sources) expect(s.confidence).toBeLessThan(0.8);
  });

  it('fills the project’s entry in the open monitoring round, and refuses while no round is open', async () => {
    const up = (await upload(filler, monitoringText, '监控表.txt')).json();
    expect(up.documents[0]).toMatchObject({ kind: 'monitoring', period: '1—6月' });
    const best = up.proposal.candidates[0];
    expect(best).toMatchObject({ formId: formA, target: { id: null, writable: false } });
    const rows = up.proposal.match.rows as Row[];
    const pairsM = rows.map((r) => ({ row: r.row, indicatorId: r.indicatorId }));
    const early = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, {
      attach: { formId: formA, pairs: pairsM },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('no-open-entry');
    const finance = await ctx.as('finance');
    expect(
      (await finance.post('/api/monitoring/rounds', { year: 2025, month: 6, formIds: [formA] })).statusCode,
    ).toBe(201);
    const res = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, {
      attach: { formId: formA, pairs: pairsM },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().kind).toBe('monitoring');
    const entry = (await filler.get(`/api/monitoring/entries/${res.json().id}`)).json();
    expect(entry.entry.status).toBe('filled');
    expect(entry.data.budget).toMatchObject({ annual: '200', executedToDate: '96' });
    const byName = Object.fromEntries(
      (
        entry.data.indicators as Array<{
          name: string;
          actualToDate: { raw: string };
          expectedFullYear: { raw: string };
          deviationReason: string | null;
          reasonText: string | null;
          likelihood: string | null;
          correctiveMeasure: string | null;
        }>
      ).map((i) => [i.name, i]),
    );
    expect(byName['归集电子证照数量']).toMatchObject({
      actualToDate: { raw: '1.1万个' },
      expectedFullYear: { raw: '2.3万个' },
      likelihood: '确定能',
      correctiveMeasure: null,
    });
    expect(byName['办事材料减少比例']).toMatchObject({
      deviationReason: '其他原因',
      reasonText: '部门数据共享进度慢',
      likelihood: '有可能',
      correctiveMeasure: '建立数据共享周调度',
    });
  });

  it('keeps a 监控表 as a record with each row’s corrective measure and the budget row’s cause', async () => {
    const text = monitoringText
      .replace('全年预计执行数\n', '全年预计执行数\t偏差原因\n')
      .replace('年度资金总额\t200\t200\t96\t200\n', '年度资金总额\t200\t200\t96\t200\t下半年集中支付\n');
    const up = (await upload(filler, text, '监控表.txt')).json();
    const res = await filler.post(`/api/evaluation-imports/${up.fileId}/confirm`, { attach: null });
    expect(res.statusCode).toBe(201);
    const opened = (await filler.get(`/api/evaluation-imports/records/${res.json().id}`)).json();
    expect(opened.document.budget).toMatchObject({ executed: '96', deviationReason: '下半年集中支付' });
    const measures = (opened.document.indicators as Array<{ correctiveMeasure?: string }>).map(
      (i) => i.correctiveMeasure ?? null,
    );
    expect(measures).toEqual([null, null, null, null, '建立数据共享周调度', null]);
  });

  it('refuses files that hold no 自评表 or 监控表, with a code and a Chinese reason', async () => {
    const empty = await upload(filler, Buffer.alloc(0), 'empty.txt');
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'unreadable', reason: 'empty-file' });
    expect(empty.json().message).toMatch(/文件为空/);
    const target = await upload(filler, seed('000_aa0c671a80aa9506.txt'), 'seed.txt');
    expect(target.statusCode).toBe(422);
    expect(target.json()).toMatchObject({
      code: 'not-an-evaluation',
      message: expect.stringMatching(/绩效目标表/),
    });
    const prose = await upload(filler, '关于做好2025年预算工作的通知\n各单位：请按时报送。', 'notice.txt');
    expect(prose.statusCode).toBe(422);
    expect(prose.json().code).toBe('no-evaluation');
    const notMultipart = await filler.post('/api/evaluation-imports', { file: 'x' });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().code).toBe('no-file');
  });
});
