// 待我处理 counts every kind of waiting work, and 催报 reaches the units that have not submitted: in their
// 工作台 and by e-mail through a real SMTP conversation with a local catcher (smtp-server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

interface Caught {
  to: string[];
  body: string;
}

/** A local SMTP server that keeps what it receives. */
async function smtpCatcher() {
  const caught: Caught[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        caught.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { caught, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type Item = { kind: string; title: string; status: string; detail: string | null; id: string };

describe.each(drivers)('待我处理 and 催报 on %s', (driver) => {
  let ctx: TestContext;
  let catcher: Awaited<ReturnType<typeof smtpCatcher>>;
  let roundId = '';
  const waiting = async (who: Parameters<TestContext['as']>[0]) =>
    (await (await ctx.as(who)).get('/api/work/waiting?year=2025')).json().items as Item[];

  beforeAll(async () => {
    catcher = await smtpCatcher();
    ctx = await createTestApp(driver, {
      checkForm: () => [],
      config: {
        mail: { smtpUrl: `smtp://127.0.0.1:${catcher.port}?tls=off`, from: '绩效系统 <jx@test.local>' },
      },
    });
    const a = await approvedProject(ctx, { name: '甲单位项目' });
    const b = await approvedProject(
      ctx,
      { name: '乙单位项目' },
      { filler: 'fillerB1', reviewer: 'reviewerB' },
    );
    const admin = await ctx.as('admin');
    for (const [who, email] of [
      ['fillerA1', 'a1@test.local'],
      ['fillerB1', 'b1@test.local'],
    ] as const)
      expect((await admin.request('PATCH', `/api/users/${ctx.accounts[who].id}`, { email })).statusCode).toBe(
        200,
      );
    const round = await (
      await ctx.as('finance')
    ).post('/api/monitoring/rounds', {
      year: 2025,
      month: 6,
      formIds: [a.id, b.id],
    });
    expect(round.statusCode).toBe(201);
    roundId = round.json().round.id;
    const started = await (
      await ctx.as('fillerA1')
    ).post('/api/self-evaluations', { formId: a.id, year: 2025 });
    expect(started.statusCode).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
    await catcher?.close();
  });

  it('a unit sees its monitoring table and its self-evaluation waiting, not another unit’s', async () => {
    const items = await waiting('fillerA1');
    expect(items.map((i) => [i.kind, i.title, i.status])).toEqual([
      ['monitoring', '甲单位项目', 'unfilled'],
      ['self-evaluation', '甲单位项目', 'draft'],
    ]);
    expect((await waiting('fillerB1')).map((i) => [i.kind, i.title])).toEqual([['monitoring', '乙单位项目']]);
  });

  it('without a year (全部年度) the same work is listed', async () => {
    const all = (await (await ctx.as('fillerA1')).get('/api/work/waiting')).json().items as Item[];
    expect(all.map((i) => [i.kind, i.title])).toEqual([
      ['monitoring', '甲单位项目'],
      ['self-evaluation', '甲单位项目'],
    ]);
  });

  it('finance sees the open round with the units still to submit; a 主管部门 only its own units', async () => {
    expect((await waiting('finance')).filter((i) => i.kind === 'round').map((i) => i.detail)).toEqual([
      '2 个单位的 2 个项目未提交',
    ]);
    expect((await waiting('reviewerA')).filter((i) => i.kind === 'round').map((i) => i.detail)).toEqual([
      '1 个单位的 1 个项目未提交',
    ]);
  });

  it('finance sees the forms passed by a 主管部门 and those approved in one list, the latest changed first', async () => {
    const forms = async () =>
      (await waiting('finance')).filter((i) => i.kind === 'form').map((i) => [i.title, i.status]);
    expect(await forms()).toEqual([
      ['乙单位项目', 'approved'],
      ['甲单位项目', 'approved'],
    ]);
    const passed = async (name: string) => {
      const filler = await ctx.as('fillerA1');
      const id = (await filler.post('/api/forms', { form: sampleProject({ name }) })).json().meta
        .id as string;
      expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
      expect((await (await ctx.as('reviewerA')).post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
      return id;
    };
    await passed('甲单位待批项目');
    // Approved after the other was passed: the list is by time, not by status.
    const later = await passed('甲单位新批项目');
    expect((await (await ctx.as('finance')).post(`/api/forms/${later}/approve`)).statusCode).toBe(200);
    expect(await forms()).toEqual([
      ['甲单位新批项目', 'approved'],
      ['甲单位待批项目', 'passed'],
      ['乙单位项目', 'approved'],
      ['甲单位项目', 'approved'],
    ]);
  });

  it('finance reminds every unit that has not submitted: saved for the unit and e-mailed to its fillers', async () => {
    const res = await (
      await ctx.as('finance')
    ).post('/api/reminders', {
      year: 2025,
      kind: 'monitoring',
      roundId,
      message: '请于6月30日前提交。',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ emailed: 2, emailFailed: 0 });
    expect(
      res
        .json()
        .reminded.map((r: { orgName: string; outstanding: number }) => [r.orgName, r.outstanding])
        .sort(),
    ).toEqual([
      ['单位A1', 1],
      ['单位B1', 1],
    ]);
    const toA1 = catcher.caught.find((m) => m.to.includes('a1@test.local'))!;
    expect(toA1.to).toEqual(['a1@test.local']);
    // The body is encoded by the mailer: decode it as a mail client would.
    expect(decodeMail(toA1.body)).toContain('甲单位项目');
    expect(decodeMail(toA1.body)).toContain('请于6月30日前提交。');
    expect(decodeMail(toA1.body)).not.toContain('乙单位项目');

    const reminder = (await waiting('fillerA1')).find((i) => i.kind === 'reminder')!;
    expect(reminder).toMatchObject({
      title: '2025年1—6月绩效运行监控：1 个项目未提交',
      detail: '请于6月30日前提交。',
    });
    // Another unit cannot mark it read; its own filler can, and then it is gone from the list.
    expect((await (await ctx.as('fillerB1')).post(`/api/reminders/${reminder.id}/read`)).statusCode).toBe(
      404,
    );
    expect((await (await ctx.as('fillerA1')).post(`/api/reminders/${reminder.id}/read`)).statusCode).toBe(
      200,
    );
    expect((await waiting('fillerA1')).some((i) => i.kind === 'reminder')).toBe(false);
  });

  it('a 主管部门 cannot remind another department’s unit; a unit cannot send reminders', async () => {
    const res = await (
      await ctx.as('reviewerA')
    ).post('/api/reminders', {
      year: 2025,
      kind: 'monitoring',
      roundId,
      orgIds: [ctx.orgs.unitB1],
    });
    expect([res.statusCode, res.json().code]).toEqual([422, 'nothing-to-remind']);
    const byUnit = await (
      await ctx.as('fillerA1')
    ).post('/api/reminders', { year: 2025, kind: 'monitoring', roundId });
    expect(byUnit.statusCode).toBe(403);
  });

  it('self-evaluation reminders reach units with a draft and units that never started', async () => {
    const res = await (
      await ctx.as('finance')
    ).post('/api/reminders', { year: 2025, kind: 'self-evaluation' });
    expect(res.statusCode).toBe(201);
    expect(
      res
        .json()
        .reminded.map((r: { orgName: string }) => r.orgName)
        .sort(),
    ).toEqual(['单位A1', '单位B1']);
    expect((await waiting('fillerB1')).find((i) => i.kind === 'reminder')?.title).toBe(
      '2025年绩效自评：1 个项目未提交',
    );
  });

  it('a mail server that refuses does not lose the reminder', async () => {
    const down = await createTestApp(driver, {
      checkForm: () => [],
      config: { mail: { smtpUrl: 'smtp://127.0.0.1:1?tls=off', from: 'x <x@test.local>' } },
    });
    try {
      const p = await approvedProject(down, { name: '丙项目' });
      const admin = await down.as('admin');
      await admin.request('PATCH', `/api/users/${down.accounts.fillerA1.id}`, { email: 'a1@test.local' });
      const res = await (
        await down.as('finance')
      ).post('/api/reminders', { year: 2025, kind: 'self-evaluation' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ emailed: 0, emailFailed: 1 });
      const items = (await (await down.as('fillerA1')).get('/api/work/waiting?year=2025')).json()
        .items as Item[];
      expect(items.filter((i) => i.kind === 'reminder')).toHaveLength(1);
      expect(p.id).toBeTruthy();
    } finally {
      await down.close();
    }
  }, 120_000);
});

/** The text of a MIME message body (quoted-printable or base64), enough to read what the unit receives. */
function decodeMail(raw: string): string {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const body = headerEnd < 0 ? '' : raw.slice(headerEnd);
  if (/Content-Transfer-Encoding: base64/i.test(raw))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(raw)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
