// Monitoring through the API: finance opens a round for approved projects, the unit fills it, warnings are
// computed (never typed), bad values are refused with a code and nothing is saved, import/export round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, monitoringEntries } from '../../db/schema.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';

/** 提交／撤回 as the unit's page does it: at the version of the table it shows. */
async function mark(s: Session, entryId: string, action: 'submit' | 'withdraw') {
  const seen = await s.get(`/api/monitoring/entries/${entryId}`);
  const version = seen.statusCode === 200 ? (seen.json().entry.version as number) : 1;
  return s.post(`/api/monitoring/entries/${entryId}/${action}`, { version });
}

interface Row {
  indicatorId: string;
  name: string;
  target: { raw: string; kind: string };
}

function fill(
  rows: Row[],
  values: Record<
    string,
    { expected?: string; toDate?: string; grade?: string; reason?: string; likelihood?: string }
  >,
) {
  return rows.map((r) => {
    const v = values[r.name] ?? {};
    return {
      indicatorId: r.indicatorId,
      actualToDate: v.toDate ?? '',
      expectedFullYear: v.expected ?? '',
      grade: v.grade ?? null,
      deviationReason: v.reason ?? null,
      reasonText: null,
      likelihood: v.likelihood ?? null,
      correctiveMeasure: null,
    };
  });
}

const onTrack = {
  归集电子证照数量: { expected: '2.4万个' },
  证照数据准确率: { expected: '96%' },
  项目完成时间: { expected: '11个月' },
  项目总成本: { expected: '190万元' },
  办事材料减少比例: { expected: '31%' },
  群众满意度: { expected: '92%' },
};

