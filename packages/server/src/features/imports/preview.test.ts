// The import preview through the API: where each value came from, the unsure fields, the document's
// rows; pointing at a cell sets a field for this import; a taught label (layout mapping) makes the
// next file of the same template read without help, for that organisation only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessReader, type DocumentReader } from '../../documents/document-reader.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

// A unit's own template: its project name stands beside 承担项目, a label no lexicon knows.
const CUSTOM = [
  '2025年度项目支出绩效目标表',
  '承担项目\t城区公共照明维护',
  '申报单位\t示范市城市管理局',
  '项目预算（万元）\t120',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t维护路灯数量\t≥3000盏',
  '产出指标\t质量指标\t亮灯率\t≥98%',
  '效益指标\t社会效益指标\t夜间出行安全\t有效改善',
  '满意度指标\t服务对象满意度指标\t市民满意度\t≥90%',
].join('\n');

// An indicator table with nothing that says which form it belongs to.
const HEADLESS = [
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t培训人次\t≥200人次',
  '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%',
].join('\n');

interface PreviewBody {
  fileId: string;
  forms: {
    form: { name: string | null; unit: string | null; budget: { total: string | null } };
    sources: {
      path: string;
      line: number | null;
      column: number | null;
      label: string | null;
      confidence: number;
    }[];
    unsure: { path: string; field: string | null; reason: string }[];
  }[];
  document: { items: { row: number; line: number; cells: string[] }[]; total: number; truncated: boolean };
  problem: { code: string; message: string; hint: string } | null;
  picks: { field: string; label: string | null; text: string }[];
}

