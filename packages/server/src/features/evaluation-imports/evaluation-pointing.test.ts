// Pointing at a cell in the import of a 自评表 / 监控表 (issue #12 item 4): a table whose 实施单位 stands beside
// a label no lexicon knows is read without it; the user points at the cell, the upload is read again with it
// (and confirmed with it), the label is kept as the organisation's layout mapping through the project forms'
// own /api/layout-mappings, and the next file of the template — uploaded to either import — is read alone,
// for that organisation only.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

const here = (p: string) => new URL(p, import.meta.url);
const template = readFileSync(here('./fixtures/self-evaluation-other-names.txt'), 'utf8');
// The same table with its 实施单位 beside 经办科室, a label the reader does not know.
const ownTemplate = (unit: string) => template.replace('实施单位\t测试单位', `经办科室\t${unit}`);
// The table with its year beside 批次, a label the reader does not know (and no （2025年度） under the title).
const yearBeside = (year: string) => template.replace('（2025年度）', `批次\t${year}`);
// The table with its money in one cell under a label in 元, without the 项目资金 rows the reader knows.
const budgetBeside = (amount: string) =>
  template
    .replace(/^项目资金（万元）.*$/m, `经费安排（元）\t${amount}`)
    .replace(/^\t(年度资金总额|其中：当年财政拨款).*\n/gm, '');

interface Uploaded {
  fileId: string;
  documents: Array<{
    unit: string | null;
    name: string | null;
    year: number | null;
    budget: { annual: string | null };
  }>;
  provenance: Array<{ sources: Array<{ path: string; label: string | null; confidence: number }> }>;
}
interface Reread extends Uploaded {
  document: { items: Array<{ row: number; cells: string[] }> };
  picks: Array<{ field: string; label: string | null; text: string }>;
}