describe.each(drivers)('monitoring on %s', (driver) => {
  let ctx: TestContext;
  let formId = '';
  let entryId = '';
  let rows: Row[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    formId = (await approvedProject(ctx, { name: '监控测试项目' })).id;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('finance lists candidates and opens a round; only approved projects may take part', async () => {
    const finance = await ctx.as('finance');
    const candidates = (await finance.get('/api/monitoring/candidates?year=2025')).json().items;
    expect(candidates.map((c: { id: string }) => c.id)).toContain(formId);
    const draft = (
      await (
        await ctx.as('fillerA1')
      ).post('/api/forms', { form: (await import('../../test-support/sample-forms.ts')).sampleProject() })
    ).json();
    const refused = await finance.post('/api/monitoring/rounds', {
      year: 2025,
      month: 7,
      formIds: [draft.meta.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('not-approved');
    expect((await finance.get('/api/monitoring/rounds')).json().items).toHaveLength(0); // nothing half-saved
    // The year finance chose must be a sensible one (the last five years and the next).
    const farYear = new Date().getFullYear() - 20;
    const far = await finance.post('/api/monitoring/rounds', { year: farYear, month: 7, formIds: [formId] });
    expect([far.statusCode, far.json().code]).toEqual([422, 'round-year-out-of-range']);
    const res = await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] });
    expect(res.statusCode).toBe(201);
    // One round per period.
    const again = await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] });
    expect([again.statusCode, again.json().code]).toEqual([409, 'round-exists']);
    expect(res.json()).toMatchObject({ round: { title: '2025年1—7月绩效运行监控', month: 7 }, entries: 1 });
    const round = (await finance.get(`/api/monitoring/rounds/${res.json().round.id}`)).json();
    expect(round.round.id).toBe(res.json().round.id);
    const entries = (await finance.get(`/api/monitoring/rounds/${res.json().round.id}/entries`)).json();
    expect(entries).toMatchObject({ total: 1, nextCursor: null });
    expect(entries.items).toHaveLength(1);
    entryId = entries.items[0].id;
    const entry = (await finance.get(`/api/monitoring/entries/${entryId}`)).json();
    rows = entry.data.indicators;
    expect(rows.map((r) => r.name)).toEqual([
      '归集电子证照数量',
      '证照数据准确率',
      '项目完成时间',
      '项目总成本',
      '办事材料减少比例',
      '群众满意度',
    ]);
    expect(entry.data.budget).toMatchObject({ annual: '200', executedToDate: '0' });
    // Not started: 未填报 everywhere, no warning (the placeholder 0 is not a red budget).
    expect(entry.entry.status).toBe('unfilled');
    expect(entry.report.budget.errors[0].code).toBe('not-reported');
    expect(
      entry.report.indicators.map(
        (i: { result: { errors: { code: string }[] } }) => i.result.errors[0]!.code,
      ),
    ).toEqual(Array(6).fill('not-reported'));
    expect(entry.report.findings).toEqual([]);
    expect(entry.summary).toMatchObject({ worstLight: null, redCount: 0, unreportedCount: 6 });
    expect(round.progress[0]).toMatchObject({ entries: 1, unfilled: 1, submitted: 0 });
    expect((await finance.get('/api/monitoring/rounds')).json().items[0]).toMatchObject({ unfilled: 1 });
  });

  it('refuses a round from anyone but finance', async () => {
    for (const who of ['fillerA1', 'reviewerA', 'admin'] as const) {
      const res = await (
        await ctx.as(who)
      ).post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] });
      expect(res.statusCode).toBe(403);
    }
  });

  it('the unit fills it: lagging execution and a forecast below target raise warnings', async () => {
    const filler = await ctx.as('fillerA1');
    const res = await filler.put(`/api/monitoring/entries/${entryId}`, {
      version: 1,
      budget: { annual: '200', executedToDate: '50' },
      indicators: fill(rows, { ...onTrack, 归集电子证照数量: { expected: '2.0万个', toDate: '1.1万个' } }),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // 50 ÷ 200 = 25 %; 25 % ÷ 7/12 × 100 = 42.86 < 60 → red
    expect(body.report.budget.value).toMatchObject({ light: 'red', rate: '0.25' });
    // 2.0 ÷ 2.3 = 86.96 % is inside FASP2's green band, but the annual target will be missed → yellow
    expect(body.report.indicators[0].result.value.light).toBe('yellow');
    expect(
      body.report.indicators
        .slice(1)
        .map((i: { result: { value: { light: string } } }) => i.result.value.light),
    ).toEqual(['green', 'green', 'green', 'green', 'green']);
    // the yellow indicator lacks a cause and a likelihood (R-MON-04): saved, but not complete
    expect(body.report.findings.filter((f: { rule: string }) => f.rule === 'R-MON-04')).toHaveLength(2);
    expect(body.entry.status).toBe('pending');
    expect(body.summary).toMatchObject({ worstLight: 'red', redCount: 1, yellowCount: 1 });
  });

  it('refuses values it cannot read, with a code and a Chinese message, and saves nothing', async () => {
    const filler = await ctx.as('fillerA1');
    const bad = async (budget: object, values: object) =>
      filler.put(`/api/monitoring/entries/${entryId}`, {
        version: 2,
        budget,
        indicators: fill(rows, { ...onTrack, ...values }),
      });
    const words = await bad(
      { annual: '200', executedToDate: '120' },
      { 归集电子证照数量: { expected: '很多' } },
    );
    expect(words.statusCode).toBe(422);
    expect(words.json().errors[0]).toMatchObject({
      code: 'actual-not-numeric',
      path: '/indicators/0/expectedFullYear',
    });
    expect(words.json().errors[0].message).toContain('不是数字');
    const units = await bad({ annual: '200', executedToDate: '120' }, { 群众满意度: { expected: '92人' } });
    expect(units.json().errors[0]).toMatchObject({ code: 'unit-mismatch' });
    const over = await bad({ annual: '200', executedToDate: '250' }, {});
    expect(over.json().errors[0]).toMatchObject({
      code: 'executed-over-budget',
      path: '/budget/executedToDate',
    });
    const notAmount = await bad({ annual: '200', executedToDate: '五十' }, {});
    expect(notAmount.statusCode).toBe(400);
    expect(notAmount.json().code).toBe('invalid-input');
    const otherUnit = await bad({ annual: '200', executedToDate: '50人' }, {});
    expect(otherUnit.statusCode).toBe(400);
    expect(otherUnit.json().errors[0]).toMatchObject({ path: '/budget/executedToDate' });
    expect(otherUnit.json().errors[0].message).toContain('单位为万元');
    const entry = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    expect(entry.entry.version).toBe(2);
    expect(entry.data.budget.executedToDate).toBe('50');
  });

  it('converts 元 to 万元 and completes the entry once the warning is explained', async () => {
    const filler = await ctx.as('fillerA1');
    const res = await filler.put(`/api/monitoring/entries/${entryId}`, {
      version: 2,
      budget: { annual: '200万元', executedToDate: '1,200,000元' }, // 元 converted exactly to 万元
      indicators: fill(rows, {
        ...onTrack,
        项目总成本: { expected: '1,900,000元' },
        归集电子证照数量: { expected: '2.0万个', reason: '经费原因', likelihood: '有可能' },
      }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().report.indicators[3].result.value.light).toBe('green');
    expect(res.json().data.budget).toMatchObject({ annual: '200', executedToDate: '120' });
    expect(res.json().report.budget.value.light).toBe('green'); // 60 % ÷ 7/12 = 102.86
    expect(res.json().entry.status).toBe('filled');
    expect(res.json().summary.worstLight).toBe('yellow');
  });

  it('scopes entries: other units and other reviewers do not see them; only the own unit fills', async () => {
    expect((await (await ctx.as('fillerB1')).get(`/api/monitoring/entries/${entryId}`)).statusCode).toBe(404);
    expect((await (await ctx.as('reviewerB')).get(`/api/monitoring/entries/${entryId}`)).statusCode).toBe(
      404,
    );
    expect((await (await ctx.as('reviewerA')).get(`/api/monitoring/entries/${entryId}`)).statusCode).toBe(
      200,
    );
    const other = await (
      await ctx.as('fillerA2')
    ).put(`/api/monitoring/entries/${entryId}`, {
      version: 3,
      budget: { annual: '200', executedToDate: '1' },
      indicators: [],
    });
    expect(other.statusCode).toBe(404);
    expect((await (await ctx.as('fillerB1')).get('/api/monitoring/rounds')).json().items).toHaveLength(0);
  });

  it('exports the 监控表 as .xlsx and imports a filled one', async () => {
    const filler = await ctx.as('fillerA1');
    const exported = await filler.get(`/api/monitoring/entries/${entryId}/export?format=xlsx`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    // Change the file as a unit would in Excel: the forecast of the first indicator and the execution.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    sheet.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === '归集电子证照数量') row.getCell(col + 3).value = '2.5万个';
        if (typeof cell.value === 'string' && cell.value.startsWith('1—7月执行数'))
          row.getCell(col + 1).value = 130;
      });
    });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const boundary = '----jxtest';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/monitoring/entries/${entryId}/import`,
      headers: {
        cookie: filler.cookie,
        'x-csrf-token': filler.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    // The exported sheet writes amounts in 万元 with two decimals; the filled one reads back so.
    expect(res.json().data.budget.executedToDate).toBe('130.00');
    expect(res.json().data.indicators[0].expectedFullYear.raw).toBe('2.5万个');
    expect(res.json().report.indicators[0].result.value.light).toBe('green');
    const notATable = await ctx.app.inject({
      method: 'POST',
      url: `/api/monitoring/entries/${entryId}/import`,
      headers: {
        cookie: filler.cookie,
        'x-csrf-token': filler.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n不是表格\r\n--${boundary}--\r\n`,
    });
    expect(notATable.statusCode).toBe(422);
    expect(notATable.json().code).toBe('import-unrecognised');
  });

  it('a unit submits its entry; finance sees who has not, closes the round (read-only, warnings frozen) and reopens it with a reason', async () => {
    const filler = await ctx.as('fillerA1');
    const finance = await ctx.as('finance');
    const { roundId } = (await filler.get(`/api/monitoring/entries/${entryId}`)).json().entry;
    const progress = async () => (await finance.get(`/api/monitoring/rounds/${roundId}`)).json().progress;
    expect(await progress()).toEqual([
      expect.objectContaining({
        department: '部门A',
        entries: 1,
        submitted: 0,
        units: [expect.objectContaining({ entries: 1, submitted: 0 })],
      }),
    ]);
    const notSubmitted = async () =>
      (await finance.get(`/api/monitoring/rounds/${roundId}/entries?status=not-submitted`)).json().items;
    expect(await notSubmitted()).toEqual([expect.objectContaining({ id: entryId })]);
    const url = (a: string) => `/api/monitoring/entries/${entryId}/${a}`;
    expect((await mark(await ctx.as('reviewerA'), entryId, 'submit')).statusCode).toBe(403);
    expect((await mark(await ctx.as('fillerB1'), entryId, 'submit')).statusCode).toBe(404);
    // A colleague saved the table after this page was opened: the older version is refused.
    const shown = (await filler.get(`/api/monitoring/entries/${entryId}`)).json().entry.version as number;
    const stale = await filler.post(url('submit'), { version: shown - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale-review');
    expect((await filler.post(url('submit'), {})).statusCode).toBe(400);
    expect((await mark(filler, entryId, 'submit')).json()).toMatchObject({ status: 'submitted' });
    const entry = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    const save = () =>
      filler.put(`/api/monitoring/entries/${entryId}`, {
        version: entry.entry.version,
        budget: { annual: '200', executedToDate: '130' },
        indicators: [],
      });
    expect((await save()).json().code).toBe('entry-submitted');
    expect((await mark(filler, entryId, 'submit')).json().code).toBe('entry-submitted');
    expect((await mark(filler, entryId, 'withdraw')).json()).toMatchObject({ status: 'filled' });
    expect((await mark(filler, entryId, 'submit')).statusCode).toBe(200);
    expect((await progress())[0]).toMatchObject({
      submitted: 1,
      units: [{ submitted: 1 }],
    });
    expect(await notSubmitted()).toEqual([]);
    // The round list's counts (kept per unit by a trigger) followed the submission and the withdrawal.
    const listed = (await finance.get('/api/monitoring/rounds')).json().items;
    expect(listed.find((r: { id: string }) => r.id === roundId)).toMatchObject({
      entries: 1,
      filled: 1,
      submitted: 1,
      unfilled: 0,
    });

    expect(
      (await (await ctx.as('reviewerA')).post(`/api/monitoring/rounds/${roundId}/close`)).statusCode,
    ).toBe(403);
    const closed = await finance.post(`/api/monitoring/rounds/${roundId}/close`);
    expect(closed.json().round).toMatchObject({ status: 'closed' });
    expect((await finance.post(`/api/monitoring/rounds/${roundId}/close`)).json().code).toBe(
      'round-already-closed',
    );
    expect((await mark(filler, entryId, 'withdraw')).json().code).toBe('round-closed');
    // The dashboard shows the warnings as they stood at closing, whatever happens to the live row.
    const dash = async () => (await finance.get('/api/evaluation/dashboard?year=2025')).json().departments[0];
    const frozen = await dash();
    await ctx.database.db
      .update(monitoringEntries)
      .set({ worstLight: 'red', redCount: 9 })
      .where(eq(monitoringEntries.id, entryId));
    expect(await dash()).toEqual(frozen);

    const noReason = await finance.post(`/api/monitoring/rounds/${roundId}/reopen`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const reopened = await finance.post(`/api/monitoring/rounds/${roundId}/reopen`, {
      reason: '单位申请更正执行数',
    });
    expect(reopened.json().round).toMatchObject({ status: 'open' });
    expect((await dash()).red).toBe(1); // open again: live values
    const round = (await finance.get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(round.round.frozen).toBeUndefined();
    expect(
      round.transitions.map((t: { action: string; opinion: string | null }) => [t.action, t.opinion]),
    ).toEqual([
      ['close', '已提交 1／1'],
      ['reopen', '单位申请更正执行数'],
    ]);
    // Reopened without returning: the entry stays submitted, the unit sees why and may withdraw it.
    const seen = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    expect(seen.entry.status).toBe('submitted');
    expect(seen.reopened).toMatchObject({ reason: '单位申请更正执行数' });
    expect((await mark(filler, entryId, 'withdraw')).statusCode).toBe(200);
  });

  it('reopening may send chosen submitted entries back to their units, with the reason shown and recorded', async () => {
    const filler = await ctx.as('fillerA1');
    const finance = await ctx.as('finance');
    const { roundId } = (await filler.get(`/api/monitoring/entries/${entryId}`)).json().entry;
    expect((await mark(filler, entryId, 'submit')).statusCode).toBe(200);
    await finance.post(`/api/monitoring/rounds/${roundId}/close`);
    const reopen = (returnEntryIds: string[]) =>
      finance.post(`/api/monitoring/rounds/${roundId}/reopen`, {
        reason: '执行数与国库支付不符，请更正',
        returnEntryIds,
      });
    // Only submitted entries of this round can be returned; nothing is changed when one cannot.
    const wrong = await reopen([entryId, '00000000-0000-4000-8000-000000000000']);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'entry-not-returnable' });
    expect((await finance.get(`/api/monitoring/rounds/${roundId}`)).json().round.status).toBe('closed');

    expect((await reopen([entryId])).json()).toMatchObject({ round: { status: 'open' }, returned: 1 });
    const back = (await filler.get(`/api/monitoring/entries/${entryId}`)).json();
    expect(back.entry.status).toBe('returned');
    expect(back.reopened).toMatchObject({ reason: '执行数与国库支付不符，请更正' });
    expect(back.transitions.at(-1)).toMatchObject({
      action: 'return',
      fromStatus: 'submitted',
      toStatus: 'returned',
      opinion: '执行数与国库支付不符，请更正',
    });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'monitoring-round-reopen'));
    expect(audit.at(-1)!.after).toMatchObject({ returnedEntries: [entryId] });
    // The unit corrects it (editable again) and submits it.
    const corrected = await filler.put(`/api/monitoring/entries/${entryId}`, {
      version: back.entry.version,
      budget: { annual: '200', executedToDate: '135' },
      indicators: [],
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().data.budget.executedToDate).toBe('135');
    expect((await mark(filler, entryId, 'submit')).json()).toMatchObject({ status: 'submitted' });
  });
});