function upload(ctx: TestContext, s: Session, fileName: string, text: string) {
  const boundary = '----jixiaopreview';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    Buffer.from(text),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

const rowOf = (p: PreviewBody, first: string) => p.document.items.find((r) => r.cells[0] === first)!.row;

describe.each(drivers)('import preview and layout mappings on %s', (driver) => {
  let ctx: TestContext;
  let a1: Session;
  let b1: Session;
  // How often a file was recognised: the save takes the preview's reading instead of reading again.
  let recognitions = 0;
  const counting: DocumentReader = {
    ...inProcessReader,
    recognize: (...args) => {
      recognitions++;
      return inProcessReader.recognize(...args);
    },
  };
  beforeAll(async () => {
    ctx = await createTestApp(driver, { documents: counting });
    a1 = await ctx.as('fillerA1');
    b1 = await ctx.as('fillerB1');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('shows the document and marks the missing project name', async () => {
    const res = await upload(ctx, a1, '照明.txt', CUSTOM);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as PreviewBody;
    expect(p.problem).toBeNull();
    expect(p.document).toMatchObject({ total: 9, truncated: false });
    expect(p.document.items[1]).toMatchObject({ line: 2, cells: ['承担项目', '城区公共照明维护'] });
    const [form] = p.forms;
    expect(form!.form.name).toBeNull();
    expect(form!.form.unit).toBe('示范市城市管理局');
    expect(form!.unsure).toContainEqual({
      path: '/name',
      field: 'name',
      reason: 'missing',
      confidence: null,
    });
    expect(form!.unsure).not.toContainEqual(expect.objectContaining({ path: '/unit', reason: 'missing' }));
    // the unit's value is found in its place in the document, beside its label
    expect(form!.sources.find((s) => s.path === '/unit')).toMatchObject({
      line: 3,
      column: 1,
      label: '申报单位',
    });
  });

  it('sets a field from the cell the user points at, for the preview and the save', async () => {
    const p = (await upload(ctx, a1, '照明.txt', CUSTOM)).json() as PreviewBody;
    const pick = { field: 'name', row: rowOf(p, '承担项目'), column: 1 };
    const read = await a1.post(`/api/imports/${p.fileId}/read`, { picks: [pick] });
    expect(read.statusCode, read.body).toBe(200);
    const r = read.json() as PreviewBody;
    expect(r.forms[0]!.form.name).toBe('城区公共照明维护');
    expect(r.forms[0]!.sources.find((s) => s.path === '/name')).toMatchObject({
      line: 2,
      column: 1,
      label: '承担项目',
      confidence: 1,
    });
    expect(r.forms[0]!.unsure.map((u) => u.path)).not.toContain('/name');
    expect(r.picks).toEqual([
      { index: 0, field: 'name', row: pick.row, column: 1, label: '承担项目', text: '城区公共照明维护' },
    ]);
    const before = recognitions;
    const saved = await a1.post(`/api/imports/${p.fileId}/save`, { picks: [pick] });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().forms[0].name).toBe('城区公共照明维护');
    expect(recognitions).toBe(before); // recognised once: the save took what the preview showed
    // Other picks than the preview's: the file is read again with them.
    const again = await upload(ctx, a1, '照明.txt', CUSTOM);
    const otherId = (again.json() as PreviewBody).fileId;
    const reread = recognitions;
    const other = await a1.post(`/api/imports/${otherId}/save`, { picks: [pick] });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().forms[0].name).toBe('城区公共照明维护');
    expect(recognitions).toBe(reread + 1);
  });

  it('refuses a pick that is no value of its field, with a reason', async () => {
    const p = (await upload(ctx, a1, '照明.txt', CUSTOM)).json() as PreviewBody;
    const notAmount = await a1.post(`/api/imports/${p.fileId}/read`, {
      picks: [{ field: 'budget.total', row: rowOf(p, '承担项目'), column: 1 }],
    });
    expect(notAmount.statusCode).toBe(400);
    expect(notAmount.json()).toMatchObject({ code: 'bad-pick' });
    expect(notAmount.json().message).toContain('“城区公共照明维护”不是金额');
    const outside = await a1.post(`/api/imports/${p.fileId}/read`, {
      picks: [{ field: 'name', row: 999, column: 0 }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().code).toBe('bad-pick');
    const unknownField = await a1.post(`/api/imports/${p.fileId}/read`, {
      picks: [{ field: 'password', row: 1, column: 1 }],
    });
    expect(unknownField.statusCode).toBe(400);
    const department = await a1.post(`/api/imports/${p.fileId}/read`, {
      picks: [{ field: 'department', row: 1, column: 1 }],
    });
    // Pointing at a cell as the 部门（单位）名称 reads the table as a 部门整体 form named by it.
    expect(department.statusCode, department.body).toBe(200);
    expect(department.json().forms[0].form).toMatchObject({
      kind: 'department',
      department: '城区公共照明维护',
    });
  });

  it('reads the next file of the template alone once its label is taught, for that unit only', async () => {
    const taught = await a1.post('/api/layout-mappings', { label: ' 承担项目：', field: 'name' });
    expect(taught.statusCode, taught.body).toBe(201);
    expect(taught.json()).toMatchObject({ label: '承担项目', field: 'name', orgId: ctx.orgs.unitA1 });
    const list = await a1.get('/api/layout-mappings');
    expect(list.json().items.map((m: { label: string }) => m.label)).toEqual(['承担项目']);
    // Taught without its document (as every label before migration 0057): listed with taughtOn null, which the
    // web's list of taught labels names neutrally (申报单位／实施单位, 未记录).
    expect(list.json().items[0]).toMatchObject({ label: '承担项目', taughtOn: null });

    const next = (await upload(ctx, a1, '照明2.txt', CUSTOM)).json() as PreviewBody;
    expect(next.forms[0]!.form.name).toBe('城区公共照明维护');
    expect(next.forms[0]!.sources.find((s) => s.path === '/name')).toMatchObject({
      line: 2,
      label: '承担项目',
    });
    expect(next.forms[0]!.unsure.map((u) => u.path)).not.toContain('/name');
    // another unit's template is its own affair
    const other = (await upload(ctx, b1, '照明.txt', CUSTOM)).json() as PreviewBody;
    expect(other.forms[0]!.form.name).toBeNull();

    // teaching the label again points it at the new field (one field per label)
    const again = await a1.post('/api/layout-mappings', { label: '承担项目', field: 'executor' });
    expect(again.statusCode).toBe(201);
    expect((await a1.get('/api/layout-mappings')).json().items).toMatchObject([
      { label: '承担项目', field: 'executor' },
    ]);
    const id = again.json().id as string;
    expect((await a1.request('DELETE', `/api/layout-mappings/${id}`)).statusCode).toBe(200);
    expect((await a1.get('/api/layout-mappings')).json().items).toEqual([]);
    const after = (await upload(ctx, a1, '照明3.txt', CUSTOM)).json() as PreviewBody;
    expect(after.forms[0]!.form.name).toBeNull();
  });

  it('keeps each organisation’s mappings to its filler and the administrators', async () => {
    const mine = (await a1.post('/api/layout-mappings', { label: '经办单位', field: 'executor' })).json();
    expect((await b1.get(`/api/layout-mappings?orgId=${ctx.orgs.unitA1}`)).statusCode).toBe(403);
    expect(
      (await b1.post('/api/layout-mappings', { orgId: ctx.orgs.unitA1, label: 'x', field: 'name' }))
        .statusCode,
    ).toBe(403);
    expect((await b1.request('DELETE', `/api/layout-mappings/${mine.id}`)).statusCode).toBe(404);
    expect((await b1.get('/api/layout-mappings')).json().items).toEqual([]);
    const reviewer = await ctx.as('reviewerA');
    expect((await reviewer.get('/api/layout-mappings')).statusCode).toBe(403);
    // another unit cannot read this unit's upload again
    const p = (await upload(ctx, a1, '照明.txt', CUSTOM)).json() as PreviewBody;
    expect((await b1.post(`/api/imports/${p.fileId}/read`, {})).statusCode).toBe(404);

    const admin = await ctx.as('admin');
    const seen = await admin.get(`/api/layout-mappings?orgId=${ctx.orgs.unitA1}`);
    expect(seen.json().items.map((m: { label: string }) => m.label)).toContain('经办单位');
    const added = await admin.post('/api/layout-mappings', {
      orgId: ctx.orgs.unitB1,
      label: '承担项目',
      field: 'name',
    });
    expect(added.statusCode).toBe(201);
    expect((await b1.get('/api/layout-mappings')).json().items).toMatchObject([{ label: '承担项目' }]);
    expect((await admin.request('DELETE', `/api/layout-mappings/${mine.id}`)).statusCode).toBe(200);
    expect(
      (await admin.get(`/api/layout-mappings?orgId=00000000-0000-4000-8000-000000000000`)).json().code,
    ).toBe('org-not-found');
    const blank = await a1.post('/api/layout-mappings', { label: '  ', field: 'name' });
    expect(blank.statusCode).toBe(400);
    const badField = await a1.post('/api/layout-mappings', { label: '承担项目', field: 'salary' });
    expect(badField.statusCode).toBe(400);
  });

  it('shows a document without a recognisable form, says what is missing and how to point at it', async () => {
    const res = await upload(ctx, a1, '指标.txt', HEADLESS);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as PreviewBody;
    expect(p.forms).toEqual([]);
    expect(p.problem).toMatchObject({ code: 'no-form-found' });
    expect(p.problem!.message).toContain('找到了绩效指标表');
    expect(p.problem!.hint).toContain('指出位置');
    expect(p.document.items.map((r) => r.cells[2])).toEqual(['三级指标', '培训人次', '学员满意度']);
    const saved = await a1.post(`/api/imports/${p.fileId}/save`, {});
    expect(saved.statusCode).toBe(422);
    expect(saved.json().code).toBe('no-forms');
  });

  it('takes part in the reading with a label pointed at when no form was found', async () => {
    const untitled = `承担项目\t城区公共照明维护\n${HEADLESS}`;
    const p = (await upload(ctx, a1, '无表名.txt', untitled)).json() as PreviewBody;
    expect(p.problem?.code).toBe('no-form-found');
    const read = await a1.post(`/api/imports/${p.fileId}/read`, {
      picks: [{ field: 'name', row: 0, column: 1 }],
    });
    expect(read.statusCode, read.body).toBe(200);
    // the label found beside the cell is offered to be remembered, whatever the reading then finds
    expect(read.json().picks).toEqual([
      { index: 0, field: 'name', row: 0, column: 1, label: '承担项目', text: '城区公共照明维护' },
    ]);
  });
});