function multipart(text: string, name: string, boundary = '----jxpoint') {
  return {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from(text),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe.each(drivers)('pointing at a cell of an imported 自评表 on %s', (driver) => {
  let ctx: TestContext;
  let a1: Session;
  let b1: Session;

  async function upload(who: Session, text: string, url = '/api/evaluation-imports') {
    const { payload, ...headers } = multipart(text, '自评表.txt');
    return ctx.app.inject({
      method: 'POST',
      url,
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...headers },
      payload,
    });
  }

  /** The row and column of the cell whose text is `text` in the re-read document. */
  function cellOf(read: Reread, text: string) {
    for (const r of read.document.items) {
      const column = r.cells.findIndex((c) => c.trim() === text);
      if (column >= 0) return { row: r.row, column };
    }
    throw new Error(`no cell ${text}`);
  }

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    a1 = await ctx.as('fillerA1');
    b1 = await ctx.as('fillerB1');
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  let fileId = '';
  let cell = { row: 0, column: 0 };

  it('reads the table without the 实施单位 a label it does not know stands beside', async () => {
    const res = await upload(a1, ownTemplate('测试单位'));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as Uploaded;
    expect(body.documents[0]!.name).toBe('政务服务能力提升工程');
    expect(body.documents[0]!.unit).toBeNull();
    fileId = body.fileId;
  });

  it('reads the upload again with the cell the user pointed at', async () => {
    const plain = await a1.post(`/api/evaluation-imports/${fileId}/read`, { picks: [] });
    expect(plain.statusCode, plain.body).toBe(200);
    cell = cellOf(plain.json() as Reread, '测试单位');
    const res = await a1.post(`/api/evaluation-imports/${fileId}/read`, {
      picks: [{ field: 'unit', ...cell }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Reread;
    expect(body.documents[0]!.unit).toBe('测试单位');
    expect(body.picks).toEqual([
      expect.objectContaining({ field: 'unit', label: '经办科室', text: '测试单位' }),
    ]);
    expect(body.provenance[0]!.sources.find((s) => s.path === '/unit')).toMatchObject({
      label: '经办科室',
      confidence: 1,
    });
  });

  it('refuses a field a 自评表 has not, a cell that is no amount and another unit’s upload', async () => {
    const code = await a1.post(`/api/evaluation-imports/${fileId}/read`, {
      picks: [{ field: 'code', ...cell }],
    });
    expect(code.statusCode).toBe(400);
    expect(code.json().message).toContain('项目代码');
    const amount = await a1.post(`/api/evaluation-imports/${fileId}/read`, {
      picks: [{ field: 'budget.total', ...cell }],
    });
    expect(amount.statusCode).toBe(400);
    expect(amount.json().message).toContain('不是金额');
    const other = await b1.post(`/api/evaluation-imports/${fileId}/read`, { picks: [] });
    expect(other.statusCode).toBe(404);
  });

  it('confirms what the re-reading showed when the picks are sent again', async () => {
    const res = await a1.post(`/api/evaluation-imports/${fileId}/confirm`, {
      attach: null,
      picks: [{ field: 'unit', ...cell }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const record = await a1.get(`/api/evaluation-imports/records/${res.json().id}`);
    expect(record.json().document.unit).toBe('测试单位');
  });

  it('reads the next file of the template alone once the label is taught, for that unit only', async () => {
    const taught = await a1.post('/api/layout-mappings', {
      label: '经办科室',
      field: 'unit',
      kind: 'self-evaluation',
    });
    expect(taught.statusCode, taught.body).toBe(201);
    // Kept with the kind of table it was taught on: the list names the field as a 自评表 prints it.
    const list = await a1.get('/api/layout-mappings');
    expect(list.json().items).toEqual([
      expect.objectContaining({ label: '经办科室', field: 'unit', taughtOn: 'self-evaluation' }),
    ]);
    const bad = await a1.post('/api/layout-mappings', { label: '经办科室', field: 'unit', kind: 'memo' });
    expect(bad.statusCode).toBe(400);

    const next = await upload(a1, ownTemplate('第二测试单位'));
    expect(next.statusCode, next.body).toBe(201);
    const body = next.json() as Uploaded;
    expect(body.documents[0]!.unit).toBe('第二测试单位');
    expect(body.provenance[0]!.sources.find((s) => s.path === '/unit')).toMatchObject({ label: '经办科室' });
    // The form import's upload meets the same table and hands it on read the same way.
    const viaForms = await upload(a1, ownTemplate('第二测试单位'), '/api/imports');
    expect(viaForms.statusCode, viaForms.body).toBe(201);
    expect(viaForms.json().evaluation.documents[0].unit).toBe('第二测试单位');

    const other = await upload(b1, ownTemplate('第二测试单位'));
    expect(other.statusCode, other.body).toBe(201);
    expect((other.json() as Uploaded).documents[0]!.unit).toBeNull();
  });

  it('sets the year from the cell pointed at, and refuses a cell that holds none', async () => {
    const res = await upload(a1, yearBeside('2024'));
    expect(res.statusCode, res.body).toBe(201);
    const up = res.json() as Uploaded;
    expect(up.documents[0]!.year).toBeNull();
    const plain = (
      await a1.post(`/api/evaluation-imports/${up.fileId}/read`, { picks: [] })
    ).json() as Reread;
    const read = await a1.post(`/api/evaluation-imports/${up.fileId}/read`, {
      picks: [{ field: 'year', ...cellOf(plain, '2024') }],
    });
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json() as Reread;
    expect(body.documents[0]!.year).toBe(2024);
    expect(body.picks).toEqual([expect.objectContaining({ field: 'year', label: '批次', text: '2024' })]);
    expect(body.provenance[0]!.sources.find((s) => s.path === '/year')).toMatchObject({
      label: '批次',
      confidence: 1,
    });
    const none = await a1.post(`/api/evaluation-imports/${up.fileId}/read`, {
      picks: [{ field: 'year', ...cellOf(plain, '测试单位') }],
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toContain('没有年度');
  });

  it('sets the year’s budget in 万元 from a cell under a label in 元, and names it as the table does', async () => {
    const res = await upload(a1, budgetBeside('2,000,000'));
    expect(res.statusCode, res.body).toBe(201);
    const up = res.json() as Uploaded;
    expect(up.documents[0]!.budget.annual).toBeNull();
    const plain = (
      await a1.post(`/api/evaluation-imports/${up.fileId}/read`, { picks: [] })
    ).json() as Reread;
    const read = await a1.post(`/api/evaluation-imports/${up.fileId}/read`, {
      picks: [{ field: 'budget.total', ...cellOf(plain, '2,000,000') }],
    });
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json() as Reread;
    // 2,000,000 元 is 200 万元, not two million 万元.
    expect(body.documents[0]!.budget.annual).toBe('200');
    expect(body.provenance[0]!.sources.find((s) => s.path === '/budget/annual')).toMatchObject({
      label: '经费安排（元）',
      text: '2,000,000',
    });
    // The project the table is matched to is ranked by that budget: confirming keeps it.
    const kept = await a1.post(`/api/evaluation-imports/${up.fileId}/confirm`, {
      attach: null,
      picks: [{ field: 'budget.total', ...cellOf(plain, '2,000,000') }],
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const record = await a1.get(`/api/evaluation-imports/records/${kept.json().id}`);
    expect(record.json().document.budget.annual).toBe('200');
    // A cell that is no amount is refused with the table's own name of the field.
    const wrong = await a1.post(`/api/evaluation-imports/${up.fileId}/read`, {
      picks: [{ field: 'budget.total', ...cellOf(plain, '测试单位') }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('不能作为“年度预算”');
  });
});
